import 'server-only';
// The numbers behind the admin dashboard's charts. One function per chart; each runs a fixed number
// of GROUP BY queries in PostgreSQL (never a query per row), so its cost in round trips does not grow
// with the data. Every function takes the viewer (admins only) and the parsed filters.
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { dateKey, type DateKey, dbDay, endOfDayIn, startOfDayIn, todayIn } from '@/lib/dates';
import { Prisma } from '@/lib/generated/prisma/client';
import type { DeliveryFormat, EnrollmentChannel, NominationStatus } from '@/lib/generated/prisma/enums';
import { lastDayOf, monthsOf, yearsOf, type CycleOption, type DashboardFilters } from './dashboard-filters';
import type { MemberStanding, ReviewState } from './table-links';
import type { Viewer } from '@/lib/auth/viewer';
import { MCT_RENEWAL_WINDOW_DAYS } from '@/lib/auth/status';

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The filter bar's choices: every award cycle, newest first. */
export async function getDashboardCycles(viewer: Viewer): Promise<CycleOption[]> {
  assertRole(viewer, 'ADMIN');
  return prisma.awardCycle.findMany({
    orderBy: { nominationsOpenAt: 'desc' },
    select: { id: true, name: true, status: true, nominationsOpenAt: true },
  });
}

/** Today in the admin's time zone (the dashboard's dates are the admin's). */
export function dashboardToday(viewer: Viewer, now: Date = new Date()): DateKey {
  return todayIn(viewer.timeZone, now);
}

const cycleClause = (column: Prisma.Sql, cycleId: string | null) => (cycleId ? Prisma.sql`AND ${column} = ${cycleId}::uuid` : Prisma.empty);

// ───────────────────────── Nominations: funnel by category and status ─────────────────────────

