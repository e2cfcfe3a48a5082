// The filters of the admin tables and their CSV exports, read from GET search parameters with zod.
// A table and its export parse the same parameters (the URL contract shared with the dashboard):
// a malformed value is dropped and named in a note shown above the table (a 400 for an export),
// never a 500.
import { z } from 'zod';
import { DELIVERY_FORMATS } from '@/lib/memberships/schema';
import { isIsoDay } from '@/lib/dates';

/** Rows per page of every admin table. */
export const TABLE_PAGE_SIZE = 50;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const dayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2027-03-31')
  .refine(isIsoDay, 'that day does not exist');
const monthKey = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month like 2027-03')
  .refine((v) => v >= '1900-01' && v <= '2999-12', 'that month is out of range');
const yearKey = z
  .string()
  .regex(/^\d{4}$/, 'use a year like 2027')
  .transform(Number)
  .refine((v) => v >= 1900 && v <= 2999, 'that year is out of range');
const id = z.uuid('that is not an id of this portal');
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `choose one of ${values.join(', ')}` });
const page = z.coerce.number('use a whole page number').int('use a whole page number').min(1, 'pages start at 1').max(100_000);
const dir = oneOf(['asc', 'desc']);

export const NOMINATION_STATUSES = [
  'INVITED',
  'ACCEPTED',
  'SUBMITTED',
  'UNDER_REVIEW',
  'DECIDED',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export const REVIEW_STATES = ['assigned', 'drafted', 'submitted', 'overdue'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const APPLICATION_CHANNELS = ['SELF_SERVICE', 'PROVIDER'] as const;
export const APPLICATION_STATUSES = ['AWAITING_CANDIDATE', 'HELD', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED'] as const;
export const MEMBER_STANDINGS = ['ACTIVE', 'IN_RENEWAL', 'LAPSED', 'ALUMNI'] as const;
export type MemberStanding = (typeof MEMBER_STANDINGS)[number];

export type Fields = Record<string, z.ZodType>;
export type Spec<F extends Fields> = { fields: F; labels: Record<keyof F & string, string> };

/** The table's filters, each present only when given and valid. */
export type FilterValues<F extends Fields> = { [K in keyof F]?: z.output<F[K]> };
export type ParsedFilters<F extends Fields> = { values: FilterValues<F>; problems: string[] };

const first = (raw: SearchParamsInput, key: string): string | undefined => {
  const v = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined ? undefined : s.trim();
};
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** Parses each known parameter on its own: empty ones are absent, malformed ones are dropped with a
 * note saying which and why; unknown parameters are ignored. */
export function parseFilters<F extends Fields>(spec: Spec<F>, raw: SearchParamsInput): ParsedFilters<F> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(spec.fields)) {
    const value = first(raw, key);
    if (value === undefined || value === '') continue;
    const result = schema.safeParse(value);
    if (result.success) values[key] = result.data;
    else
      problems.push(
        `The ${spec.labels[key as keyof F & string]} “${shown(value)}” was ignored: ${result.error.issues[0]?.message ?? 'not valid'}.`,
      );
  }
  if (typeof values.from === 'string' && typeof values.to === 'string' && values.from > values.to) {
    problems.push(`The dates were ignored: “from” (${values.from}) is after “to” (${values.to}).`);
    delete values.from;
    delete values.to;
  }
  return { values: values as FilterValues<F>, problems };
}

/** The search parameters of a filter (for links: pages, sort headers, the export). */
export function filterQuery(values: Record<string, unknown>, change: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...change })) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

// ─── One spec per table. `page`, `sort` and `dir` are the table's; exports ignore them. ───

export const nominationFilterSpec = {
  fields: {
    cycle: id,
    category: id,
    status: oneOf(NOMINATION_STATUSES),
    from: dayKey,
    to: dayKey,
    sort: oneOf(['created', 'nominee', 'status']),
    dir,
    page,
  },
  labels: {
    cycle: 'award cycle',
    category: 'award category',
    status: 'status',
    from: 'from date',
    to: 'to date',
    sort: 'sort',
    dir: 'sort direction',
    page: 'page',
  },
};
export type NominationFilter = FilterValues<typeof nominationFilterSpec.fields>;

export const reviewFilterSpec = {
  fields: { cycle: id, category: id, state: oneOf(REVIEW_STATES), sort: oneOf(['due', 'reviewer', 'candidate']), dir, page },
  labels: { cycle: 'award cycle', category: 'award category', state: 'state', sort: 'sort', dir: 'sort direction', page: 'page' },
};
export type ReviewFilter = FilterValues<typeof reviewFilterSpec.fields>;

export const awardFilterSpec = {
  fields: { category: id, year: yearKey, sort: oneOf(['starts', 'holder']), dir, page },
  labels: { category: 'award category', year: 'year', sort: 'sort', dir: 'sort direction', page: 'page' },
};
export type AwardFilter = FilterValues<typeof awardFilterSpec.fields>;

export const applicationFilterSpec = {
  fields: { channel: oneOf(APPLICATION_CHANNELS), month: monthKey, status: oneOf([...APPLICATION_STATUSES, 'ALL']), page },
  labels: { channel: 'channel', month: 'month', status: 'status', page: 'page' },
};
export type ApplicationFilter = FilterValues<typeof applicationFilterSpec.fields>;

export const memberFilterSpec = {
  fields: { status: oneOf(MEMBER_STANDINGS), sort: oneOf(['name', 'since']), dir, page },
  labels: { status: 'status', sort: 'sort', dir: 'sort direction', page: 'page' },
};
export type MemberFilter = FilterValues<typeof memberFilterSpec.fields>;

export const deliveryFilterSpec = {
  fields: { format: oneOf(DELIVERY_FORMATS), from: dayKey, to: dayKey, sort: oneOf(['start', 'students']), dir, page },
  labels: { format: 'format', from: 'from date', to: 'to date', sort: 'sort', dir: 'sort direction', page: 'page' },
};
export type DeliveryFilter = FilterValues<typeof deliveryFilterSpec.fields>;

/** The MCT applications queue shows submitted applications when nothing is filtered (the page's
 * original purpose); with a channel or month and no status it shows every status. */
export function applicationStatusOf(filter: ApplicationFilter): (typeof APPLICATION_STATUSES)[number] | undefined {
  if (filter.status === 'ALL') return undefined;
  if (filter.status) return filter.status;
  return filter.channel || filter.month ? undefined : 'SUBMITTED';
}

/** The parameters an export link carries: the table's filters without its page and sort. */
export function exportQuery(values: Record<string, unknown>): string {
  const { page: _page, sort: _sort, dir: _dir, ...rest } = values;
  return filterQuery(rest);
}
