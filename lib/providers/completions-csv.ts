// Reading a provider's CSV of confirmed ISC completions: the file's limits and encoding, its
// columns, and every row validated with the same rules as the single-completion form. Pure: the
// service adds the completions already confirmed in earlier uploads and saves.
import Papa from 'papaparse';
import { isWithin, type DateKey } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { formatDayKey } from '@/lib/format';
import { csvDelimiterOf, decodeCsvText } from '@/lib/spreadsheets/csv-text';
import { completionRowSchema, COMPLETIONS_CSV_MAX_BYTES, COMPLETIONS_CSV_MAX_ROWS, describeFormulaPrefix, formulaPrefixOf } from './schema';

export { COMPLETIONS_CSV_MAX_BYTES, COMPLETIONS_CSV_MAX_ROWS };

/** The fields of a completion (the single form's, the CSV's columns, the API's properties). */
export type ColumnKey = 'candidateName' | 'candidateEmail' | 'completedOn' | 'certificateId';

/** The columns, as the template names them, and the other headings accepted for each. */
export const COMPLETIONS_CSV_COLUMNS: readonly { key: ColumnKey; label: string; aliases: readonly string[] }[] = [
  { key: 'candidateName', label: 'name', aliases: ['name', 'fullname', 'candidatename'] },
  { key: 'candidateEmail', label: 'email', aliases: ['email', 'emailaddress', 'candidateemail'] },
  { key: 'completedOn', label: 'completion date', aliases: ['completiondate', 'completedon', 'datecompleted'] },
  { key: 'certificateId', label: 'certificate ID', aliases: ['certificateid', 'certificate', 'certificatenumber', 'certificateno'] },
];

const LABEL: Record<ColumnKey, string> = Object.fromEntries(COMPLETIONS_CSV_COLUMNS.map((c) => [c.key, c.label])) as Record<
  ColumnKey,
  string
>;

/** The downloadable template: the header row and one example. */
export const COMPLETIONS_CSV_TEMPLATE = `${COMPLETIONS_CSV_COLUMNS.map((c) => c.label).join(',')}\r\nAda Lovelace,ada.lovelace@example.com,2026-03-14,NW-ISC-000123\r\n`;

export type CompletionRow = { row: number; candidateName: string; candidateEmail: string; completedOn: DateKey; certificateId: string };
/** A problem of one row: its number (the CSV's spreadsheet row; the API's position from 1), the
 * column as the template names it and the field it is about (null: the whole row). */
export type RowIssue = { row: number; column: string | null; field: ColumnKey | null; message: string };

export type ParsedCompletions = {
  /** Data rows in the file (blank lines not counted). */
  rowsTotal: number;
  /** Rows that can be saved. */
  rows: CompletionRow[];
  /** Problems by row (spreadsheet numbering: the header is row 1) and column. */
  issues: RowIssue[];
  /** Rows with at least one problem; they are not saved. */
  rowsRejected: number;
  /** Cells that would run as formulas: a file with any of them is refused as a whole. */
  formulaCells: number;
  /** Columns present in the file that are not read. */
  ignoredColumns: string[];
};

export type CompletionDateContext = {
  /** The latest date that is not in the future (today somewhere on Earth). */
  latestDay: DateKey;
  providerName: string;
  approvedFrom: DateKey;
  approvedUntil: DateKey;
};

/** Why a completion date cannot be confirmed by this provider, or null: not in the future, and on a
 * day the provider was approved. */
