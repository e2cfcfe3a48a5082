// Property tests of reading uploaded workbooks: random bytes, zip-looking bytes, and truncated or
// corrupted copies of the real fixtures never throw anything but the clean "cannot be read" AppError;
// the look inside the zip (formula cells, merged ranges) never throws at all.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { readSpreadsheet } from './read';
import { inspectXlsx } from './xlsx-inspect';

const FIXTURES = path.join(import.meta.dirname, '../../tests/fixtures/deliveries');
const workbooks = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx') && f !== 'not-a-spreadsheet.xlsx')
  .map((f) => new Uint8Array(readFileSync(path.join(FIXTURES, f))));

/** A read that either gives a table or refuses with an AppError that says what to do. */
async function readCleanly(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const table = await readSpreadsheet(bytes, name);
    expect(['csv', 'xlsx']).toContain(table.kind);
    expect(Array.isArray(table.rows)).toBe(true);
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.code).toBe('INVALID');
    expect(error.message).toMatch(/\w/);
  }
}

function inspectCleanly(bytes: Uint8Array): void {
  const found = inspectXlsx(bytes);
  for (const ref of found.formulaCells) expect(ref).toMatch(/^[A-Z]+\d+$/);
  for (const range of found.mergedRanges) expect(range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
}

/** A fixture with a few bytes overwritten, cut short, or both. */
const corrupted = fc
  .tuple(
    fc.constantFrom(...workbooks),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 0, maxLength: 8 }),
    fc.option(fc.nat()),
  )
  .map(([original, flips, cut]) => {
    const bytes = original.slice();
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    return cut === null ? bytes : bytes.subarray(0, 4 + (cut % bytes.length));
  });

/** A fixture whose zip directory (the last few hundred bytes) has 32-bit words overwritten: offsets and
 * sizes that point anywhere, including past the end of the file. */
const badDirectory = fc
  .tuple(
    fc.constantFrom(...workbooks),
    fc.array(fc.tuple(fc.integer({ min: 4, max: 700 }), fc.oneof(fc.nat(), fc.constant(0xfffffff0), fc.integer({ min: 0, max: 4000 }))), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([original, words]) => {
    const bytes = original.slice();
    const view = new DataView(bytes.buffer);
    for (const [back, value] of words) view.setUint32(Math.max(0, bytes.length - back), value >>> 0, true);
    return bytes;
  });

describe('reading workbooks (properties)', () => {
  it('has real workbooks to corrupt', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses random bytes, zip-looking or not, with a clean message', async () => {
    const zipLike = fc.uint8Array({ maxLength: 400 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), zipLike), fc.constantFrom('d.xlsx', 'd.csv'), async (bytes, name) => {
        inspectCleanly(bytes);
        await readCleanly(bytes, name);
      }),
      { numRuns: 150 },
    );
  });

  it('reads or cleanly refuses truncated and corrupted copies of the real fixtures', async () => {
    await fc.assert(
      fc.asyncProperty(corrupted, async (bytes) => {
        inspectCleanly(bytes);
        await readCleanly(bytes, 'deliveries.xlsx');
      }),
      { numRuns: 150 },
    );
  });

  it('never throws looking inside a workbook whose zip directory is corrupted', async () => {
    await fc.assert(
      fc.asyncProperty(badDirectory, async (bytes) => {
        inspectCleanly(bytes);
        await readCleanly(bytes, 'deliveries.xlsx');
      }),
      { numRuns: 200 },
    );
  });

  it('counterexample: a directory entry pointing past the end of the file is refused cleanly, not a RangeError', async () => {
    const bytes = workbooks[0]!.slice();
    const view = new DataView(bytes.buffer);
    let eocd = bytes.length - 22;
    while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
    let at = view.getUint32(eocd + 16, true);
    for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
      const nameLength = view.getUint16(at + 28, true);
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === 'xl/worksheets/sheet1.xml') {
        view.setUint32(at + 42, 0xfffffff0, true);
      }
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    expect(inspectXlsx(bytes)).toEqual({ formulaCells: [], mergedRanges: [] });
    await readCleanly(bytes, 'deliveries.xlsx');
  });
});
