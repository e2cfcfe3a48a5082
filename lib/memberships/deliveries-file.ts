// Reading a spreadsheet of training deliveries (CSV or XLSX): its columns, every row validated with
// the same schema as the one-by-one form, problems reported by row and column. Pure: the service
// reads the file (lib/spreadsheets/read.ts) and saves only after the member confirms the preview.
import { addDays, addYears, type DateKey } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { formatDayKey } from '@/lib/format';
import { describeFormulaPrefix, formulaPrefixOf } from '@/lib/providers/schema';
import type { Cell, SheetTable } from '@/lib/spreadsheets/read';
import { parseCellRef } from '@/lib/spreadsheets/xlsx-inspect';
import { deliverySchema, type DeliveryValues } from './schema';

/** More rows than this in one file are refused; a year of deliveries is far fewer. */
export const DELIVERIES_MAX_ROWS = 10_000;

type ColumnKey = keyof DeliveryValues;

/** The columns, as the template names them, and the other headings accepted for each. */
export const DELIVERY_COLUMNS: readonly { key: ColumnKey; label: string; aliases: readonly string[] }[] = [
  { key: 'courseCode', label: 'course code', aliases: ['coursecode', 'code', 'course'] },
  { key: 'courseTitle', label: 'course title', aliases: ['coursetitle', 'title', 'coursename'] },
  { key: 'startDate', label: 'start date', aliases: ['startdate', 'start', 'from', 'firstday'] },
  { key: 'endDate', label: 'end date', aliases: ['enddate', 'end', 'to', 'lastday'] },
  { key: 'format', label: 'format', aliases: ['format', 'deliveryformat', 'delivery', 'modality'] },
  { key: 'studentCount', label: 'students', aliases: ['students', 'numberofstudents', 'studentcount', 'learners', 'attendees'] },
  { key: 'trainingPartner', label: 'training partner', aliases: ['trainingpartner', 'partner', 'provider', 'trainingprovider'] },
  { key: 'satisfactionScore', label: 'satisfaction', aliases: ['satisfaction', 'satisfactionscore', 'score', 'csat'] },
];
const OPTIONAL: ReadonlySet<ColumnKey> = new Set(['satisfactionScore']);
const LABEL = Object.fromEntries(DELIVERY_COLUMNS.map((c) => [c.key, c.label])) as Record<ColumnKey, string>;

/** The downloadable CSV template: the header row and one example. */
export const DELIVERIES_CSV_TEMPLATE =
  `${DELIVERY_COLUMNS.map((c) => c.label).join(',')}\r\n` +
  'AZ-104T00,Microsoft Azure Administrator,2026-03-02,2026-03-05,In person,12,Contoso Learning,8.4\r\n';

export type DeliveryRow = DeliveryValues & { row: number };
export type RowIssue = { row: number; column: string | null; message: string };

export type ParsedDeliveries = {
  rowsTotal: number;
  rows: DeliveryRow[];
  issues: RowIssue[];
  rowsRejected: number;
  /** Cells that are (or would run as) formulas: a file with any is refused as a whole. */
  formulaCells: number;
  ignoredColumns: string[];
};

const normaliseHeading = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');
const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = '1899-12-30';

/** A date cell as YYYY-MM-DD: a real date, an Excel serial number (46083 is 2 March 2026) or text. */
export function dateCellText(cell: Cell): string {
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
  if (typeof cell === 'number' || (typeof cell === 'string' && /^\d{5}(\.\d+)?$/.test(cell.trim()))) {
    const serial = Math.floor(Number(cell));
    // Serials between 1955 and 2119: anything else is not a date someone typed.
    if (serial > 20_000 && serial < 80_000) return addDays(EXCEL_EPOCH, serial);
    return String(cell);
  }
  if (typeof cell === 'string') {
    const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(cell.trim());
    if (slashed) return `${slashed[1]}-${pad(Number(slashed[2]))}-${pad(Number(slashed[3]))}`;
    return cell;
  }
  return cell === null ? '' : String(cell);
}

const cellText = (cell: Cell): string =>
  cell === null || cell === undefined ? '' : cell instanceof Date ? dateCellText(cell) : String(cell);
const isBlank = (r: Cell[] | undefined) => !r || r.every((c) => cellText(c).trim() === '');