export function completionDateProblem(completedOn: DateKey, ctx: CompletionDateContext): string | null {
  if (completedOn > ctx.latestDay) return `${formatDayKey(completedOn)} is in the future`;
  if (!isWithin(completedOn, ctx.approvedFrom, ctx.approvedUntil)) {
    return `${ctx.providerName} was not approved on ${formatDayKey(completedOn)} (approved ${formatDayKey(ctx.approvedFrom)} to ${formatDayKey(ctx.approvedUntil)})`;
  }
  return null;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** The file's text: refuses empty, oversized, binary, UTF-16 and other non-UTF-8 files with a message
 * that says what to do (lib/spreadsheets/csv-text.ts). A UTF-8 byte-order mark is dropped. */
export function decodeCsvFile(bytes: Uint8Array): string {
  if (bytes.length > COMPLETIONS_CSV_MAX_BYTES) {
    throw new AppError(
      'INVALID',
      `The file is ${megabytes(bytes.length)} MB; the limit is ${megabytes(COMPLETIONS_CSV_MAX_BYTES)} MB and ${COMPLETIONS_CSV_MAX_ROWS.toLocaleString('en-GB')} rows. Split it into smaller files. Nothing was saved.`,
    );
  }
  return decodeCsvText(bytes);
}

const normaliseHeading = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

function mapHeader(header: string[]): { columns: Map<ColumnKey, number>; ignored: string[] } {
  const columns = new Map<ColumnKey, number>();
  const ignored: string[] = [];
  header.forEach((heading, index) => {
    const column = COMPLETIONS_CSV_COLUMNS.find((c) => c.aliases.includes(normaliseHeading(heading)));
    if (!column) {
      if (heading.trim()) ignored.push(heading.trim());
      return;
    }
    if (columns.has(column.key)) {
      throw new AppError('INVALID', `The column “${column.label}” appears twice in the first row. Keep one and upload again.`);
    }
    columns.set(column.key, index);
  });
  const missing = COMPLETIONS_CSV_COLUMNS.filter((c) => !columns.has(c.key)).map((c) => c.label);
  if (missing.length > 0) {
    const looksLikeData = header.some((h) => h.includes('@'));
    throw new AppError(
      'INVALID',
      `The first row must name the columns: ${COMPLETIONS_CSV_COLUMNS.map((c) => c.label).join(', ')}. ` +
        `Missing: ${missing.join(', ')}.${looksLikeData ? ' The first row looks like data: add the row of column names above it.' : ''} ` +
        'Download the template to see the layout. Nothing was saved.',
    );
  }
  return { columns, ignored };
}

/** Checks completions one by one with the single form's rules (completionRowSchema), the provider's
 * approval on the completion date, and against the completions checked before it (a certificate ID,
 * or a person and date, twice). The one validation of the CSV upload and the API: `prior` are
 * problems the caller found in the row already (a CSV's formula cells), which keep it out too.
 * `batch` names what the rows came in, for the messages. */
export function completionChecker(ctx: CompletionDateContext, batch: 'file' | 'request' = 'file') {
  const seenCertificate = new Map<string, number>();
  const seenPersonDay = new Map<string, number>();
  return (
    row: number,
    values: Record<ColumnKey, unknown>,
    prior: readonly RowIssue[] = [],
  ): { row: CompletionRow | null; issues: RowIssue[] } => {
    const rowIssues: RowIssue[] = [...prior];
    const issue = (field: ColumnKey, message: string) => rowIssues.push({ row, column: LABEL[field], field, message });
    const result = completionRowSchema.safeParse(values);
    if (!result.success) {
      for (const problem of result.error.issues) {
        const key = problem.path[0] as ColumnKey;
        // The caller already reported this cell (a formula).
        if (rowIssues.some((r) => r.field === key && r.message.startsWith('Starts with'))) continue;
        if (key in LABEL) issue(key, problem.message);
        else rowIssues.push({ row, column: null, field: null, message: problem.message });
      }
      return { row: null, issues: rowIssues };
    }
    const value = result.data;
    const dateProblem = completionDateProblem(value.completedOn, ctx);
    if (dateProblem) issue('completedOn', dateProblem);
    const firstCertificate = seenCertificate.get(value.certificateId);
    if (firstCertificate !== undefined) {
      issue('certificateId', `Certificate ID ${value.certificateId} appears twice in this ${batch} (first in row ${firstCertificate})`);
    }
    const personDay = `${value.candidateEmail}|${value.completedOn}`;
    const firstPersonDay = seenPersonDay.get(personDay);
    if (firstPersonDay !== undefined && firstCertificate === undefined) {
      issue('candidateEmail', `The same person and completion date appear twice in this ${batch} (first in row ${firstPersonDay})`);
    }
    if (rowIssues.length > 0) return { row: null, issues: rowIssues };
    seenCertificate.set(value.certificateId, row);
    seenPersonDay.set(personDay, row);
    return { row: { row, ...value }, issues: [] };
  };
}

/** Reads and validates a CSV of completions. File-level problems (encoding, size, columns, too many
 * rows) throw an AppError; row-level problems are returned by row and column. */
export function parseCompletionsCsv(bytes: Uint8Array, ctx: CompletionDateContext): ParsedCompletions {
  const text = decodeCsvFile(bytes);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: csvDelimiterOf(text) });
  const records = parsed.data;
  const isBlank = (r: string[] | undefined) => !r || r.every((cell) => cell.trim() === '');
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) throw new AppError('INVALID', 'The file has no rows. Download the template, fill it in and upload it.');
  const { columns, ignored } = mapHeader(records[headerIndex]!);

  const dataIndexes: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) if (!isBlank(records[i])) dataIndexes.push(i);
  if (dataIndexes.length === 0) throw new AppError('INVALID', 'The file has column names but no rows of completions.');
  if (dataIndexes.length > COMPLETIONS_CSV_MAX_ROWS) {
    throw new AppError(
      'INVALID',
      `The file has ${dataIndexes.length.toLocaleString('en-GB')} rows; the limit is ${COMPLETIONS_CSV_MAX_ROWS.toLocaleString('en-GB')} per file. Split it into smaller files. Nothing was saved.`,
    );
  }

  const quoteErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row !== undefined && (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes')) {
      quoteErrors.set(e.row, 'A quoted cell is not closed: check the quotation marks in this row');
    }
  }

  const issues: RowIssue[] = [];
  const rows: CompletionRow[] = [];
  const check = completionChecker(ctx);
  let formulaCells = 0;
  let rowsRejected = 0;
  const header = records[headerIndex]!;
  const headingAt = (i: number): { column: string; field: ColumnKey | null } => {
    for (const [key, index] of columns) if (index === i) return { column: LABEL[key], field: key };
    return { column: header[i]?.trim() || `column ${i + 1}`, field: null };
  };

  for (const index of dataIndexes) {
    const record = records[index]!;
    const rowNumber = index + 1;
    const rowIssues: RowIssue[] = [];
    const quoteError = quoteErrors.get(index);
    if (quoteError) rowIssues.push({ row: rowNumber, column: null, field: null, message: quoteError });

    record.forEach((cell, i) => {
      const prefix = formulaPrefixOf(cell);
      if (prefix !== null && cell.trim() !== '') {
        formulaCells++;
        rowIssues.push({
          row: rowNumber,
          ...headingAt(i),
          message: `Starts with ${describeFormulaPrefix(prefix)}, which spreadsheet programs run as a formula. Remove it; files with such cells are refused`,
        });
      }
    });

    const cell = (key: ColumnKey) => record[columns.get(key)!] ?? '';
    const checked = check(
      rowNumber,
      {
        candidateName: cell('candidateName'),
        candidateEmail: cell('candidateEmail'),
        completedOn: cell('completedOn'),
        certificateId: cell('certificateId'),
      },
      rowIssues,
    );
    if (checked.row) rows.push(checked.row);
    else {
      rowsRejected++;
      issues.push(...checked.issues);
    }
  }

  return { rowsTotal: dataIndexes.length, rows, issues, rowsRejected, formulaCells, ignoredColumns: ignored };
}

