// The workbook reader, behind one function: readSpreadsheet calls it only once an upload passed the
// archive's limits (lib/spreadsheets/xlsx-limits.ts).
import { readSheet } from 'read-excel-file/node';
import type { Cell } from './read';

/** The first sheet's rows, cells typed (a date a Date, a number a number). */
export async function parseXlsxRows(bytes: Uint8Array): Promise<Cell[][]> {
  return (await readSheet(Buffer.from(bytes))) as unknown as Cell[][];
}
