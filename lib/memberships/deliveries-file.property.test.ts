// Property tests of the training deliveries spreadsheet reader: any CSV text or table of cells gives
// rows and row problems or a clear file-level AppError, never another exception; every row it keeps
// is a valid delivery of the past year; rows written as CSV (Papa.unparse) or XLSX (write-excel-file)
// come back unchanged; a cell that would run as a formula is counted and its row never kept.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { addDays, addYears } from '@/lib/dates';
import { isAppError } from '@/lib/errors';
import { readSpreadsheet, type Cell, type SheetTable } from '@/lib/spreadsheets/read';
import { trickyString } from '@/tests/support/arbitraries';
import { checkDelivery, type Out } from '@/tests/support/invariants';
import { DELIVERY_COLUMNS, deliveryDateProblem, parseDeliveriesTable, type ParsedDeliveries } from './deliveries-file';

const TODAY = '2026-11-22';
const HEADER = DELIVERY_COLUMNS.map((c) => c.label);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function expectAppErrorOr<T>(run: () => Promise<T> | T): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return null;
  }
}

function checkParsed(parsed: ParsedDeliveries | null) {
  if (!parsed) return;
  expect(parsed.rows.length + parsed.rowsRejected).toBe(parsed.rowsTotal);
  const seen = new Set<string>();
  for (const row of parsed.rows) {
    checkDelivery(row as unknown as Out);
    expect(deliveryDateProblem(row.endDate, TODAY)).toBeNull();
    const key = `${row.courseCode.toLowerCase()}|${row.startDate}|${row.trainingPartner.toLowerCase()}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    expect(parsed.issues.some((i) => i.row === row.row)).toBe(false);
  }
}

const cell = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcxyz ABC019,"\n;é’.'.split('')) })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max);

const dayInPastYear = fc
  .integer({ min: 0, max: 364 })
  .map((back) => addDays(TODAY, -back))
  .filter((d) => d >= addYears(TODAY, -1));

/** Any cell a spreadsheet reader can return. */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  trickyString,
  fc.double(),
  fc.integer({ min: 20_000, max: 80_000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constantFrom('AZ-104T00', '2026-06-01', '2026/6/2', '46083', 'In person', '12', 'Contoso', '8.4'),
);

/** Deliveries of the past year, distinct by course, start date and partner. */
const validRows = fc.uniqueArray(
  fc
    .record({
      courseCode: fc.stringMatching(/^[A-Z]{2}-[0-9]{3}T0[0-9]$/),
      courseTitle: cell(1, 80),
      end: dayInPastYear,
      length: fc.integer({ min: 0, max: 10 }),
      format: fc.constantFrom('In person', 'Virtual', 'Hybrid', 'online', 'Classroom'),
      studentCount: fc.integer({ min: 1, max: 1000 }),
      trainingPartner: cell(1, 60),
      satisfaction: fc.option(fc.integer({ min: 100, max: 900 }).map((n) => n / 100)),
    })
    .map(({ end, length, ...r }) => ({ ...r, startDate: addDays(end, -length), endDate: end })),
  { minLength: 1, maxLength: 6, selector: (r) => `${r.courseCode.toLowerCase()}|${r.startDate}|${r.trainingPartner.toLowerCase()}` },
);

const FORMAT: Record<string, string> = {
  'In person': 'IN_PERSON',
  Classroom: 'IN_PERSON',
  Virtual: 'VIRTUAL',
  online: 'VIRTUAL',
  Hybrid: 'HYBRID',
};
const expected = (rows: Parameters<typeof toCells>[0]) =>
  rows.map((r, i) => ({
    row: i + 2,
    courseCode: r.courseCode,
    courseTitle: r.courseTitle,
    startDate: r.startDate,
    endDate: r.endDate,
    format: FORMAT[r.format],
    studentCount: r.studentCount,
    trainingPartner: r.trainingPartner,
    satisfactionScore: r.satisfaction,
  }));

function toCells(
  rows: {
    courseCode: string;
    courseTitle: string;
    startDate: string;
    endDate: string;
    format: string;
    studentCount: number;
    trainingPartner: string;
    satisfaction: number | null;
  }[],
): string[][] {
  return rows.map((r) => [
    r.courseCode,
    r.courseTitle,
    r.startDate,
    r.endDate,
    r.format,
    String(r.studentCount),
    r.trainingPartner,
    r.satisfaction === null ? '' : String(r.satisfaction),
  ]);
}

describe('parseDeliveriesTable (properties)', () => {
  it('never throws anything but an AppError on arbitrary bytes read as a spreadsheet', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('d.csv', 'd.xlsx', 'd'), async (bytes, name) => {
        const table = await expectAppErrorOr(() => readSpreadsheet(bytes, name));
        if (table) checkParsed(await expectAppErrorOr(() => parseDeliveriesTable(table, TODAY)));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws anything but an AppError on the header and rows of arbitrary cells of any type; what it keeps is valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(anyCell, { maxLength: 10 }), { maxLength: 6 }),
        fc.array(fc.stringMatching(/^[A-H][1-7]$/), { maxLength: 3 }),
        fc.array(fc.constantFrom('A2:A3', 'B2:C2', 'A1:H1', 'Z9:A1', 'A2:A99999'), { maxLength: 2 }),
        fc.boolean(),
        async (rows, formulaCells, mergedRanges, shuffledHeader) => {
          const header = shuffledHeader ? [...HEADER].reverse() : HEADER;
          const table: SheetTable = { kind: 'xlsx', rows: [header, ...rows], formulaCells, mergedRanges };
          checkParsed(await expectAppErrorOr(() => parseDeliveriesTable(table, TODAY)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on a header row of arbitrary values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyCell, { maxLength: 10 }), async (header) => {
        const table: SheetTable = { kind: 'csv', rows: [header, ['AZ-104T00']], formulaCells: [], mergedRanges: [] };
        checkParsed(await expectAppErrorOr(() => parseDeliveriesTable(table, TODAY)));
      }),
      { numRuns: 100 },
    );
  });

  it('reads back every valid row written as CSV with Papa.unparse (quotes, line breaks, BOM, CRLF, semicolons)', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRows,
        fc.boolean(),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.constantFrom(',' as const, ';' as const),
        async (rows, bom, newline, delimiter) => {
          const text = (bom ? '\uFEFF' : '') + Papa.unparse([HEADER, ...toCells(rows)], { newline, delimiter }) + newline;
          const parsed = parseDeliveriesTable(await readSpreadsheet(utf8(text), 'deliveries.csv'), TODAY);
          expect(parsed.issues).toEqual([]);
          expect(parsed.rows).toEqual(expected(rows));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads back every valid row written as XLSX, with real date and number cells', async () => {
    await fc.assert(
      fc.asyncProperty(validRows, async (rows) => {
        const date = (key: string) => new Date(`${key}T00:00:00Z`);
        const data = [
          HEADER.map((value) => ({ value })),
          ...rows.map((r) => [
            { value: r.courseCode },
            { value: r.courseTitle },
            { value: date(r.startDate), format: 'yyyy-mm-dd' },
            { value: date(r.endDate), format: 'yyyy-mm-dd' },
            { value: r.format },
            { value: r.studentCount },
            { value: r.trainingPartner },
            r.satisfaction === null ? null : { value: r.satisfaction },
          ]),
        ];
        const buffer = await writeExcelFile(data as unknown as Parameters<typeof writeExcelFile>[0]).toBuffer();
        const parsed = parseDeliveriesTable(await readSpreadsheet(new Uint8Array(buffer), 'deliveries.xlsx'), TODAY);
        expect(parsed.issues).toEqual([]);
        expect(parsed.rows).toEqual(expected(rows));
      }),
      { numRuns: 15 },
    );
  });

  it('counts a text cell that would run as a formula and never keeps its row; a plain signed number is not a formula', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRows.chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            fc.nat({ max: rows.length - 1 }),
            fc.constantFrom(0, 1, 6),
            fc.constantFrom('=', '+', '-', '@', '\t'),
          ),
        ),
        async ([rows, at, column, prefix]) => {
          const cells = toCells(rows);
          const value = `${prefix}${cells[at]![column]}`;
          cells[at]![column] = value;
          const parsed = parseDeliveriesTable(await readSpreadsheet(utf8(Papa.unparse([HEADER, ...cells])), 'd.csv'), TODAY);
          // "+0" or "\t9" is a number to a spreadsheet, not a formula: the column's own rule decides
          // (a text column such as the training partner may keep "9").
          if (/^\s*[-+]?\d+(\.\d+)?\s*$/.test(value)) return;
          expect(parsed.formulaCells).toBeGreaterThanOrEqual(1);
          expect(parsed.rows.map((r) => r.row)).not.toContain(at + 2);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses every row of a formula cell the XLSX reader reports', async () => {
    await fc.assert(
      fc.asyncProperty(
        validRows.chain((rows) => fc.tuple(fc.constant(rows), fc.nat({ max: rows.length - 1 }), fc.nat({ max: 7 }))),
        async ([rows, at, column]) => {
          const ref = `${String.fromCharCode(65 + column)}${at + 2}`;
          const table: SheetTable = { kind: 'xlsx', rows: [HEADER, ...toCells(rows)], formulaCells: [ref], mergedRanges: [] };
          const parsed = parseDeliveriesTable(table, TODAY);
          expect(parsed.formulaCells).toBe(1);
          expect(parsed.rows.map((r) => r.row)).not.toContain(at + 2);
          expect(parsed.rows).toHaveLength(rows.length - 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counterexample: a semicolon file whose values hold commas is read with semicolons (Papa guessed commas)', async () => {
    const text =
      'course code;course title;start date;end date;format;students;training partner;satisfaction\r\n' +
      'AA-000T00;Azure, advanced;2026-11-20;2026-11-22;In person;1;Contoso, Ltd;\r\n' +
      'AA-000T01;a;2026-11-20;2026-11-22;In person;1;";,";\r\n';
    const parsed = parseDeliveriesTable(await readSpreadsheet(utf8(text), 'deliveries.csv'), TODAY);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.courseTitle, r.trainingPartner])).toEqual([
      ['Azure, advanced', 'Contoso, Ltd'],
      ['a', ';,'],
    ]);
  });
});