/** Completions a provider confirmed before, to keep out of a new upload. */
export type EarlierCompletions = {
  certificateIds: ReadonlySet<string>;
  /** `${email}|${completedOn}` of earlier completions. */
  personDays: ReadonlySet<string>;
};

/** Moves rows already confirmed in earlier uploads (same certificate ID, or same person and date)
 * from the rows to save to the issues. */
export function excludeEarlierCompletions(parsed: ParsedCompletions, earlier: EarlierCompletions): ParsedCompletions {
  const rows: CompletionRow[] = [];
  const issues = [...parsed.issues];
  let rejected = parsed.rowsRejected;
  for (const row of parsed.rows) {
    if (earlier.certificateIds.has(row.certificateId)) {
      issues.push({
        row: row.row,
        column: LABEL.certificateId,
        field: 'certificateId',
        message: `Certificate ID ${row.certificateId} was already confirmed in an earlier upload`,
      });
      rejected++;
    } else if (earlier.personDays.has(`${row.candidateEmail}|${row.completedOn}`)) {
      issues.push({
        row: row.row,
        column: LABEL.candidateEmail,
        field: 'candidateEmail',
        message: `A completion of ${row.candidateEmail} on ${formatDayKey(row.completedOn)} was already confirmed earlier`,
      });
      rejected++;
    } else {
      rows.push(row);
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return { ...parsed, rows, issues, rowsRejected: rejected };
}
