// Reads an uploaded spreadsheet, CSV or XLSX, into rows of cells, refusing with a clear message what
// is not one. The cells keep their types (an XLSX date stays a Date, a number a number) so that the
// reader of each kind of file decides what a cell means.
import Papa from 'papaparse';
import { AppError } from '@/lib/errors';
import { csvDelimiterOf, decodeCsvText } from './csv-text';
import { inspectXlsx, isZip } from './xlsx-inspect';
import { checkXlsxLimits } from './xlsx-limits';
import { parseXlsxRows } from './xlsx-parser';

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
/** Rows any import takes at most (the largest, training deliveries, takes 10,000 and a header). */
export const SPREADSHEET_LIMITS = { rows: 20_000 };

const tooManyRows = () =>
  new AppError(
    'INVALID',
    `The file has more than ${SPREADSHEET_LIMITS.rows.toLocaleString('en-GB')} rows; split it into smaller files. Nothing was saved.`,
  );

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
    // Parts, unpacked size, rows and columns are checked before the reader builds anything.
    checkXlsxLimits(bytes, SPREADSHEET_LIMITS.rows);
    let rows: Cell[][];
    try {
      rows = await parseXlsxRows(bytes);
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
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: csvDelimiterOf(text),
    preview: SPREADSHEET_LIMITS.rows + 1,
  });
  if (parsed.data.length > SPREADSHEET_LIMITS.rows) throw tooManyRows();
  return { kind: 'csv', rows: parsed.data, formulaCells: [], mergedRanges: [] };
}
