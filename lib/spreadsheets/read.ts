// Reads an uploaded spreadsheet, CSV or XLSX, into rows of cells, refusing with a clear message what
// is not one. The cells keep their types (an XLSX date stays a Date, a number a number) so that the
// reader of each kind of file decides what a cell means.
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '@/lib/errors';
import { csvDelimiterOf, decodeCsvText } from './csv-text';
import { inspectXlsx, isZip } from './xlsx-inspect';

export type Cell = string | number | boolean | Date | null;

export type SheetTable = {
  kind: 'csv' | 'xlsx';
  /** Rows as in the file: index 0 is spreadsheet row 1. */
  rows: Cell[][];
  /** XLSX cells holding a formula, such as "F2". */
  formulaCells: string[];
  /** XLSX merged ranges, such as "A2:A3". */
  mergedRanges: string[];
};

/** Uploads larger than this are refused before they are read. */
export const SPREADSHEET_MAX_BYTES = 5 * 1024 * 1024;

const isOldExcel = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The rows of an uploaded CSV or XLSX file. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SheetTable> {
  const name = fileName.toLowerCase();
  if (bytes.length === 0) throw new AppError('INVALID', 'The file is empty. Download the template, fill it in and upload it.');
  if (bytes.length > SPREADSHEET_MAX_BYTES) {
    throw new AppError(
      'INVALID',
      `The file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 5.0 MB. Split it into smaller files. Nothing was saved.`,
    );
  }
  if (isOldExcel(bytes)) {
    throw new AppError(
      'INVALID',
      'This is an old Excel 97–2003 workbook (.xls). In Excel choose File › Save As › “Excel Workbook (.xlsx)” or “CSV UTF-8”, and upload that file.',
    );
  }
  if (isZip(bytes)) {
    let rows: Cell[][];
    try {
      rows = (await readSheet(Buffer.from(bytes))) as unknown as Cell[][];
    } catch {
      throw new AppError(
        'INVALID',
        'The file could not be read as an Excel workbook (.xlsx). Open it in Excel, save it again as .xlsx or “CSV UTF-8”, and upload it. Nothing was saved.',
      );
    }
    return { kind: 'xlsx', rows, ...inspectXlsx(bytes) };
  }
  if (name.endsWith('.xlsx') || name.endsWith('.xls') || name.endsWith('.xlsm')) {
    throw new AppError(
      'INVALID',
      `“${fileName}” is not a spreadsheet: its contents are not an Excel workbook. Upload the .xlsx or .csv file you filled in from the template. Nothing was saved.`,
    );
  }
  const text = decodeCsvText(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: csvDelimiterOf(text) });
  return { kind: 'csv', rows: parsed.data, formulaCells: [], mergedRanges: [] };
}
