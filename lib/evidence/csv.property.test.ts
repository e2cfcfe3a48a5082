// Property tests of the evidence CSV import: any text is read without throwing (a file-level message
// or rows each valid or with reasons), every row it accepts is a valid evidence item, and rows written
// with Papa.unparse (quotes, commas, line breaks, BOM, CRLF) come back with the same values.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { todayIn } from '@/lib/dates';
import { trickyString, uuid } from '@/tests/support/arbitraries';
import { checkEvidence, evidenceValid, type Out } from '@/tests/support/invariants';
import { CSV_COLUMNS, parseEvidenceCsv, type CsvCategory } from './csv';
import { CONTRIBUTION_TYPES, REACH_METRIC_VALUES } from './types';

const TZ = 'UTC';
const COLUMNS = CSV_COLUMNS.map((c) => c.name);

const categoriesArb: fc.Arbitrary<CsvCategory[]> = fc
  .uniqueArray(fc.constantFrom('Azure', 'Security', 'AI Platform', 'Developer Technologies', 'M365'), { minLength: 1, maxLength: 3 })
  .chain((names) =>
    fc.tuple(
      ...names.map((name) =>
        fc.record({
          id: uuid,
          name: fc.constant(name),
          focusAreas: fc.uniqueArray(fc.record({ id: uuid, name: fc.constantFrom('Kubernetes', 'Identity & Access', 'Data', 'Copilot') }), {
            maxLength: 3,
            selector: (f) => f.name,
          }),
        }),
      ),
    ),
  );

/** Cell text with the characters CSV must quote: commas, double quotes, line breaks. */
const cellText = (min: number, max: number) =>
  fc
    .string({ minLength: min, maxLength: max, unit: fc.constantFrom(...'abcxyz ABC019,"\n;é’'.split('')) })
    .map((s) => s.trim())
    .filter((s) => s.length >= min && s.length <= max);

const yes = (b: boolean, style: number) => (b ? ['yes', 'Y', 'true', '1'][style]! : ['no', '', 'N', 'false'][style]!);

/** A valid evidence item and the CSV record a person would type for it. */
const validRecord = fc
  .tuple(evidenceValid(todayIn(TZ)), categoriesArb, cellText(1, 100), cellText(1, 1000), fc.integer({ min: 0, max: 3 }), fc.boolean())
  .chain(([item, categories, title, description, style, useLabels]) => {
    const info = CONTRIBUTION_TYPES[item.type];
    return fc
      .tuple(
        fc.option(fc.constantFrom(...categories)),
        fc.option(fc.constantFrom(...info.metrics)),
        fc.integer({ min: 0, max: 2_000_000_000 }),
      )
      .map(([category, metric, value]) => {
        const focus = category?.focusAreas[0] ?? null;
        const isPaid = item.isPaid;
        const isFullTimeJob = isPaid && item.isFullTimeJob;
        const record: Record<string, string> = {
          type: useLabels ? info.label : item.type.toLowerCase(),
          role: item.role,
          title,
          description,
          start_date: item.startDate,
          end_date: item.endDate,
          url: item.url,
          audience: item.audience,
          technology_area: category ? (useLabels ? category.name.toUpperCase() : category.name) : '',
          focus_area: focus ? focus.name : '',
          paid: yes(isPaid, style),
          full_time_job: yes(isFullTimeJob, style),
          high_impact: yes(item.isHighImpact, style),
          private_note: item.privateNote,
        };
        if (metric) record[metric.toLowerCase()] = String(value);
        const expected = {
          type: item.type,
          role: item.role,
          title,
          description,
          startDate: item.startDate,
          endDate: item.endDate.trim() === '' ? null : item.endDate,
          url: item.url.trim() === '' ? null : item.url.trim(),
          audience: item.audience,
          categoryId: category?.id ?? null,
          focusAreaId: focus?.id ?? null,
          metrics: metric ? { [metric]: value } : {},
          isPaid,
          isFullTimeJob,
          isHighImpact: item.isHighImpact,
          privateNote: item.privateNote.trim() === '' ? null : item.privateNote.trim(),
        };
        return { record, expected, categories };
      });
  });

