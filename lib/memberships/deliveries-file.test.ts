import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readSpreadsheet } from '@/lib/spreadsheets/read';
import { dateCellText, DELIVERIES_CSV_TEMPLATE, DELIVERIES_MAX_ROWS, parseDeliveriesTable } from './deliveries-file';

const TODAY = '2026-11-22';
const fixture = (name: string) => readFile(path.join(import.meta.dirname, '../../tests/fixtures/deliveries', name));
const parse = async (name: string) => parseDeliveriesTable(await readSpreadsheet(new Uint8Array(await fixture(name)), name), TODAY);
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('not refused');
};

describe('dateCellText', () => {
  it('reads real dates, Excel serial numbers and text', () => {
    expect(dateCellText(new Date('2026-03-02T00:00:00Z'))).toBe('2026-03-02');
    expect(dateCellText(46083)).toBe('2026-03-02');
    expect(dateCellText('46083')).toBe('2026-03-02');
    expect(dateCellText('2026/3/2')).toBe('2026-03-02');
    expect(dateCellText('2 March 2026')).toBe('2 March 2026');
    expect(dateCellText(12)).toBe('12');
  });
});

describe('parseDeliveriesTable with real files', () => {
  it('reads a valid XLSX with date cells', async () => {
    const parsed = await parse('deliveries-valid.xlsx');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({
      row: 2,
      courseCode: 'AZ-104T00',
      startDate: '2026-03-02',
      endDate: '2026-03-05',
      format: 'IN_PERSON',
      studentCount: 12,
      satisfactionScore: 8.4,
    });
    expect(parsed.rows[1]).toMatchObject({ format: 'VIRTUAL', studentCount: 18 });
  });

  it('reads the XLSX template members download', async () => {
    const bytes = new Uint8Array(
      await readFile(path.join(import.meta.dirname, '../../public/templates/training-deliveries-template.xlsx')),
    );
    const parsed = parseDeliveriesTable(await readSpreadsheet(bytes, 'training-deliveries-template.xlsx'), TODAY);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reads Excel serial dates and dates written as text', async () => {
    const parsed = await parse('deliveries-serial-dates.xlsx');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.startDate, r.endDate, r.format, r.satisfactionScore])).toEqual([
      ['2026-03-02', '2026-03-05', 'HYBRID', 7.5],
      ['2026-04-13', '2026-04-16', 'VIRTUAL', null],
    ]);
  });

  it('reads a valid CSV and skips its empty rows', async () => {
    const parsed = await parse('deliveries-valid.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.rowsTotal).toBe(2);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('reports each bad cell by row and column', async () => {
    const parsed = await parse('deliveries-bad-row.csv');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rowsRejected).toBe(1);
    const columns = parsed.issues.filter((i) => i.row === 3).map((i) => i.column);
    expect(columns).toEqual(expect.arrayContaining(['format', 'students', 'satisfaction']));
    expect(parsed.issues.find((i) => i.column === 'format')?.message).toMatch(/By pigeon/);
  });

  it('reports the end before the start', async () => {
    const csv = `${DELIVERIES_CSV_TEMPLATE.split('\r\n')[0]}\r\nAZ-104T00,Admin,2026-03-05,2026-03-02,Virtual,3,Contoso,\r\n`;
    const parsed = parseDeliveriesTable(await readSpreadsheet(new TextEncoder().encode(csv), 'x.csv'), TODAY);
    expect(parsed.issues).toEqual([{ row: 2, column: 'end date', message: 'The last day cannot be before the first day' }]);
  });

  it('refuses formulas in an XLSX and formula-like text in a CSV', async () => {
    const xlsx = await parse('deliveries-formula.xlsx');
    expect(xlsx.formulaCells).toBe(1);
    expect(xlsx.issues[0]).toMatchObject({ row: 2, column: 'students' });
    expect(xlsx.issues[0]?.message).toMatch(/F2 is a formula/);
    const csv = await parse('deliveries-formula.csv');
    expect(csv.formulaCells).toBe(1);
    expect(csv.rows).toHaveLength(0);
    expect(csv.issues[0]).toMatchObject({ row: 2, column: 'course title' });
  });

  it('explains cells emptied by merging', async () => {
    const parsed = await parse('deliveries-merged.xlsx');
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ row: 3, column: 'course code' });
    expect(parsed.issues[0]?.message).toMatch(/merged cells A2:A3/);
  });

  it('names the missing columns', async () => {
    expect(await refusal(parse('deliveries-missing-columns.xlsx'))).toMatch(/Missing: course title, end date, format, training partner/);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    expect(await refusal(parse('not-a-spreadsheet.xlsx'))).toMatch(/not a spreadsheet/);
  });

  it('refuses deliveries in the future or more than a year ago', async () => {
    const csv = `${DELIVERIES_CSV_TEMPLATE.split('\r\n')[0]}\r\nA,B,2026-12-01,2026-12-02,Virtual,3,C,\r\nA,B,2025-01-01,2025-01-02,Virtual,3,C,\r\n`;
    const parsed = parseDeliveriesTable(await readSpreadsheet(new TextEncoder().encode(csv), 'x.csv'), TODAY);
    expect(parsed.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/in the future/),
      expect.stringMatching(/more than a year ago/),
    ]);
  });

  it('parses 10,000 rows and refuses more', async () => {
    const header = DELIVERIES_CSV_TEMPLATE.split('\r\n')[0];
    const line = (i: number) => `C-${i},Course ${i},2026-03-02,2026-03-05,Virtual,${(i % 30) + 1},Partner,8`;
    const rows = Array.from({ length: DELIVERIES_MAX_ROWS }, (_, i) => line(i));
    const big = parseDeliveriesTable(await readSpreadsheet(new TextEncoder().encode([header, ...rows].join('\n')), 'big.csv'), TODAY);
    expect(big.rows).toHaveLength(DELIVERIES_MAX_ROWS);
    expect(big.issues).toEqual([]);
    const tooBig = readSpreadsheet(new TextEncoder().encode([header, ...rows, line(-1)].join('\n')), 'big.csv').then((t) =>
      parseDeliveriesTable(t, TODAY),
    );
    expect(await refusal(tooBig)).toMatch(/10,001 rows; the limit is 10,000/);
  });

  it('reads a 10,000-row XLSX with Excel dates', async () => {
    const header = DELIVERIES_CSV_TEMPLATE.split('\r\n')[0]!.split(',');
    const date = (key: string) => ({ value: new Date(`${key}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' });
    const rows = Array.from({ length: DELIVERIES_MAX_ROWS }, (_, i) => [
      `C-${i}`,
      `Course ${i}`,
      date('2026-03-02'),
      date('2026-03-05'),
      'Hybrid',
      (i % 30) + 1,
      'Partner',
      7.5,
    ]);
    const bytes = new Uint8Array(await writeExcelFile([header, ...rows] as never).toBuffer());
    const parsed = parseDeliveriesTable(await readSpreadsheet(bytes, 'big.xlsx'), TODAY);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toHaveLength(DELIVERIES_MAX_ROWS);
    expect(parsed.rows.at(-1)).toMatchObject({ row: DELIVERIES_MAX_ROWS + 1, startDate: '2026-03-02', format: 'HYBRID' });
  }, 60_000);
});