function mapHeader(header: Cell[]) {
  const columns = new Map<ColumnKey, number>();
  const ignored: string[] = [];
  header.forEach((cell, index) => {
    const heading = cellText(cell);
    const column = DELIVERY_COLUMNS.find((c) => c.aliases.includes(normaliseHeading(heading)));
    if (!column) {
      if (heading.trim()) ignored.push(heading.trim());
      return;
    }
    if (columns.has(column.key))
      throw new AppError('INVALID', `The column “${column.label}” appears twice in the first row. Keep one and upload again.`);
    columns.set(column.key, index);
  });
  const missing = DELIVERY_COLUMNS.filter((c) => !OPTIONAL.has(c.key) && !columns.has(c.key)).map((c) => c.label);
  if (missing.length > 0) {
    throw new AppError(
      'INVALID',
      `The first row must name the columns: ${DELIVERY_COLUMNS.map((c) => c.label).join(', ')}. Missing: ${missing.join(', ')}. ` +
        'Download the template to see the layout. Nothing was saved.',
    );
  }
  return { columns, ignored };
}

/** Cells covered by a merged range other than its top-left cell, as "row:column" (1-based). */
function mergedCovered(ranges: readonly string[]): Map<string, string> {
  const covered = new Map<string, string>();
  for (const range of ranges) {
    const [from, to] = range.split(':').map(parseCellRef);
    if (!from || !to) continue;
    for (let r = from.row; r <= Math.min(to.row, from.row + DELIVERIES_MAX_ROWS); r++) {
      for (let c = from.column; c <= to.column; c++) if (r !== from.row || c !== from.column) covered.set(`${r}:${c}`, range);
    }
  }
  return covered;
}

/** Why a delivery ending on a day cannot be logged on `today`, or null: it has ended (a day's grace
 * for time zones) and within the past year, the period a renewal shows. */
export function deliveryDateProblem(endDate: DateKey, today: DateKey): string | null {
  if (endDate > addDays(today, 1)) return `${formatDayKey(endDate)} is in the future: log a training once it has ended`;
  if (endDate < addYears(today, -1)) return `${formatDayKey(endDate)} is more than a year ago; only the past year’s deliveries count`;
  return null;
}

/** Validates the rows of a deliveries spreadsheet on `today` (the member's program day). File-level
 * problems throw an AppError; row-level problems are returned by row and column. */
export function parseDeliveriesTable(table: SheetTable, today: DateKey): ParsedDeliveries {
  const records = table.rows;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) throw new AppError('INVALID', 'The file has no rows. Download the template, fill it in and upload it.');
  const header = records[headerIndex]!;
  const { columns, ignored } = mapHeader(header);
  const dataIndexes = findDataRows(records, headerIndex);
  const sheet: SheetContext = {
    columns,
    header,
    formulaRefs: new Set(table.formulaCells),
    merged: mergedCovered(table.mergedRanges),
    seen: new Map<string, number>(),
    today,
  };

  const issues: RowIssue[] = [];
  const rows: DeliveryRow[] = [];
  let formulaCells = 0;
  let rowsRejected = 0;

  for (const index of dataIndexes) {
    const { row, rowIssues, formulas } = checkRow(records[index]!, index + 1, sheet);
    formulaCells += formulas;
    if (row) rows.push(row);
    if (rowIssues.length > 0) {
      rowsRejected++;
      issues.push(...rowIssues);
    }
  }
  return { rowsTotal: dataIndexes.length, rows, issues, rowsRejected, formulaCells, ignoredColumns: ignored };
}

/** What every row is checked against: the header, the cells that are formulas or merged, and the rows seen so far. */
type SheetContext = {
  columns: Map<ColumnKey, number>;
  header: Cell[];
  formulaRefs: Set<string>;
  merged: Map<string, string>;
  seen: Map<string, number>;
  today: DateKey;
};

/** The indexes of the rows after the header that are not blank: at least one, at most the limit. */
function findDataRows(records: Cell[][], headerIndex: number): number[] {
  const dataIndexes: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) if (!isBlank(records[i])) dataIndexes.push(i);
  if (dataIndexes.length === 0) throw new AppError('INVALID', 'The file has column names but no rows of deliveries.');
  if (dataIndexes.length > DELIVERIES_MAX_ROWS) {
    throw new AppError(
      'INVALID',
      `The file has ${dataIndexes.length.toLocaleString('en-GB')} rows; the limit is ${DELIVERIES_MAX_ROWS.toLocaleString('en-GB')} per file. Split it into smaller files. Nothing was saved.`,
    );
  }
  return dataIndexes;
}

