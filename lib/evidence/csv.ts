// Importing contributions from a CSV file: the documented columns, a template to download, and a
// parser that validates every row with the evidence form's own schema and says, row by row and
// column by column, what is wrong. Nothing here saves anything (lib/evidence/service.ts does).
import Papa from 'papaparse';
import type { ContributionRole, ContributionType, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';
import { CSV_MAX_BYTES, CSV_MAX_ROWS, evidenceItemSchemaFor, type EvidenceItemData, type EvidenceItemInput } from './schema';
import { AUDIENCE_LABELS, CONTRIBUTION_TYPES, METRIC_LABELS, REACH_METRIC_VALUES, ROLE_LABELS, typeHasMetric } from './types';

const METRIC_COLUMN = (m: ReachMetric) => m.toLowerCase();

/** The columns of the import file, in the template's order, with what each holds. */
export const CSV_COLUMNS: { name: string; required: boolean; help: string; metric?: ReachMetric }[] = [
  { name: 'type', required: true, help: 'The kind of contribution, as a code (BLOG, VIDEO, SPEAKING_CONFERENCE, ...) or its name.' },
  { name: 'role', required: true, help: 'Your role: AUTHOR, CO_AUTHOR, SPEAKER, HOST, ORGANISER, MAINTAINER, ...' },
  { name: 'title', required: true, help: 'Up to 100 characters.' },
  { name: 'description', required: true, help: 'Up to 1,000 characters: what you did and its impact.' },
  { name: 'start_date', required: true, help: 'YYYY-MM-DD; not in the future, not before 1990.' },
  { name: 'end_date', required: false, help: 'YYYY-MM-DD, for a series or an ongoing role; empty otherwise.' },
  { name: 'url', required: false, help: 'A link starting with http:// or https://.' },
  { name: 'audience', required: true, help: 'DEVELOPERS, IT_PROFESSIONALS, DATA_AND_AI_PRACTITIONERS, ... or its name.' },
  { name: 'technology_area', required: false, help: 'An award category, e.g. Azure, Security.' },
  { name: 'focus_area', required: false, help: 'A focus area of that category, e.g. Kubernetes.' },
  { name: 'paid', required: false, help: 'yes or no (empty means no).' },
  { name: 'full_time_job', required: false, help: 'yes when the paid work is your full-time job (it is then not submittable).' },
  { name: 'high_impact', required: false, help: 'yes to flag it as high impact.' },
  { name: 'private_note', required: false, help: 'A note for reviewers only, up to 1,000 characters.' },
  ...REACH_METRIC_VALUES.map((m) => ({
    name: METRIC_COLUMN(m),
    required: false,
    help: `${METRIC_LABELS[m]}: a whole number, only for the types that count it.`,
    metric: m,
  })),
];

/** The downloadable template: the header and two example rows. */
export function evidenceCsvTemplate(): string {
  const examples: Record<string, string>[] = [
    {
      type: 'BLOG',
      role: 'AUTHOR',
      title: 'Running AKS on a budget',
      description: 'A three-part series on sizing and autoscaling AKS clusters for small teams.',
      start_date: '2026-03-14',
      url: 'https://blog.example.com/aks-on-a-budget',
      audience: 'DEVELOPERS',
      technology_area: 'Azure',
      focus_area: 'Kubernetes',
      paid: 'no',
      high_impact: 'yes',
      views: '12000',
    },
    {
      type: 'SPEAKING_USER_GROUP',
      role: 'SPEAKER',
      title: 'Identity for app developers',
      description: 'A talk on Entra ID app registrations and token flows at the local user group.',
      start_date: '2026-05-20',
      audience: 'DEVELOPERS',
      technology_area: 'Security',
      focus_area: 'Identity & Access',
      paid: 'no',
      attendees: '85',
    },
  ];
  return (
    Papa.unparse({ fields: CSV_COLUMNS.map((c) => c.name), data: examples.map((e) => CSV_COLUMNS.map((c) => e[c.name] ?? '')) }) + '\r\n'
  );
}

export type CsvCategory = { id: string; name: string; focusAreas: { id: string; name: string }[] };

export type CsvRow =
  | {
      /** The row's number as a spreadsheet shows it (the header is row 1). */
      row: number;
      ok: true;
      item: EvidenceItemData;
    }
  | { row: number; ok: false; title: string; errors: string[] };

export type CsvParseResult = { ok: false; error: string } | { ok: true; rows: CsvRow[]; valid: number; invalid: number };

const squash = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Reads an enum value from its code (case and spacing ignored) or its label. */
function enumValue<T extends string>(raw: string, labels: Record<T, string>): T | null {
  const wanted = squash(raw);
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (squash(code) === wanted || squash(label) === wanted) return code;
  }
  return null;
}

