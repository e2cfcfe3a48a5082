// CSV for exports that people open in a spreadsheet (every export of lib/exports, and the decisions
// table). Text a spreadsheet would run as a formula is neutralised with an apostrophe: at the start
// of a cell (= + - @, a tab or a carriage return), and after anything a spreadsheet program may split
// a cell at (a comma, semicolon, tab or pipe when its list separator differs from ours, a line break
// when it misreads the quotes), with spaces or quotes between. Numbers the portal computed are
// written as numbers.

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_SEPARATOR = /([,;\t|\r\n][\s"]*)(?=[=+\-@])/g;

/** The text with every place a formula could start neutralised. */
function neutralise(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** One cell, quoted when it needs to be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = neutralise(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (RFC 4180) with its CRLF line end. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The byte-order mark that makes Excel read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A whole CSV document with CRLF line ends and a byte-order mark, so spreadsheets read UTF-8. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