function headingAt(sheet: SheetContext, i: number): string {
  for (const [key, index] of sheet.columns) if (index === i) return LABEL[key];
  return cellText(sheet.header[i] ?? null).trim() || `column ${i + 1}`;
}

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One row: its problems, or the delivery it makes (a duplicate of an earlier row is a problem). */
function checkRow(
  record: Cell[],
  rowNumber: number,
  sheet: SheetContext,
): { row: DeliveryRow | null; rowIssues: RowIssue[]; formulas: number } {
  const { columns, seen, today } = sheet;
  const rowIssues = formulaIssues(record, rowNumber, sheet);
  const formulas = rowIssues.length;
  const flagged = new Set(rowIssues.map((r) => r.column));
  let row: DeliveryRow | null = null;

  const result = deliverySchema.safeParse(rowInput(record, columns));
  if (!result.success) {
    rowIssues.push(...schemaIssues(result.error.issues, rowNumber, flagged, sheet));
  } else if (rowIssues.length === 0) {
    const value = result.data;
    const dateProblem = deliveryDateProblem(value.endDate, today);
    if (dateProblem) rowIssues.push({ row: rowNumber, column: LABEL.endDate, message: dateProblem });
    const key = `${value.courseCode.toLowerCase()}|${value.startDate}|${value.trainingPartner.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rowIssues.push({
        row: rowNumber,
        column: LABEL.courseCode,
        message: `The same course, start date and partner appear twice in this file (first in row ${first})`,
      });
    }
    if (rowIssues.length === 0) {
      seen.set(key, rowNumber);
      row = { row: rowNumber, ...value };
    }
  }
  return { row, rowIssues, formulas };
}

/** Cells that are formulas, or text a spreadsheet program would run as one. */
function formulaIssues(record: Cell[], rowNumber: number, sheet: SheetContext): RowIssue[] {
  const rowIssues: RowIssue[] = [];
  const width = Math.max(record.length, sheet.header.length);
  for (let i = 0; i < width; i++) {
    const ref = `${columnLetter(i)}${rowNumber}`;
    if (sheet.formulaRefs.has(ref)) {
      rowIssues.push({
        row: rowNumber,
        column: headingAt(sheet, i),
        message: `Cell ${ref} is a formula. Replace it with its value (Paste Special › Values); files with formulas are refused`,
      });
      continue;
    }
    const value = record[i] ?? null;
    // A plain signed number ("-3") is a number to a spreadsheet, not a formula; its column says what is wrong with it.
    const prefix = typeof value === 'string' && !/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value) ? formulaPrefixOf(value) : null;
    if (prefix !== null && typeof value === 'string' && value.trim() !== '') {
      rowIssues.push({
        row: rowNumber,
        column: headingAt(sheet, i),
        message: `Starts with ${describeFormulaPrefix(prefix)}, which spreadsheet programs run as a formula. Remove it; files with such cells are refused`,
      });
    }
  }
  return rowIssues;
}

/** The row's cells as the form's text values, by column. */
function rowInput(record: Cell[], columns: Map<ColumnKey, number>) {
  const raw = (key: ColumnKey) => {
    const at = columns.get(key);
    return at === undefined ? null : (record[at] ?? null);
  };
  return {
    courseCode: cellText(raw('courseCode')),
    courseTitle: cellText(raw('courseTitle')),
    startDate: dateCellText(raw('startDate')),
    endDate: dateCellText(raw('endDate')),
    format: cellText(raw('format')),
    studentCount: cellText(raw('studentCount')),
    trainingPartner: cellText(raw('trainingPartner')),
    satisfactionScore: cellText(raw('satisfactionScore')),
  };
}

/** The schema's problems with a row, by column (a merged cell says so); not for columns already flagged as formulas. */
function schemaIssues(
  zodIssues: readonly { path: readonly PropertyKey[]; message: string }[],
  rowNumber: number,
  flagged: Set<string | null>,
  sheet: SheetContext,
): RowIssue[] {
  const rowIssues: RowIssue[] = [];
  for (const issue of zodIssues) {
    const key = issue.path[0] as ColumnKey;
    if (flagged.has(LABEL[key])) continue;
    const at = sheet.columns.get(key);
    const mergedWith = at === undefined ? undefined : sheet.merged.get(`${rowNumber}:${at + 1}`);
    rowIssues.push({
      row: rowNumber,
      column: LABEL[key] ?? null,
      message: mergedWith
        ? `This cell is part of the merged cells ${mergedWith}, so it reads as empty. Unmerge the cells and fill in every row`
        : issue.message,
    });
  }
  return rowIssues;
}