const TYPE_LABELS = Object.fromEntries(Object.entries(CONTRIBUTION_TYPES).map(([code, info]) => [code, info.label])) as Record<
  ContributionType,
  string
>;

function yesNo(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (['', 'no', 'n', 'false', '0'].includes(v)) return false;
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  return null;
}

/** Column names for the schema's field paths, so a message names the column the person typed in. */
const FIELD_COLUMNS: Record<string, string> = {
  type: 'type',
  role: 'role',
  title: 'title',
  description: 'description',
  startDate: 'start_date',
  endDate: 'end_date',
  url: 'url',
  audience: 'audience',
  categoryId: 'technology_area',
  focusAreaId: 'focus_area',
  privateNote: 'private_note',
};

/** Parses and validates an evidence CSV for a candidate in `timeZone`. Fails as a whole only when
 * the file itself is unusable (too large, no header, unknown columns); otherwise every row is
 * reported as valid (with the item it makes) or invalid (with each reason). */
export function parseEvidenceCsv(text: string, opts: { timeZone: string; categories: CsvCategory[] }): CsvParseResult {
  const file = readCsvFile(text);
  if (!file.ok) return file;
  const { parsed } = file;
  const shapeErrors = rowShapeErrors(parsed.errors);
  const schema = evidenceItemSchemaFor(opts.timeZone);
  const rows = parsed.data.map((record, index) => parseRow(record, index, { shapeErrors, schema, categories: opts.categories }));
  const valid = rows.filter((r) => r.ok).length;
  return { ok: true, rows, valid, invalid: rows.length - valid };
}

type CsvRecord = Record<string, string>;
type Get = (column: string) => string;