/** The funnel's steps, in order; "awarded" means the nomination's submission has an Award. */
export const FUNNEL_STEPS = ['INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED', 'AWARDED'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
/** Where nominations leave the funnel. */
export const DROP_OUTS = ['DECLINED', 'WITHDRAWN', 'EXPIRED'] as const satisfies readonly NominationStatus[];
export const NOMINATION_STATUSES = [
  'INVITED',
  'ACCEPTED',
  'SUBMITTED',
  'UNDER_REVIEW',
  'DECIDED',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
] as const satisfies readonly NominationStatus[];

export type FunnelRow = {
  categoryId: string;
  categoryName: string;
  /** How many reached each step (a nomination that was submitted was also invited and accepted). */
  reached: Record<FunnelStep, number>;
  /** How many are in each status now (what the nominations table shows for that status). */
  now: Record<NominationStatus, number>;
};
export type NominationFunnel = { rows: FunnelRow[]; total: Omit<FunnelRow, 'categoryId' | 'categoryName'>; takeaway: string };

type FunnelSqlRow = { categoryId: string; categoryName: string } & Record<string, number>;

/** Nominations created in the date range (admin's zone) of the cycle, per category: the funnel from
 * invited to awarded, and the current status counts including the drop-outs. A step counts as
 * reached when the current status is at or past it, or the history (NominationEvent) shows it was
 * reached before the nomination was withdrawn or expired. */
export async function getNominationFunnel(viewer: Viewer, filters: DashboardFilters): Promise<NominationFunnel> {
  assertRole(viewer, 'ADMIN');
  const start = startOfDayIn(filters.from, viewer.timeZone);
  const end = endOfDayIn(filters.to, viewer.timeZone);
  const reachedVia = (step: NominationStatus, statuses: NominationStatus[]) => Prisma.sql`
    count(*) FILTER (WHERE n.status::text IN (${Prisma.join(statuses)})
      OR EXISTS (SELECT 1 FROM "NominationEvent" e WHERE e."nominationId" = n.id AND e.status::text = ${step}))::int`;
  const rows = await prisma.$queryRaw<FunnelSqlRow[]>`
    SELECT c.id AS "categoryId", c.name AS "categoryName",
      count(*)::int AS "reached_INVITED",
      ${reachedVia('ACCEPTED', ['ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED'])} AS "reached_ACCEPTED",
      ${reachedVia('SUBMITTED', ['SUBMITTED', 'UNDER_REVIEW', 'DECIDED'])} AS "reached_SUBMITTED",
      ${reachedVia('UNDER_REVIEW', ['UNDER_REVIEW', 'DECIDED'])} AS "reached_UNDER_REVIEW",
      count(*) FILTER (WHERE n.status = 'DECIDED')::int AS "reached_DECIDED",
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Submission" s JOIN "Award" a ON a."submissionId" = s.id WHERE s."nominationId" = n.id))::int AS "reached_AWARDED",
      ${Prisma.join(
        NOMINATION_STATUSES.map((s) => Prisma.sql`count(*) FILTER (WHERE n.status::text = ${s})::int AS ${Prisma.raw(`"now_${s}"`)}`),
      )}
    FROM "Nomination" n
    JOIN "AwardCategory" c ON c.id = n."categoryId"
    WHERE n."createdAt" >= ${start} AND n."createdAt" <= ${end} ${cycleClause(Prisma.sql`n."cycleId"`, filters.cycleId)}
    GROUP BY c.id, c.name, c."sortOrder"
    ORDER BY c."sortOrder", c.name`;

  const zeroReached = () => Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as Record<FunnelStep, number>;
  const zeroNow = () => Object.fromEntries(NOMINATION_STATUSES.map((s) => [s, 0])) as Record<NominationStatus, number>;
  const total = { reached: zeroReached(), now: zeroNow() };
  const funnelRows = rows.map((r): FunnelRow => {
    const row = { categoryId: r.categoryId, categoryName: r.categoryName, reached: zeroReached(), now: zeroNow() };
    for (const s of FUNNEL_STEPS) {
      row.reached[s] = r[`reached_${s}`] ?? 0;
      total.reached[s] += row.reached[s];
    }
    for (const s of NOMINATION_STATUSES) {
      row.now[s] = r[`now_${s}`] ?? 0;
      total.now[s] += row.now[s];
    }
    return row;
  });
  const invited = total.reached.INVITED;
  const dropped = DROP_OUTS.reduce((sum, s) => sum + total.now[s], 0);
  const takeaway =
    invited === 0
      ? 'No nominations were made in this cycle and date range.'
      : `${plural(invited, 'nomination')}: ${total.reached.SUBMITTED} submitted evidence (${pct(total.reached.SUBMITTED, invited)}%), ` +
        `${total.reached.AWARDED} awarded, ${dropped} dropped out (declined, withdrawn or expired).`;
  return { rows: funnelRows, total, takeaway };
}

// ───────────────────────── Reviews: progress per category ─────────────────────────

export const REVIEW_STATES = ['assigned', 'drafted', 'submitted', 'overdue'] as const satisfies readonly ReviewState[];
export type ReviewProgressRow = { categoryId: string; categoryName: string } & Record<ReviewState, number>;
export type ReviewProgress = { rows: ReviewProgressRow[]; total: Record<ReviewState, number>; takeaway: string };

/** Review assignments of the cycle's submissions per category, in four states that do not overlap:
 * overdue (not submitted and the cycle's review due date has passed), else assigned (not started),
 * drafted (in progress), submitted. Removed assignments are left out. Reviews belong to a cycle, so
 * the date range does not apply. */
export async function getReviewProgress(viewer: Viewer, filters: DashboardFilters, now: Date = new Date()): Promise<ReviewProgress> {
  assertRole(viewer, 'ADMIN');
  const rows = await prisma.$queryRaw<ReviewProgressRow[]>`
    SELECT c.id AS "categoryId", c.name AS "categoryName",
      count(*) FILTER (WHERE ra.status = 'ASSIGNED' AND cy."reviewDueAt" >= ${now})::int AS assigned,
      count(*) FILTER (WHERE ra.status = 'IN_PROGRESS' AND cy."reviewDueAt" >= ${now})::int AS drafted,
      count(*) FILTER (WHERE ra.status = 'SUBMITTED')::int AS submitted,
      count(*) FILTER (WHERE ra.status IN ('ASSIGNED', 'IN_PROGRESS') AND cy."reviewDueAt" < ${now})::int AS overdue
    FROM "ReviewAssignment" ra
    JOIN "Submission" s ON s.id = ra."submissionId"
    JOIN "AwardCycle" cy ON cy.id = s."cycleId"
    JOIN "AwardCategory" c ON c.id = s."categoryId"
    WHERE ra.status <> 'REMOVED' ${cycleClause(Prisma.sql`s."cycleId"`, filters.cycleId)}
    GROUP BY c.id, c.name, c."sortOrder"
    ORDER BY c."sortOrder", c.name`;
  const total = { assigned: 0, drafted: 0, submitted: 0, overdue: 0 };
  for (const r of rows) for (const s of REVIEW_STATES) total[s] += r[s];
  const all = REVIEW_STATES.reduce((sum, s) => sum + total[s], 0);
  const takeaway =
    all === 0
      ? 'No reviews are assigned in this cycle yet.'
      : `${total.submitted} of ${plural(all, 'review')} submitted (${pct(total.submitted, all)}%); ` +
        `${total.overdue} overdue, ${total.drafted} in draft, ${total.assigned} not started.`;
  return { rows, total, takeaway };
}

// ───────────────────────── Awards: by category and year ─────────────────────────

export type AwardsByYear = {
  years: number[];
  rows: { categoryId: string; categoryName: string; byYear: Record<number, number>; total: number }[];
  totalByYear: Record<number, number>;
  takeaway: string;
};

/** Awards per category and calendar year of their start date, for the years the date range touches
 * (whole years, as the awards table filters by year). Awards are counted whatever the cycle filter:
 * the awards table has no cycle filter either. */
export async function getAwardsByYear(viewer: Viewer, filters: DashboardFilters): Promise<AwardsByYear> {
  assertRole(viewer, 'ADMIN');
  const years = yearsOf(filters.from, filters.to);
  const first = `${years[0]}-01-01`;
  const last = `${years.at(-1)}-12-31`;
  const rows = await prisma.$queryRaw<{ categoryId: string; categoryName: string; year: number; count: number }[]>`
    SELECT c.id AS "categoryId", c.name AS "categoryName", extract(year FROM a."startsOn")::int AS year, count(*)::int AS count
    FROM "Award" a JOIN "AwardCategory" c ON c.id = a."categoryId"
    WHERE a."startsOn" >= ${first}::date AND a."startsOn" <= ${last}::date
    GROUP BY c.id, c.name, c."sortOrder", year
    ORDER BY c."sortOrder", c.name, year`;
  const byCategory = new Map<string, AwardsByYear['rows'][number]>();
  const totalByYear: Record<number, number> = Object.fromEntries(years.map((y) => [y, 0]));
  for (const r of rows) {
    const row = byCategory.get(r.categoryId) ?? {
      categoryId: r.categoryId,
      categoryName: r.categoryName,
      byYear: Object.fromEntries(years.map((y) => [y, 0])),
      total: 0,
    };
    row.byYear[r.year] = r.count;
    row.total += r.count;
    totalByYear[r.year] = (totalByYear[r.year] ?? 0) + r.count;
    byCategory.set(r.categoryId, row);
  }
  const list = [...byCategory.values()];
  const all = list.reduce((sum, r) => sum + r.total, 0);
  const top = [...list].sort((a, b) => b.total - a.total)[0];
  const span = years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
  const takeaway =
    all === 0
      ? `No awards start in ${span}.`
      : `${plural(all, 'award')} starting in ${span}; the most in ${top!.categoryName} (${top!.total}).`;
  return { years, rows: list, totalByYear, takeaway };
}

// ───────────────────────── MCT applications: by channel and month ─────────────────────────

export type ApplicationsMonth = { month: string; SELF_SERVICE: number; PROVIDER: number; paused: boolean };
export type MctApplicationsByMonth = {
  months: ApplicationsMonth[];
  /** Pause windows overlapping the range (dates in the program's time zone, both included). */
  pauses: { startsOn: DateKey; endsOn: DateKey }[];
  total: Record<EnrollmentChannel, number>;
  takeaway: string;
};

/** MCT applications per month of their creation (admin's zone) and channel, with the enrollment
 * pause windows that overlap the date range. */
export async function getMctApplicationsByMonth(viewer: Viewer, filters: DashboardFilters): Promise<MctApplicationsByMonth> {
  assertRole(viewer, 'ADMIN');
  const start = startOfDayIn(filters.from, viewer.timeZone);
  const end = endOfDayIn(filters.to, viewer.timeZone);
  const [rows, pauseRows] = await Promise.all([
    prisma.$queryRaw<{ month: string; channel: EnrollmentChannel; count: number }[]>`
      SELECT to_char(a."createdAt" AT TIME ZONE ${viewer.timeZone}, 'YYYY-MM') AS month, a.channel::text AS channel, count(*)::int AS count
      FROM "MctApplication" a
      WHERE a."createdAt" >= ${start} AND a."createdAt" <= ${end}
      GROUP BY 1, 2`,
    prisma.enrollmentPause.findMany({
      where: { startsOn: { lte: dbDay(filters.to) }, endsOn: { gte: dbDay(filters.from) } },
      orderBy: { startsOn: 'asc' },
      select: { startsOn: true, endsOn: true },
    }),
  ]);
  const pauses = pauseRows.map((p) => ({ startsOn: dateKey(p.startsOn), endsOn: dateKey(p.endsOn) }));
  const months = monthsOf(filters.from, filters.to).map((month): ApplicationsMonth => ({
    month,
    SELF_SERVICE: 0,
    PROVIDER: 0,
    paused: pauses.some((p) => p.startsOn.slice(0, 7) <= month && month <= p.endsOn.slice(0, 7)),
  }));
  const total = { SELF_SERVICE: 0, PROVIDER: 0 };
  for (const r of rows) {
    const m = months.find((p) => p.month === r.month);
    if (m) m[r.channel] += r.count;
    total[r.channel] += r.count;
  }
  const all = total.SELF_SERVICE + total.PROVIDER;
  const pausedNote = pauses.length ? `; self-service was paused in ${plural(pauses.length, 'window')} (shaded)` : '';
  const takeaway =
    all === 0
      ? `No MCT applications in this date range${pausedNote}.`
      : `${plural(all, 'application')}: ${total.SELF_SERVICE} self-service, ${total.PROVIDER} started by ISC providers (${pct(total.PROVIDER, all)}%)${pausedNote}.`;
  return { months, pauses, total, takeaway };
}

// ───────────────────────── MCT memberships over time ─────────────────────────

export const MEMBER_STANDINGS = ['ACTIVE', 'IN_RENEWAL', 'LAPSED', 'ALUMNI'] as const satisfies readonly MemberStanding[];
export type MembershipsMonth = { month: string; asOf: DateKey } & Record<MemberStanding, number>;
export type MembershipsOverTime = { months: MembershipsMonth[]; takeaway: string };

/** Members per standing at the end of each month of the range (today for the current month, the
 * range's end for its last month; months after today are left out). Only status and dates are stored, so a past month's standing is derived
 * the way lib/auth/status.ts deriveMctStanding derives today's, on that day `d`:
 *  - not counted before `memberSince`, nor before any of its terms had begun (or been created);
 *  - ALUMNI when the membership is alumni now and switched on or before `d` (alumniSince);
 *  - the membership years known on `d` are the terms begun by then or created by then (a renewal
 *    approved early); their latest end is the year's end:
 *  - LAPSED when that end is before `d` (a year ended without renewal), or the membership is lapsed
 *    now and lapsed on or before `d`;
 *  - IN_RENEWAL when `d` is within the 90-day renewal window before that end (lib/memberships/lifecycle.ts);
 *  - otherwise ACTIVE.
 * Reinstatement clears alumniSince and lapsedOn, so a gap before a reinstatement is shown as lapsed
 * even if the person was alumni then. The SQL turns each membership into the runs of days it spends
 * in each standing and counts, per month's day, the runs begun and not yet ended: its cost grows with
 * the number of terms, not with memberships × months. tests/integration/admin-dashboard.test.ts
 * checks it against deriveMctStanding member by member at 30,000 memberships. */
export async function getMembershipsOverTime(
  viewer: Viewer,
  filters: DashboardFilters,
  now: Date = new Date(),
): Promise<MembershipsOverTime> {
  assertRole(viewer, 'ADMIN');
  const today = todayIn(viewer.timeZone, now);
  const months = monthsUpTo(filters, today);
  if (months.length === 0) return { months: [], takeaway: 'The date range lies in the future; there is nothing to show yet.' };
  const asOfDays = months.map((m) => m.asOf);
  const [firstDay, lastDay] = [[...asOfDays].sort()[0]!, [...asOfDays].sort().at(-1)!];
  const rows = await countStandingsOn(asOfDays, [firstDay, lastDay], viewer.timeZone);
  const points = months.map((m): MembershipsMonth => ({ ...m, ACTIVE: 0, IN_RENEWAL: 0, LAPSED: 0, ALUMNI: 0 }));
  for (const r of rows) {
    const point = points.find((p) => p.asOf === dateKey(r.asOf));
    if (point) point[r.standing] += r.count;
  }
  const latest = points.at(-1)!;
  const takeaway =
    `On ${latest.asOf}: ${latest.ACTIVE} active, ${latest.IN_RENEWAL} in renewal, ${latest.LAPSED} lapsed, ${latest.ALUMNI} alumni ` +
    `(standing on the last day of each month, derived from membership years, alumni and lapse dates).`;
  return { months: points, takeaway };
}

/** The range's months up to today, each with the day its standing is counted on. */
function monthsUpTo(filters: DashboardFilters, today: DateKey): { month: string; asOf: DateKey }[] {
  return monthsOf(filters.from, filters.to)
    .filter((m) => m <= today.slice(0, 7))
    .map((month) => {
      // The month's last day, or today, or the range's end, whichever comes first.
      const asOf = [lastDayOf(month), today, filters.to].sort()[0]!;
      return { month, asOf };
    });
}

/** Per day of `asOfDays`, how many memberships stood in each standing (days as seen in `timeZone`). */
async function countStandingsOn(asOfDays: DateKey[], [firstDay, lastDay]: [DateKey, DateKey], timeZone: string) {
  return prisma.$queryRaw<{ asOf: Date; standing: MemberStanding; count: number }[]>`
    WITH points AS (SELECT unnest(${asOfDays}::date[]) AS d),
    -- Each term from the day it was known (begun, or created ahead as an early renewal), with the
    -- latest end of the years known by then and the day the next term became known.
    -- One window for all three (one pass over the sorted terms, not three): lead ignores the frame,
    -- and the first k in k order is the membership's smallest.
    known AS (
      SELECT t."membershipId" AS id, t.k,
        max(t."endsOn") OVER w AS last_end,
        lead(t.k) OVER w AS next_k,
        first_value(t.k) OVER w AS first_k
      FROM (
        SELECT "membershipId", "endsOn", LEAST("startsOn", ("createdAt" AT TIME ZONE ${timeZone})::date) AS k
        FROM "MctMembershipTerm"
      ) t
      WINDOW w AS (PARTITION BY t."membershipId" ORDER BY t.k ROWS UNBOUNDED PRECEDING)
    ),
    -- The stored alumni or lapsed status overrides everything from its date (x) on.
    segments AS (
      SELECT k.id, GREATEST(k.k, ms."memberSince") AS seg_from, k.next_k - 1 AS seg_to, k.last_end,
        GREATEST(k.first_k, ms."memberSince") AS member_from,
        CASE ms.status WHEN 'ALUMNI' THEN COALESCE(ms."alumniSince", ms."memberSince")
          WHEN 'LAPSED' THEN COALESCE(ms."lapsedOn", ms."memberSince") END AS x,
        CASE ms.status WHEN 'ALUMNI' THEN 'ALUMNI' WHEN 'LAPSED' THEN 'LAPSED' END AS o,
        k.k = k.first_k AS is_first
      FROM known k JOIN "MctMembership" ms ON ms.id = k.id
    ),
    -- Days of each standing as [f, t] (t null: open-ended; LEAST and GREATEST skip nulls).
    pieces AS (
      SELECT 'ACTIVE' AS standing, seg_from AS f, LEAST(seg_to, last_end - ${MCT_RENEWAL_WINDOW_DAYS + 1}::int, x - 1) AS t FROM segments
      UNION ALL
      SELECT 'IN_RENEWAL', GREATEST(seg_from, last_end - ${MCT_RENEWAL_WINDOW_DAYS}::int), LEAST(seg_to, last_end, x - 1) FROM segments
      UNION ALL
      SELECT 'LAPSED', GREATEST(seg_from, last_end + 1), LEAST(seg_to, x - 1) FROM segments
      UNION ALL
      SELECT o, GREATEST(x, member_from), NULL FROM segments WHERE o IS NOT NULL AND is_first
    ),
    -- Each piece adds one member of its standing on its first day and takes it away after its last.
    -- A piece begun after the last point counts at no point, and one ended before the first point
    -- adds and takes away at every point: both are left out (most of the history, for a year's range).
    relevant AS (
      SELECT * FROM pieces WHERE (t IS NULL OR f <= t) AND f <= ${lastDay}::date AND (t IS NULL OR t + 1 > ${firstDay}::date)
    ),
    changes AS (
      SELECT standing, day, sum(delta)::int AS delta FROM (
        SELECT standing, f AS day, 1 AS delta FROM relevant
        UNION ALL
        SELECT standing, t + 1, -1 FROM relevant WHERE t IS NOT NULL
      ) e
      GROUP BY standing, day
    )
    SELECT p.d AS "asOf", c.standing, sum(c.delta)::int AS count
    FROM points p JOIN changes c ON c.day <= p.d
    GROUP BY p.d, c.standing`;
}

// ───────────────────────── Training deliveries: by format ─────────────────────────

export const DELIVERY_FORMATS = ['IN_PERSON', 'VIRTUAL', 'HYBRID'] as const satisfies readonly DeliveryFormat[];
export type DeliveriesMonth = { month: string } & Record<DeliveryFormat, number>;
export type DeliveriesByFormat = {
  months: DeliveriesMonth[];
  total: Record<DeliveryFormat, { deliveries: number; students: number }>;
  takeaway: string;
};

/** Training deliveries that started in the date range, per month and format, with their students. */
export async function getDeliveriesByFormat(viewer: Viewer, filters: DashboardFilters): Promise<DeliveriesByFormat> {
  assertRole(viewer, 'ADMIN');
  const rows = await prisma.$queryRaw<{ month: string; format: DeliveryFormat; count: number; students: number }[]>`
    SELECT to_char(d."startDate", 'YYYY-MM') AS month, d.format::text AS format, count(*)::int AS count,
      COALESCE(sum(d."studentCount"), 0)::int AS students
    FROM "TrainingDelivery" d
    WHERE d."startDate" >= ${filters.from}::date AND d."startDate" <= ${filters.to}::date
    GROUP BY 1, 2`;
  const months = monthsOf(filters.from, filters.to).map((month): DeliveriesMonth => ({ month, IN_PERSON: 0, VIRTUAL: 0, HYBRID: 0 }));
  const total = {
    IN_PERSON: { deliveries: 0, students: 0 },
    VIRTUAL: { deliveries: 0, students: 0 },
    HYBRID: { deliveries: 0, students: 0 },
  };
  for (const r of rows) {
    const m = months.find((p) => p.month === r.month);
    if (m) m[r.format] += r.count;
    total[r.format].deliveries += r.count;
    total[r.format].students += r.students;
  }
  const all = DELIVERY_FORMATS.reduce((sum, f) => sum + total[f].deliveries, 0);
  const students = DELIVERY_FORMATS.reduce((sum, f) => sum + total[f].students, 0);
  const takeaway =
    all === 0
      ? 'No training deliveries started in this date range.'
      : `${plural(all, 'delivery', 'deliveries')} to ${plural(students, 'student')}: ${total.IN_PERSON.deliveries} in person, ` +
        `${total.VIRTUAL.deliveries} virtual, ${total.HYBRID.deliveries} hybrid.`;
  return { months, total, takeaway };
}
