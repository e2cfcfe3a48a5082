// Property tests of the ISC completions CSV reader: any bytes give rows and row problems or a clear
// file-level AppError, never another exception; every row it keeps is a valid completion the provider
// may confirm; rows written with Papa.unparse come back unchanged (quotes, commas, line breaks, BOM,
// CRLF, semicolons); a cell starting with = + - @ or a tab is counted and its row never kept.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { trickyString } from '@/tests/support/arbitraries';
import { checkCompletion, type Out } from '@/tests/support/invariants';
import { parseCompletionsCsv, type CompletionDateContext, type ParsedCompletions } from './completions-csv';
import { completionRowSchema } from './schema';

const ctx: CompletionDateContext = {
  latestDay: '2026-11-22',
  providerName: 'Northwind Learning ISC',
  approvedFrom: '2024-01-01',
  approvedUntil: '2027-12-31',
};
const HEADER = ['name', 'email', 'completion date', 'certificate ID'];
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Runs the reader; a file-level refusal must be an AppError with a message. */
function read(bytes: Uint8Array): ParsedCompletions | null {
  try {
    return parseCompletionsCsv(bytes, ctx);
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return null;
  }
}

function checkParsed(parsed: ParsedCompletions | null) {
  if (!parsed) return;
  expect(parsed.rows.length + parsed.rowsRejected).toBe(parsed.rowsTotal);
  const certificates = new Set<string>();
  for (const row of parsed.rows) {
    checkCompletion(row as unknown as Out);
    expect(row.completedOn <= ctx.latestDay).toBe(true);
    expect(row.completedOn >= ctx.approvedFrom && row.completedOn <= ctx.approvedUntil).toBe(true);
    expect(certificates.has(row.certificateId)).toBe(false);
    certificates.add(row.certificateId);
    expect(parsed.issues.some((i) => i.row === row.row)).toBe(false);
  }
  for (const issue of parsed.issues) expect(issue.message.length).toBeGreaterThan(0);
}

const cell = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcxyz ABC019,"\n;é’.'.split('')) })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max);

/** Completions with distinct certificate IDs and people, dated within the provider's approval. */
const validRows = fc
  .uniqueArray(
    fc.record({
      candidateName: cell(1, 60),
      local: fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/),
      upper: fc.boolean(),
      completedOn: fc
        .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-11-22T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      certificateId: fc.stringMatching(/^[A-Z]{2}-[0-9]{1,6}$/),
    }),
    { minLength: 1, maxLength: 8, selector: (r) => r.certificateId },
  )
  .map((rows) => {
    const seen = new Set<string>();
    return rows
      .map(({ local, upper, ...r }) => ({ ...r, candidateEmail: `${upper ? local.toUpperCase() : local}@example.com` }))
      .filter((r) => {
        const key = `${r.candidateEmail.toLowerCase()}|${r.completedOn}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  });

const toCsv = (rows: string[][], opts: { bom: boolean; newline: '\r\n' | '\n'; delimiter: ',' | ';' }) =>
  (opts.bom ? '\uFEFF' : '') + Papa.unparse([HEADER, ...rows], { newline: opts.newline, delimiter: opts.delimiter }) + opts.newline;

describe('parseCompletionsCsv (properties)', () => {
  it('never throws anything but an AppError on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => checkParsed(read(bytes))),
      { numRuns: 200 },
    );
  });

  it('never throws anything but an AppError on a header and rows of arbitrary cells; what it keeps is valid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(trickyString, fc.constantFrom('a@b.co', '2026-01-05', 'C-1', 'Ada')), { maxLength: 6 }), {
          maxLength: 6,
        }),
        fc.constantFrom(',' as const, ';' as const),
        (rows, delimiter) => checkParsed(read(utf8(Papa.unparse([HEADER, ...rows], { delimiter })))),
      ),
      { numRuns: 150 },
    );
  });

  it('reads back every valid row written with Papa.unparse, with the same values', () => {
    fc.assert(
      fc.property(
        validRows,
        fc.boolean(),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.constantFrom(',' as const, ';' as const),
        (rows, bom, newline, delimiter) => {
          const text = toCsv(
            rows.map((r) => [r.candidateName, r.candidateEmail, r.completedOn, r.certificateId]),
            { bom, newline, delimiter },
          );
          const parsed = parseCompletionsCsv(utf8(text), ctx);
          expect(parsed.issues).toEqual([]);
          expect(parsed.rows).toEqual(
            rows.map((r, i) => ({
              row: i + 2,
              candidateName: r.candidateName,
              candidateEmail: r.candidateEmail.toLowerCase(),
              completedOn: r.completedOn,
              certificateId: r.certificateId,
            })),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts a cell starting with = + - @ or a tab as a formula and never keeps its row', () => {
    fc.assert(
      fc.property(
        validRows.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.nat({ max: rows.length - 1 }), fc.constantFrom(0, 3), fc.constantFrom('=', '+', '-', '@', '\t')),
        ),
        ([rows, at, column, prefix]) => {
          const cells = rows.map((r) => [r.candidateName, r.candidateEmail, r.completedOn, r.certificateId]);
          cells[at]![column] = `${prefix}${cells[at]![column]}`;
          const parsed = parseCompletionsCsv(utf8(toCsv(cells, { bom: false, newline: '\r\n', delimiter: ',' })), ctx);
          expect(parsed.formulaCells).toBeGreaterThanOrEqual(1);
          expect(parsed.rows.map((r) => r.row)).not.toContain(at + 2);
          expect(parsed.issues.some((i) => i.row === at + 2 && /formula/.test(i.message))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps only rows the single-completion form would accept', () => {
    fc.assert(
      fc.property(validRows, fc.nat(), trickyString, (rows, pick, value) => {
        const cells = rows.map((r) => [r.candidateName, r.candidateEmail, r.completedOn, r.certificateId]);
        const at = pick % cells.length;
        cells[at]![pick % 4] = value;
        const parsed = read(utf8(toCsv(cells, { bom: false, newline: '\n', delimiter: ',' })));
        for (const row of parsed?.rows ?? []) {
          const { row: _n, ...values } = row;
          expect(completionRowSchema.safeParse(values).success).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counterexample: a semicolon file whose names hold commas is read with semicolons', () => {
    const parsed = parseCompletionsCsv(
      utf8('name;email;completion date;certificate ID\r\nPark, Lee;lee@example.com;2026-02-01;C-1\r\n'),
      ctx,
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => r.candidateName)).toEqual(['Park, Lee']);
  });
});