/** Reads the file and checks it as a whole: its size, its header, its number of rows. */
function readCsvFile(text: string): { ok: false; error: string } | { ok: true; parsed: Papa.ParseResult<CsvRecord> } {
  if (new TextEncoder().encode(text).length > CSV_MAX_BYTES)
    return { ok: false, error: 'The file is larger than 1 MB. Split it into smaller files.' };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const header = parsed.meta.fields ?? [];
  if (header.length === 0 || parsed.data.length === 0) {
    return { ok: false, error: 'The file has no rows. Start from the template: a header line, then one contribution per line.' };
  }
  const known = new Set(CSV_COLUMNS.map((c) => c.name));
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) {
    return {
      ok: false,
      error: `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Use the column names of the template.`,
    };
  }
  const missing = CSV_COLUMNS.filter((c) => c.required && !header.includes(c.name)).map((c) => c.name);
  if (missing.length > 0) return { ok: false, error: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.` };
  if (parsed.data.length > CSV_MAX_ROWS) {
    return {
      ok: false,
      error: `The file has ${parsed.data.length.toLocaleString('en-US')} rows; import at most ${CSV_MAX_ROWS.toLocaleString('en-US')} at a time.`,
    };
  }
  return { ok: true, parsed };
}

/** Rows whose number of columns differs from the header's, by index. */
function rowShapeErrors(errors: Papa.ParseError[]): Map<number, string> {
  const shapeErrors = new Map<number, string>();
  for (const e of errors) {
    if (typeof e.row === 'number' && e.type === 'FieldMismatch') {
      shapeErrors.set(
        e.row,
        'The row does not have the same number of columns as the header (a comma inside a value must be in double quotes).',
      );
    }
  }
  return shapeErrors;
}

/** One row: every reason it is invalid, or the item it makes. */
function parseRow(
  record: CsvRecord,
  index: number,
  ctx: { shapeErrors: Map<number, string>; schema: ReturnType<typeof evidenceItemSchemaFor>; categories: CsvCategory[] },
): CsvRow {
  const { shapeErrors, schema } = ctx;
  const row = index + 2;
  const get = (column: string) => (record[column] ?? '').trim();
  const errors: string[] = [];
  const shape = shapeErrors.get(index);
  if (shape) errors.push(shape);

  const { type, role, audience } = readKinds(get, errors);
  const { categoryId, focusAreaId } = readArea(get, ctx.categories, errors);
  const flags = readFlags(get, errors);
  const metrics = readMetrics(get, type, errors);

  const input: EvidenceItemInput = {
    type: type ?? 'OTHER',
    role: role ?? 'OTHER',
    title: get('title'),
    description: get('description'),
    startDate: get('start_date'),
    endDate: get('end_date'),
    url: get('url'),
    audience: audience ?? 'GENERAL_PUBLIC',
    categoryId,
    focusAreaId,
    metrics,
    isPaid: flags.paid,
    isFullTimeJob: flags.full_time_job,
    isHighImpact: flags.high_impact,
    privateNote: get('private_note'),
  };
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, sub] = issue.path.map(String);
      const column = field === 'metrics' && sub ? sub.toLowerCase() : (FIELD_COLUMNS[field ?? ''] ?? field ?? 'row');
      errors.push(`${column}: ${issue.message}`);
    }
  }
  if (errors.length > 0 || !result.success) return { row, ok: false, title: get('title') || '(no title)', errors };
  return { row, ok: true, item: result.data };
}

/** The type, role and audience columns, from a code or a label. */
function readKinds(get: Get, errors: string[]) {
  const type = enumValue<ContributionType>(get('type'), TYPE_LABELS);
  if (!type) errors.push(get('type') ? `type: “${get('type')}” is not a contribution type` : 'type: enter the type of contribution');
  const role = enumValue<ContributionRole>(get('role'), ROLE_LABELS);
  if (!role) errors.push(get('role') ? `role: “${get('role')}” is not a role` : 'role: enter your role');
  const audience = enumValue<TargetAudience>(get('audience'), AUDIENCE_LABELS);
  if (!audience) errors.push(get('audience') ? `audience: “${get('audience')}” is not an audience` : 'audience: enter the audience');
  return { type, role, audience };
}

/** The technology_area and focus_area columns, matched to the award categories by name. */
function readArea(get: Get, categories: CsvCategory[], errors: string[]): { categoryId: string; focusAreaId: string } {
  let categoryId = '';
  let focusAreaId = '';
  if (get('technology_area')) {
    const wanted = squash(get('technology_area'));
    const category = categories.find((c) => squash(c.name) === wanted);
    if (!category) errors.push(`technology_area: “${get('technology_area')}” is not an award category`);
    else {
      categoryId = category.id;
      if (get('focus_area')) {
        const focus = category.focusAreas.find((f) => squash(f.name) === squash(get('focus_area')));
        if (focus) focusAreaId = focus.id;
        else errors.push(`focus_area: “${get('focus_area')}” is not a focus area of ${category.name}`);
      }
    }
  } else if (get('focus_area')) {
    errors.push('focus_area: fill in technology_area too');
  }
  return { categoryId, focusAreaId };
}

/** The yes/no columns. */
function readFlags(get: Get, errors: string[]): Record<'paid' | 'full_time_job' | 'high_impact', boolean> {
  const flags: Record<'paid' | 'full_time_job' | 'high_impact', boolean> = { paid: false, full_time_job: false, high_impact: false };
  for (const column of ['paid', 'full_time_job', 'high_impact'] as const) {
    const value = yesNo(get(column));
    if (value === null) errors.push(`${column}: write yes or no`);
    else flags[column] = value;
  }
  if (flags.full_time_job && !flags.paid) errors.push('full_time_job: only paid work can be your full-time job; set paid to yes');
  return flags;
}

/** The reach metric columns, each only for the types that count it. */
function readMetrics(get: Get, type: ContributionType | null, errors: string[]): Partial<Record<ReachMetric, string>> {
  const metrics: Partial<Record<ReachMetric, string>> = {};
  for (const metric of REACH_METRIC_VALUES) {
    const value = get(METRIC_COLUMN(metric));
    if (value === '') continue;
    if (type && !typeHasMetric(type, metric)) {
      errors.push(
        `${METRIC_COLUMN(metric)}: a ${CONTRIBUTION_TYPES[type].label.toLowerCase()} does not count ${METRIC_LABELS[metric].toLowerCase()}; leave it empty`,
      );
    } else {
      metrics[metric] = value;
    }
  }
  return metrics;
}
