// Spreadsheet bombs (issue 15): a small upload that unpacks to far more than it weighs, or names a
// cell far away (the reader would build every row and column up to it), is refused with a clear
// message before the workbook reader runs. The archives are built here, not committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sheetXml, workbookEntries, zip } from '@/tests/support/zip';
import { readSpreadsheet, SPREADSHEET_LIMITS } from './read';
import { checkSheetXml } from './xlsx-limits';
import { parseXlsxRows } from './xlsx-parser';

vi.mock('./xlsx-parser', async (importOriginal) => {
  const real = await importOriginal<typeof import('./xlsx-parser')>();
  return { parseXlsxRows: vi.fn(real.parseXlsxRows) };
});
const readSheet = parseXlsxRows;

const workbook = (xml: string) => zip(workbookEntries(xml));
const refusal = async (bytes: Uint8Array, fileName = 'deliveries.xlsx') => {
  try {
    await readSpreadsheet(bytes, fileName);
    return 'read';
  } catch (error) {
    return (error as Error).message;
  }
};

beforeEach(() => {
  vi.mocked(readSheet).mockClear();
});

describe('readSpreadsheet against bombs', () => {
  it('refuses a workbook that unpacks to more than the limit, without parsing it', async () => {
    const bytes = workbook(sheetXml([['course']], { padding: ' '.repeat(60 * 1024 * 1024) }));
    expect(bytes.length).toBeLessThan(200_000);
    expect(await refusal(bytes)).toMatch(/unpacks to more than \d+ MB.*Nothing was saved/);
    expect(readSheet).not.toHaveBeenCalled();
  });

  it('refuses a workbook whose headers understate what an entry unpacks to', async () => {
    const entries = workbookEntries(sheetXml([['course']], { padding: ' '.repeat(60 * 1024 * 1024) }));
    entries[entries.length - 1]!.declaredSize = 1000;
    expect(await refusal(zip(entries))).toMatch(/unpacks to more than/);
    expect(readSheet).not.toHaveBeenCalled();
  });

  it('refuses a cell far beyond the limits of rows and columns (the reader would fill the whole grid)', async () => {
    const far = sheetXml([['course']]).replace(
      '</sheetData>',
      '<row r="50000"><c r="CV50000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
    expect(await refusal(workbook(far))).toMatch(/rows|columns/);
    const wide = sheetXml([['course']]).replace(
      '</sheetData>',
      '<row r="2"><c r="ZZ2" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    );
    expect(await refusal(workbook(wide))).toMatch(/columns/);
    expect(readSheet).not.toHaveBeenCalled();
  });

  it('refuses more rows than any import takes', async () => {
    const rows = Array.from({ length: SPREADSHEET_LIMITS.rows + 5 }, () => ['x']);
    expect(await refusal(workbook(sheetXml(rows)))).toMatch(new RegExp(`${SPREADSHEET_LIMITS.rows.toLocaleString('en-GB')} rows`));
    expect(readSheet).not.toHaveBeenCalled();
  });

  it('refuses an archive of thousands of entries', async () => {
    const many = [
      ...workbookEntries(sheetXml([['course']])),
      ...Array.from({ length: 2000 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: 'x' })),
    ];
    expect(await refusal(zip(many))).toMatch(/parts/);
    expect(readSheet).not.toHaveBeenCalled();
  });

  it('still reads an ordinary workbook and CSV', async () => {
    const fixture = readFileSync(path.resolve('tests/fixtures/deliveries/deliveries-valid.xlsx'));
    const table = await readSpreadsheet(fixture, 'deliveries-valid.xlsx');
    expect(table.kind).toBe('xlsx');
    expect(table.rows.length).toBeGreaterThan(1);
    expect(readSheet).toHaveBeenCalledTimes(1);
    const crafted = await readSpreadsheet(
      workbook(
        sheetXml([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ),
      'x.xlsx',
    );
    expect(crafted.rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('refuses a CSV of more rows than any import takes', async () => {
    const csv = new TextEncoder().encode('a\n'.repeat(SPREADSHEET_LIMITS.rows + 5));
    expect(await refusal(csv, 'deliveries.csv')).toMatch(/rows/);
  });
});

describe('checkSheetXml', () => {
  it('reads the row numbers of rows without cells', () => {
    expect(() => checkSheetXml('<sheetData><row r="1"/><row spans="1:1" r="25000"/></sheetData>', 20_000)).toThrow(/row 20,000/);
    expect(() => checkSheetXml('<sheetData><row r="1"><c r="A1"/></row><row r="2"/></sheetData>', 20_000)).not.toThrow();
  });
});