function toCsv(records: Record<string, string>[], opts: { bom: boolean; newline: '\r\n' | '\n' }): string {
  const text = Papa.unparse({ fields: COLUMNS, data: records.map((r) => COLUMNS.map((c) => r[c] ?? '')) }, { newline: opts.newline });
  return (opts.bom ? '\uFEFF' : '') + text + opts.newline;
}

function checkResult(result: ReturnType<typeof parseEvidenceCsv>, categories: CsvCategory[]) {
  if (!result.ok) {
    expect(result.error.length).toBeGreaterThan(0);
    return;
  }
  expect(result.valid + result.invalid).toBe(result.rows.length);
  result.rows.forEach((row, i) => {
    expect(row.row).toBe(i + 2);
    if (!row.ok) {
      expect(row.errors.length).toBeGreaterThan(0);
      return;
    }
    checkEvidence(todayIn(TZ))(row.item as unknown as Out);
    if (row.item.categoryId) expect(categories.map((c) => c.id)).toContain(row.item.categoryId);
  });
}

describe('parseEvidenceCsv (properties)', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), trickyString), categoriesArb, (text, categories) => {
        checkResult(parseEvidenceCsv(text, { timeZone: TZ, categories }), categories);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on the template header followed by rows of arbitrary cells; what it accepts is a valid item', () => {
    const row = fc.array(fc.oneof(trickyString, fc.constantFrom('BLOG', 'AUTHOR', 'DEVELOPERS', '2026-01-05', 'yes', 'Azure', '12')), {
      maxLength: COLUMNS.length + 2,
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), categoriesArb, fc.boolean(), (rows, categories, bom) => {
        const text = (bom ? '\uFEFF' : '') + [COLUMNS.join(','), ...rows.map((r) => Papa.unparse([r]))].join('\r\n');
        checkResult(parseEvidenceCsv(text, { timeZone: TZ, categories }), categories);
      }),
      { numRuns: 80 },
    );
  });

  it('reads back every valid row written with Papa.unparse, with the same values (quotes, commas, line breaks, BOM, CRLF)', () => {
    fc.assert(
      fc.property(
        fc.array(validRecord, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('\r\n' as const, '\n' as const),
        (rows, bom, newline) => {
          // One category list for the file: the first row's.
          const categories = rows[0]!.categories;
          const usable = rows.filter((r) => r.expected.categoryId === null || categories.some((c) => c.id === r.expected.categoryId));
          if (usable.length === 0) return;
          const result = parseEvidenceCsv(
            toCsv(
              usable.map((r) => r.record),
              { bom, newline },
            ),
            { timeZone: TZ, categories },
          );
          if (!result.ok) throw new Error(result.error);
          expect(result.invalid, JSON.stringify(result.rows.filter((r) => !r.ok))).toBe(0);
          expect(result.rows.map((r) => (r.ok ? r.item : null))).toEqual(usable.map((r) => ({ ...r.expected, id: undefined })));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a value starting with = + - @ as plain text (the import stores text; exports neutralise formulas)', () => {
    fc.assert(
      fc.property(validRecord, fc.constantFrom('=', '+', '-', '@'), ({ record, expected, categories }, prefix) => {
        const title = `${prefix}${expected.title}`.slice(0, 100).trim();
        const result = parseEvidenceCsv(toCsv([{ ...record, title }], { bom: false, newline: '\r\n' }), { timeZone: TZ, categories });
        if (!result.ok) throw new Error(result.error);
        const [row] = result.rows;
        expect(row?.ok && row.item.title).toBe(title);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a reach number in a column the type does not count', () => {
    fc.assert(
      fc.property(validRecord, fc.constantFrom(...REACH_METRIC_VALUES), ({ record, expected, categories }, metric) => {
        const result = parseEvidenceCsv(toCsv([{ ...record, [metric.toLowerCase()]: '7' }], { bom: false, newline: '\n' }), {
          timeZone: TZ,
          categories,
        });
        if (!result.ok) throw new Error(result.error);
        const counts = (CONTRIBUTION_TYPES[expected.type].metrics as readonly string[]).includes(metric);
        expect(result.rows[0]?.ok).toBe(counts);
      }),
      { numRuns: 100 },
    );
  });
});
