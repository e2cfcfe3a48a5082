// The admin dashboard's aggregates against hand-counted data: the demo seed anchored to a fixed day,
// plus a few rows this file adds where the seed has none (review assignments, an awarded and a
// withdrawn nomination, MCT applications, a lapsed and an alumni member, a hybrid delivery).
// Charts count everything in the database, so this file runs on a scratch database of its own:
// no other test file's rows can change the counts.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dashboardToday,
  getAwardsByYear,
  getDashboardCycles,
  getDeliveriesByFormat,
  getMctApplicationsByMonth,
  getMembershipsOverTime,
  getNominationFunnel,
  getReviewProgress,
} from '@/lib/admin/dashboard';
import { parseDashboardFilters, type DashboardFilters } from '@/lib/admin/dashboard-filters';
import { refreshDefaultDashboards } from '@/lib/admin/dashboard-refresh';
import { getDashboardSnapshot, refreshDashboardSnapshot, SNAPSHOT_SECONDS } from '@/lib/admin/dashboard-snapshot';
import { dateKey, todayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { MIDYEAR_CYCLE_NAME } from '@/prisma/seed-reviews';
import { seed } from '@/prisma/seed-data';
import { migrate } from '@/scripts/db/migrate-runner';
import { createScratchDatabase, type ScratchDatabase } from '@/tests/support/db';
import { createUser, day } from '@/tests/support/factories';
import { createIscProvider } from '@/tests/support/mct-factories';
import { viewerOf } from '@/tests/support/review-factories';
import type { Viewer } from '@/lib/auth/viewer';
import { deriveMctStanding } from '@/lib/auth/status';

const SEED_DAY = '2026-11-22';
// Noon in Los Angeles, where the demo admin lives: "today" is the seed day for them.
const NOW = new Date('2026-11-22T20:00:00Z');

let db: ScratchDatabase;
let admin: Viewer;
let ids: { current: string; midyear: string; previous: string; azure: string; security: string };
let defaults: DashboardFilters;
/** Every SQL statement the scratch database's client sends (Prisma's query event). */
let queries = 0;

const byName = <T extends { categoryName: string }>(rows: T[], name: string) => rows.find((r) => r.categoryName === name);

/** Rows the seed lacks, each dated so the counts below can be worked out by hand. */
async function addRowsTheSeedLacks() {
  const user = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const [reviewer, reviewer2, employee] = await Promise.all([
    user('reviewer@demo.test'),
    user('reviewer2@demo.test'),
    user('employee@demo.test'),
  ]);
  const submissionOf = (email: string, cycleId: string) =>
    prisma.submission.findFirstOrThrow({ where: { candidate: { email }, cycleId }, select: { id: true } });
  const nina = await submissionOf('nina.nominee@fabrikam-demo.test', ids.current);
  const sara = await submissionOf('sara.nominee@tailspin-demo.test', ids.current);
  const erin = await submissionOf('erin.example@northwind-demo.test', ids.midyear);
  const assign = (submissionId: string, reviewerId: string, status: 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'REMOVED') =>
    prisma.reviewAssignment.create({
      data: { submissionId, reviewerId, method: 'MANUAL', status, dueAt: new Date('2027-05-16T06:59:59Z') },
    });
  // Current cycle: Azure (Nina) one not started and one draft; Security (Sara) one submitted, one removed.
  await assign(nina.id, reviewer.id, 'ASSIGNED');
  await assign(nina.id, reviewer2.id, 'IN_PROGRESS');
  await assign(sara.id, reviewer.id, 'SUBMITTED');
  await assign(sara.id, reviewer2.id, 'REMOVED');
  // Mid-year round (review due 14 days after the seed day): Azure (Erin) one not started.
  await assign(erin.id, reviewer.id, 'ASSIGNED');

  // Current cycle, Security: a nomination that went all the way to an award (starting 2027-06-30).
  const awardee = await createUser({ email: 'ada.awardee@woodgrove-demo.test', name: 'Ada Awardee' });
  const decided = await prisma.nomination.create({
    data: {
      cycleId: ids.current,
      nominatorId: employee.id,
      nomineeId: awardee.id,
      nomineeName: 'Ada Awardee',
      nomineeEmail: awardee.email,
      categoryId: ids.security,
      statement: 'Teaches Conditional Access to administrators in a long-running workshop series.',
      relationship: 'MICROSOFT_CONTACT',
      status: 'DECIDED',
      createdAt: new Date('2026-09-10T16:00:00Z'),
      inviteExpiresAt: new Date('2026-10-10T16:00:00Z'),
      events: {
        create: ['INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED'].map((status) => ({ status: status as 'INVITED' })),
      },
    },
  });
  const submission = await prisma.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: decided.id,
      candidateId: awardee.id,
      cycleId: ids.current,
      categoryId: ids.security,
      windowStart: day('2025-09-20'),
      windowEnd: day('2026-09-19'),
      status: 'DECIDED',
    },
  });
  await prisma.award.create({
    data: {
      userId: awardee.id,
      categoryId: ids.security,
      cycleId: ids.current,
      submissionId: submission.id,
      startsOn: day('2027-06-30'),
      endsOn: day('2028-06-29'),
    },
  });

  // Current cycle, Azure: accepted, then withdrawn before submitting (a drop-out that reached "accepted").
  await prisma.nomination.create({
    data: {
      cycleId: ids.current,
      nominatorId: employee.id,
      nomineeName: 'Walt Withdrawn',
      nomineeEmail: 'walt.withdrawn@litware-demo.test',
      categoryId: ids.azure,
      statement: 'Writes a weekly newsletter on Azure networking read by thousands of administrators.',
      relationship: 'MICROSOFT_CONTACT',
      status: 'WITHDRAWN',
      createdAt: new Date('2026-11-17T18:00:00Z'),
      inviteExpiresAt: new Date('2026-12-17T18:00:00Z'),
      events: { create: [{ status: 'INVITED' }, { status: 'ACCEPTED' }, { status: 'WITHDRAWN' }] },
    },
  });

  // MCT applications: March self-service; June (inside the pause) and November started by a provider.
  const staff = await createUser();
  const provider = await createIscProvider({ approvedFrom: '2024-01-01', approvedUntil: '2030-12-31', staffIds: [staff.id] });
  const applicants = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
  const apply = (
    candidateId: string,
    channel: 'SELF_SERVICE' | 'PROVIDER',
    createdAt: string,
    status: 'APPROVED' | 'SUBMITTED' | 'REJECTED',
  ) =>
    prisma.mctApplication.create({
      data: {
        candidateId,
        channel,
        providerId: channel === 'PROVIDER' ? provider.id : null,
        status,
        createdAt: new Date(createdAt),
      },
    });
  await apply(applicants[0]!.id, 'SELF_SERVICE', '2026-03-10T17:00:00Z', 'APPROVED');
  await apply(applicants[1]!.id, 'PROVIDER', '2026-06-15T17:00:00Z', 'APPROVED');
  await apply(applicants[2]!.id, 'PROVIDER', '2026-11-02T17:00:00Z', 'SUBMITTED');
  // 1 December 2025, 02:00 UTC is still 30 November in Los Angeles: outside the default range.
  await apply(applicants[3]!.id, 'SELF_SERVICE', '2025-12-01T02:00:00Z', 'REJECTED');

  // A member whose year ended on 31 August 2026 (lapsed the next day) and one who switched to alumni.
  const [lapsed, alumni] = await Promise.all([createUser(), createUser()]);
  await prisma.mctMembership.create({
    data: {
      userId: lapsed.id,
      status: 'LAPSED',
      memberSince: day('2025-09-01'),
      lapsedOn: day('2026-09-01'),
      terms: { create: { startsOn: day('2025-09-01'), endsOn: day('2026-08-31') } },
    },
  });
  await prisma.mctMembership.create({
    data: {
      userId: alumni.id,
      status: 'ALUMNI',
      memberSince: day('2025-10-01'),
      alumniSince: day('2026-04-15'),
      terms: { create: { startsOn: day('2025-10-01'), endsOn: day('2026-09-30') } },
    },
  });

  // A hybrid delivery a year before the seed day, outside the default range.
  await prisma.trainingDelivery.create({
    data: {
      userId: lapsed.id,
      courseCode: 'AZ-900T00',
      courseTitle: 'Microsoft Azure Fundamentals',
      startDate: day('2025-11-20'),
      endDate: day('2025-11-21'),
      format: 'HYBRID',
      studentCount: 11,
      trainingPartner: 'Northwind Learning',
    },
  });
}

beforeAll(async () => {
  db = await createScratchDatabase();
  await migrate(db.url);
  // lib/db.ts reads its client from globalThis on every call: point it at the scratch database.
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }), log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', () => queries++);
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  await seed({ today: SEED_DAY });
  const cycle = (name: string | { startsWith: string }) => prisma.awardCycle.findFirstOrThrow({ where: { name }, select: { id: true } });
  const category = (slug: string) => prisma.awardCategory.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  ids = {
    current: (await cycle('MVP award cycle 2027–2028')).id,
    previous: (await cycle('MVP award cycle 2026–2027')).id,
    midyear: (await cycle(MIDYEAR_CYCLE_NAME(SEED_DAY))).id,
    azure: (await category('azure')).id,
    security: (await category('security')).id,
  };
  await addRowsTheSeedLacks();
  admin = await viewerOf((await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.test' } })).id, NOW);
  expect(admin.timeZone).toBe('America/Los_Angeles');
  defaults = parseDashboardFilters({}, { today: SEED_DAY, cycles: await getDashboardCycles(admin) }).filters;
});

afterAll(async () => {
  const holder = globalThis as unknown as { prisma?: PrismaClient };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  await db?.drop();
});

describe('the dashboard filters', () => {
  it('default to the current (open) cycle and the twelve months ending today', () => {
    expect(defaults).toEqual({ cycleId: ids.current, from: '2025-12-01', to: '2026-11-22' });
  });

  it('fall back to the defaults with a note for a cycle that does not exist', async () => {
    const cycles = await getDashboardCycles(admin);
    const parsed = parseDashboardFilters({ cycle: '0196f5e0-0000-7000-8000-000000000000' }, { today: SEED_DAY, cycles });
    expect(parsed.filters.cycleId).toBe(ids.current);
    expect(parsed.notes).toEqual(['The chosen award cycle does not exist; showing the current cycle instead.']);
  });
});

describe('nominations: the funnel by category', () => {
  it('counts the current cycle in the last 12 months by hand', async () => {
    const funnel = await getNominationFunnel(admin, defaults);
    expect(funnel.rows.map((r) => r.categoryName)).toEqual(['Azure', 'Security']);
    // Azure: Casey (accepted), Nina and Omar (submitted), Walt (accepted, then withdrawn).
    expect(byName(funnel.rows, 'Azure')).toMatchObject({
      reached: { INVITED: 4, ACCEPTED: 4, SUBMITTED: 2, UNDER_REVIEW: 0, DECIDED: 0, AWARDED: 0 },
      now: { INVITED: 0, ACCEPTED: 1, SUBMITTED: 2, UNDER_REVIEW: 0, DECIDED: 0, DECLINED: 0, WITHDRAWN: 1, EXPIRED: 0 },
    });
    // Security: Sara (submitted) and Ada (decided, awarded).
    expect(byName(funnel.rows, 'Security')).toMatchObject({
      reached: { INVITED: 2, ACCEPTED: 2, SUBMITTED: 2, UNDER_REVIEW: 1, DECIDED: 1, AWARDED: 1 },
      now: { SUBMITTED: 1, DECIDED: 1, WITHDRAWN: 0 },
    });
    expect(funnel.total.reached).toEqual({ INVITED: 6, ACCEPTED: 6, SUBMITTED: 4, UNDER_REVIEW: 1, DECIDED: 1, AWARDED: 1 });
    expect(funnel.takeaway).toBe('6 nominations: 4 submitted evidence (67%), 1 awarded, 1 dropped out (declined, withdrawn or expired).');
  });

  it('adds the mid-year round for every cycle, and narrows to the created dates of the range', async () => {
    const all = await getNominationFunnel(admin, { ...defaults, cycleId: null });
    expect(byName(all.rows, 'Azure')?.reached.INVITED).toBe(5); // + Erin in the mid-year round
    expect(byName(all.rows, 'Azure')?.now.SUBMITTED).toBe(3);
    const midyear = await getNominationFunnel(admin, { ...defaults, cycleId: ids.midyear });
    expect(midyear.rows.map((r) => [r.categoryName, r.reached.INVITED])).toEqual([['Azure', 1]]);
    // 1–22 November (Los Angeles): Casey (created 12 November) and Walt (17 November) only.
    const november = await getNominationFunnel(admin, { ...defaults, from: '2026-11-01' });
    expect(november.rows.map((r) => [r.categoryName, r.reached.INVITED, r.reached.SUBMITTED])).toEqual([['Azure', 2, 0]]);
    const previous = await getNominationFunnel(admin, { ...defaults, cycleId: ids.previous });
    expect(previous.rows).toEqual([]);
    expect(previous.takeaway).toBe('No nominations were made in this cycle and date range.');
  });
});

describe('reviews: progress per category', () => {
  it('counts the current cycle’s assignments by state, leaving out removed ones', async () => {
    const progress = await getReviewProgress(admin, defaults, NOW);
    expect(progress.rows).toEqual([
      { categoryId: ids.azure, categoryName: 'Azure', assigned: 1, drafted: 1, submitted: 0, overdue: 0 },
      { categoryId: ids.security, categoryName: 'Security', assigned: 0, drafted: 0, submitted: 1, overdue: 0 },
    ]);
    expect(progress.takeaway).toBe('1 of 3 reviews submitted (33%); 0 overdue, 1 in draft, 1 not started.');
  });

  it('counts open reviews as overdue once the cycle’s review due date has passed', async () => {
    // The mid-year round's reviews were due 14 days after the seed day (6 December, Pacific time).
    const before = await getReviewProgress(admin, { ...defaults, cycleId: ids.midyear }, NOW);
    expect(before.total).toEqual({ assigned: 1, drafted: 0, submitted: 0, overdue: 0 });
    const after = await getReviewProgress(admin, { ...defaults, cycleId: ids.midyear }, new Date('2026-12-10T12:00:00Z'));
    expect(after.total).toEqual({ assigned: 0, drafted: 0, submitted: 0, overdue: 1 });
    const everyCycleLater = await getReviewProgress(admin, { ...defaults, cycleId: null }, new Date('2027-06-01T12:00:00Z'));
    expect(everyCycleLater.total).toEqual({ assigned: 0, drafted: 0, submitted: 1, overdue: 3 });
  });
});

describe('awards: by category and year', () => {
  it('counts awards by the year they start, for the years of the range', async () => {
    const awards = await getAwardsByYear(admin, defaults);
    expect(awards.years).toEqual([2025, 2026]);
    // Morgan's Azure award started 140 days before the seed day (5 July 2026); Ada's starts in 2027.
    expect(awards.rows).toEqual([{ categoryId: ids.azure, categoryName: 'Azure', byYear: { 2025: 0, 2026: 1 }, total: 1 }]);
    expect(awards.takeaway).toBe('1 award starting in 2025–2026; the most in Azure (1).');
    const ahead = await getAwardsByYear(admin, { ...defaults, from: '2026-01-01', to: '2027-07-01' });
    expect(ahead.rows.map((r) => [r.categoryName, r.byYear])).toEqual([
      ['Azure', { 2026: 1, 2027: 0 }],
      ['Security', { 2026: 0, 2027: 1 }],
    ]);
  });
});

describe('MCT applications: by channel and month, with pauses', () => {
  it('counts applications by the month they were made in the admin’s zone and marks the paused months', async () => {
    const apps = await getMctApplicationsByMonth(admin, defaults);
    expect(apps.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const counted = apps.months.filter((m) => m.SELF_SERVICE + m.PROVIDER > 0);
    expect(counted.map(({ month, SELF_SERVICE, PROVIDER }) => [month, SELF_SERVICE, PROVIDER])).toEqual([
      ['2026-03', 1, 0],
      ['2026-06', 0, 1],
      ['2026-11', 0, 1],
    ]);
    expect(apps.total).toEqual({ SELF_SERVICE: 1, PROVIDER: 2 });
    // The seed's pause: 20 May to 30 September of the seed year (enrollment reopens on 1 October).
    expect(apps.pauses).toEqual([{ startsOn: '2026-05-20', endsOn: '2026-09-30' }]);
    expect(apps.months.filter((m) => m.paused).map((m) => m.month)).toEqual(['2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect(apps.takeaway).toBe(
      '3 applications: 1 self-service, 2 started by ISC providers (67%); self-service was paused in 1 window (shaded).',
    );
  });

  it('takes in the application of 30 November (Los Angeles) when the range starts a day earlier', async () => {
    const apps = await getMctApplicationsByMonth(admin, { ...defaults, from: '2025-11-30' });
    expect(apps.total).toEqual({ SELF_SERVICE: 2, PROVIDER: 2 });
    expect(apps.months[0]).toMatchObject({ month: '2025-11', SELF_SERVICE: 1 });
  });
});

describe('MCT memberships over time', () => {
  it('derives each month’s standing from membership years, alumni and lapse dates', async () => {
    const { months, takeaway } = await getMembershipsOverTime(admin, defaults, NOW);
    const table = months.map((m) => [m.month, m.ACTIVE, m.IN_RENEWAL, m.LAPSED, m.ALUMNI]);
    // Hand count. Seed: Reese (year 7 Jan 2026 – 6 Jan 2027, renewal opens 8 Oct), Taylor (from
    // 6 May 2026), Rowan (from 11 Jun 2026), Quinn (year 23 Dec 2025 – 22 Dec 2026, renewal opens
    // 23 Sep), Lee (year 15 Aug 2025 – 14 Aug 2026, renewal from 16 May, lapsed 15 Aug). Added: Lou
    // (year ends 31 Aug 2026, lapsed 1 Sep, renewal window from 2 Jun) and Al (member from 1 Oct
    // 2025, alumni since 15 Apr 2026).
    expect(table).toEqual([
      ['2025-12', 4, 0, 0, 0], // Lou, Al, Quinn, Lee
      ['2026-01', 5, 0, 0, 0], // + Reese
      ['2026-02', 5, 0, 0, 0],
      ['2026-03', 5, 0, 0, 0],
      ['2026-04', 4, 0, 0, 1], // Al alumni
      ['2026-05', 4, 1, 0, 1], // + Taylor; Lee in renewal
      ['2026-06', 4, 2, 0, 1], // + Rowan; Lou in renewal
      ['2026-07', 4, 2, 0, 1],
      ['2026-08', 4, 1, 1, 1], // Lee lapsed; Lou's last day is 31 August: still in renewal
      ['2026-09', 3, 1, 2, 1], // Lou lapsed; Quinn in renewal
      ['2026-10', 2, 2, 2, 1], // Reese in renewal
      ['2026-11', 2, 2, 2, 1],
    ]);
    expect(months.at(-1)?.asOf).toBe('2026-11-22');
    expect(takeaway).toMatch(/^On 2026-11-22: 2 active, 2 in renewal, 2 lapsed, 1 alumni/);
  });

  it('leaves out months after today and follows the range', async () => {
    const { months } = await getMembershipsOverTime(admin, { ...defaults, from: '2026-09-01', to: '2027-03-31' }, NOW);
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    // A range ending mid-October counts its last month on its last day: Reese's renewal opened on 8 October.
    const october = await getMembershipsOverTime(admin, { ...defaults, to: '2026-10-05' }, NOW);
    expect(october.months.at(-1)).toEqual({ month: '2026-10', asOf: '2026-10-05', ACTIVE: 3, IN_RENEWAL: 1, LAPSED: 2, ALUMNI: 1 });
    expect(october.takeaway).toMatch(/^On 2026-10-05: 3 active/);
  });
});

describe('training deliveries: by format', () => {
  it('counts deliveries and students by format in the range', async () => {
    const deliveries = await getDeliveriesByFormat(admin, defaults);
    // Taylor's: in person 120 days before the seed day (25 July, 14 students), virtual 40 days before
    // (13 October, 19); Quinn's: virtual 60 days before (23 September, 12).
    expect(deliveries.total).toEqual({
      IN_PERSON: { deliveries: 1, students: 14 },
      VIRTUAL: { deliveries: 2, students: 31 },
      HYBRID: { deliveries: 0, students: 0 },
    });
    expect(deliveries.months.find((m) => m.month === '2026-07')).toEqual({ month: '2026-07', IN_PERSON: 1, VIRTUAL: 0, HYBRID: 0 });
    expect(deliveries.takeaway).toBe('3 deliveries to 45 students: 1 in person, 2 virtual, 0 hybrid.');
    const wider = await getDeliveriesByFormat(admin, { ...defaults, from: '2025-11-01' });
    expect(wider.total.HYBRID).toEqual({ deliveries: 1, students: 11 });
    const autumn = await getDeliveriesByFormat(admin, { ...defaults, from: '2026-08-01' });
    expect(autumn.total.IN_PERSON.deliveries).toBe(0);
    expect(autumn.total.VIRTUAL.deliveries).toBe(2);
  });
});

describe('who may read the dashboard', () => {
  it('refuses everyone but admins, for every chart', async () => {
    const reviewer = await viewerOf((await prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@demo.test' } })).id, NOW);
    const refused = { code: 'FORBIDDEN' };
    await expect(getDashboardCycles(reviewer)).rejects.toMatchObject(refused);
    await expect(getNominationFunnel(reviewer, defaults)).rejects.toMatchObject(refused);
    await expect(getReviewProgress(reviewer, defaults)).rejects.toMatchObject(refused);
    await expect(getAwardsByYear(reviewer, defaults)).rejects.toMatchObject(refused);
    await expect(getMctApplicationsByMonth(reviewer, defaults)).rejects.toMatchObject(refused);
    await expect(getMembershipsOverTime(reviewer, defaults)).rejects.toMatchObject(refused);
    await expect(getDeliveriesByFormat(reviewer, defaults)).rejects.toMatchObject(refused);
  });
});

describe('the dashboard page’s shared snapshot of its charts', () => {
  it('is computed once for admins asking together, never written by a read, shared once stored, and refused to others', async () => {
    // A range no other test here reads, so this snapshot is this test's own.
    const filters = { ...defaults, from: '2026-01-01' };
    const key = JSON.stringify([admin.timeZone, filters.cycleId, filters.from, filters.to]);
    const deliveriesIn = (s: { deliveries: { total: Record<string, { deliveries: number }> } }) =>
      Object.values(s.deliveries.total).reduce((sum, f) => sum + f.deliveries, 0);
    const storedRows = () => prisma.dashboardSnapshot.count({ where: { key } });
    queries = 0;
    const [first, second] = await Promise.all([
      getDashboardSnapshot(admin, filters, { now: NOW }),
      getDashboardSnapshot(admin, filters, { now: NOW }),
    ]);
    const oneComputation = queries;
    expect(second.computedAt).toEqual(first.computedAt);
    expect(second.funnel).toEqual(first.funnel);
    expect(first.deliveries).toEqual(await getDeliveriesByFormat(admin, filters));
    expect(await storedRows(), 'reading the dashboard writes nothing').toBe(0);
    queries = 0;
    await getDashboardSnapshot(admin, filters, { now: NOW });
    expect(queries, `a later request within ${SNAPSHOT_SECONDS} s computes nothing: one look for a stored snapshot`).toBe(1);
    expect(oneComputation).toBeGreaterThan(1);

    // "Compute them again now" (and the background job) store the snapshot in PostgreSQL, so every other
    // server process (or instance) serves the same one: a snapshot another process stored is what this one shows.
    const later = new Date(NOW.getTime() + 5_000);
    const refreshed = await refreshDashboardSnapshot(admin, filters, { now: later });
    const stored = await prisma.dashboardSnapshot.findUniqueOrThrow({ where: { key } });
    expect(stored.computedAt).toEqual(refreshed.computedAt);
    await prisma.dashboardSnapshot.update({
      where: { key },
      data: {
        computedAt: new Date(later.getTime() + 1_000),
        charts: { ...(stored.charts as object), funnel: { marker: 'stored by another process' } },
      },
    });
    const fromOther = await getDashboardSnapshot(admin, filters, { now: new Date(later.getTime() + 2_000) });
    expect(fromOther.funnel).toEqual({ marker: 'stored by another process' });
    await prisma.dashboardSnapshot.update({ where: { key }, data: { computedAt: later, charts: stored.charts as object } });

    // A delivery recorded now shows once the snapshot is older than SNAPSHOT_SECONDS, or at once when an admin asks.
    const taylor = await prisma.user.findUniqueOrThrow({ where: { email: 'trainer@demo.test' }, select: { id: true } });
    const added = await prisma.trainingDelivery.create({
      data: {
        userId: taylor.id,
        courseCode: 'AZ-900T00',
        courseTitle: 'Snapshot test',
        startDate: new Date('2026-03-02'),
        endDate: new Date('2026-03-03'),
        format: 'VIRTUAL',
        studentCount: 3,
        trainingPartner: 'Snapshot test',
      },
    });
    const at = (seconds: number) => new Date(later.getTime() + seconds * 1000);
    try {
      const stale = await getDashboardSnapshot(admin, filters, { now: at(SNAPSHOT_SECONDS - 1) });
      expect(deliveriesIn(stale)).toBe(deliveriesIn(first));
      const recomputed = await getDashboardSnapshot(admin, filters, { now: at(SNAPSHOT_SECONDS + 1) });
      expect(deliveriesIn(recomputed)).toBe(deliveriesIn(first) + 1);
      expect(
        (await prisma.dashboardSnapshot.findUniqueOrThrow({ where: { key } })).computedAt,
        'the read left the stored row as it was',
      ).toEqual(later);
      await prisma.trainingDelivery.delete({ where: { id: added.id } });
      const asked = await refreshDashboardSnapshot(admin, filters, { now: at(SNAPSHOT_SECONDS + 2) });
      expect(deliveriesIn(asked)).toBe(deliveriesIn(first));
      expect(deliveriesIn(await getDashboardSnapshot(admin, filters, { now: at(SNAPSHOT_SECONDS + 3) }))).toBe(deliveriesIn(first));
    } finally {
      await prisma.trainingDelivery.deleteMany({ where: { id: added.id } });
    }

    const reviewer = await viewerOf((await prisma.user.findUniqueOrThrow({ where: { email: 'reviewer@demo.test' } })).id, NOW);
    await expect(getDashboardSnapshot(reviewer, filters, { now: NOW })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(refreshDashboardSnapshot(reviewer, filters, { now: NOW })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('is stored by the background job for the default view of every admin time zone', async () => {
    const now = new Date();
    const stored = await refreshDefaultDashboards(now);
    expect(stored).toBeGreaterThan(0);
    const zones = await prisma.user.findMany({
      where: { roles: { some: { role: 'ADMIN' } }, anonymizedAt: null, mergedIntoId: null },
      distinct: ['timeZone'],
      select: { timeZone: true },
    });
    expect(stored).toBe(zones.length);
    const rows = await prisma.dashboardSnapshot.findMany({ where: { computedAt: now }, select: { key: true } });
    expect(rows.map((r) => JSON.parse(r.key)[0]).sort()).toEqual(zones.map((z) => z.timeZone).sort());
    // What the page then shows an admin opening the default view is that stored snapshot.
    const { filters } = parseDashboardFilters({}, { today: dashboardToday(admin, now), cycles: await getDashboardCycles(admin) });
    expect((await getDashboardSnapshot(admin, filters, { now: new Date(now.getTime() + 1_000) })).computedAt).toEqual(now);
  });
});

/** Program-scale volumes, inserted in SQL: 30,000 members with their years, 15,000 MCT applications,
 * 30,000 deliveries, 20,000 nominations (5,000 submitted, with two reviews each). */
async function addProgramScaleRows() {
  await prisma.$executeRawUnsafe(`
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT gen_random_uuid(), 'bulk-' || g || '@bulk.test', 'Bulk ' || g, now() FROM generate_series(1, 30000) g`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "MctMembership" (id, "userId", status, "memberSince", "alumniSince", "lapsedOn", "updatedAt")
    SELECT gen_random_uuid(), u.id, s.status::"MembershipStatus", s.since,
      CASE WHEN s.status = 'ALUMNI' THEN s.since + 200 END, CASE WHEN s.status = 'LAPSED' THEN s.since + 365 END, now()
    FROM "User" u
    CROSS JOIN LATERAL (SELECT (ARRAY['ACTIVE','ACTIVE','ACTIVE','LAPSED','ALUMNI'])[1 + abs(hashtext(u.email)) % 5] AS status,
      DATE '2024-01-01' + abs(hashtext(u.email || 'd')) % 1000 AS since) s
    WHERE u.email LIKE 'bulk-%'`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "MctMembershipTerm" (id, "membershipId", "startsOn", "endsOn", "createdAt")
    SELECT gen_random_uuid(), m.id, m."memberSince" + 365 * k, m."memberSince" + 365 * k + 364,
      -- Half the second years were approved a month early (renewals), the rest when they began.
      CASE WHEN k = 1 AND abs(hashtext(m.id::text)) % 2 = 0 THEN (m."memberSince" + 335)::timestamptz
        ELSE (m."memberSince" + 365 * k)::timestamptz END
    FROM "MctMembership" m JOIN "User" u ON u.id = m."userId" CROSS JOIN generate_series(0, 1) k
    WHERE u.email LIKE 'bulk-%' AND (k = 0 OR m.status = 'ACTIVE')`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "MctApplication" (id, "candidateId", channel, "providerId", status, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), u.id, (CASE WHEN g % 3 = 0 THEN 'PROVIDER' ELSE 'SELF_SERVICE' END)::"EnrollmentChannel",
      CASE WHEN g % 3 = 0 THEN (SELECT id FROM "IscProvider" ORDER BY slug LIMIT 1) END,
      'APPROVED', TIMESTAMPTZ '2025-06-01' + (g % 540) * INTERVAL '1 day', now()
    FROM (SELECT id, row_number() OVER () AS g FROM "User" WHERE email LIKE 'bulk-%' LIMIT 15000) u`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "TrainingDelivery" (id, "userId", "courseCode", "courseTitle", "startDate", "endDate", format, "studentCount", "trainingPartner")
    SELECT gen_random_uuid(), u.id, 'AZ-104T00', 'Microsoft Azure Administrator', DATE '2025-06-01' + (g % 540)::int, DATE '2025-06-01' + (g % 540)::int + 3,
      (ARRAY['IN_PERSON','VIRTUAL','HYBRID'])[1 + g % 3]::"DeliveryFormat", 5 + g % 20, 'Bulk Partner'
    FROM (SELECT id, row_number() OVER () AS g FROM "User" WHERE email LIKE 'bulk-%') u`);
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.test' }, select: { id: true } });
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Nomination" (id, "cycleId", "nominatorId", "nomineeName", "nomineeEmail", "categoryId", statement, relationship, status,
       "inviteExpiresAt", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'Bulk nominee', 'bulk-nominee-' || g || '@bulk.test', c.id, 'Bulk statement.', 'OTHER',
       (ARRAY['INVITED','ACCEPTED','SUBMITTED','UNDER_REVIEW','DECIDED','DECLINED','WITHDRAWN','EXPIRED'])[1 + g % 8]::"NominationStatus",
       now(), TIMESTAMPTZ '2026-01-01' + (g % 300) * INTERVAL '1 day', now()
     FROM generate_series(1, 20000) g CROSS JOIN LATERAL (SELECT id FROM "AwardCategory" ORDER BY "sortOrder" OFFSET g % 8 LIMIT 1) c`,
    ids.current,
    admin.id,
  );
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Submission" (id, kind, "nominationId", "candidateId", "cycleId", "categoryId", "windowStart", "windowEnd", status)
    SELECT gen_random_uuid(), 'NOMINATION', n.id, (SELECT id FROM "User" WHERE email = 'candidate@demo.test'), n."cycleId", n."categoryId",
      DATE '2025-01-01', DATE '2025-12-31', 'UNDER_REVIEW'
    FROM "Nomination" n WHERE n."nomineeEmail" LIKE 'bulk-nominee-%' AND n.status IN ('SUBMITTED', 'UNDER_REVIEW', 'DECIDED')
    LIMIT 5000`);
  await prisma.$executeRawUnsafe(`
    INSERT INTO "ReviewAssignment" (id, "submissionId", "reviewerId", method, status, "dueAt", "updatedAt")
    SELECT gen_random_uuid(), s.id, r.id, 'AUTOMATIC',
      (ARRAY['ASSIGNED','IN_PROGRESS','SUBMITTED','REMOVED'])[1 + abs(hashtext(s.id::text || r.id::text)) % 4]::"ReviewStatus", now(), now()
    FROM "Submission" s JOIN "Nomination" n ON n.id = s."nominationId"
    CROSS JOIN (SELECT id FROM "User" WHERE email IN ('reviewer@demo.test', 'reviewer2@demo.test')) r
    WHERE n."nomineeEmail" LIKE 'bulk-nominee-%'`);
}

describe('at program scale', () => {
  it('sends the same number of queries per chart however much data there is, and derives standings as lib/auth/status.ts does', async () => {
    const charts = {
      funnel: () => getNominationFunnel(admin, defaults),
      reviews: () => getReviewProgress(admin, defaults, NOW),
      awards: () => getAwardsByYear(admin, defaults),
      applications: () => getMctApplicationsByMonth(admin, defaults),
      memberships: () => getMembershipsOverTime(admin, defaults, NOW),
      deliveries: () => getDeliveriesByFormat(admin, defaults),
    };
    const countQueries = async () => {
      const counts: Record<string, number> = {};
      for (const [name, load] of Object.entries(charts)) {
        const before = queries;
        await load();
        counts[name] = queries - before;
      }
      return counts;
    };
    const small = await countQueries();
    expect(small).toEqual({ funnel: 1, reviews: 1, awards: 1, applications: 2, memberships: 1, deliveries: 1 });

    const loadStarted = Date.now();
    await addProgramScaleRows();
    await prisma.$executeRawUnsafe('ANALYZE');
    const loadedIn = Date.now() - loadStarted;
    expect(await prisma.mctMembership.count()).toBeGreaterThan(30_000);

    const timings: Record<string, number> = {};
    for (const [name, load] of Object.entries(charts)) {
      const started = performance.now();
      await load();
      timings[name] = Math.round(performance.now() - started);
    }
    expect(await countQueries()).toEqual(small);
    // Figures for the reader (a busy shared machine: not asserted).
    console.log(`[admin-dashboard] bulk rows loaded in ${loadedIn} ms; chart times at program scale (ms):`, timings);
    // The SQL against the one rule in lib/auth/status.ts, member by member, on each month's day: the
    // years known that day (begun, or approved ahead), alumni and lapse dates as stored.
    const members = await prisma.mctMembership.findMany({
      select: {
        status: true,
        memberSince: true,
        alumniSince: true,
        lapsedOn: true,
        terms: { select: { startsOn: true, endsOn: true, createdAt: true } },
      },
    });
    const { months } = await getMembershipsOverTime(admin, defaults, NOW);
    for (const point of months) {
      const expected = { ACTIVE: 0, IN_RENEWAL: 0, LAPSED: 0, ALUMNI: 0 };
      for (const m of members) {
        const d = point.asOf;
        const known = m.terms.filter((t) => dateKey(t.startsOn) <= d || todayIn(admin.timeZone, t.createdAt) <= d);
        if (dateKey(m.memberSince) > d || known.length === 0) continue;
        const overrideOn = m.status === 'ALUMNI' ? m.alumniSince : m.status === 'LAPSED' ? m.lapsedOn : null;
        const stored = overrideOn && dateKey(overrideOn) <= d ? m.status : 'ACTIVE';
        const { standing } = deriveMctStanding({ status: stored, terms: known }, d);
        if (standing !== 'NONE') expected[standing]++;
      }
      expect({
        month: point.month,
        ACTIVE: point.ACTIVE,
        IN_RENEWAL: point.IN_RENEWAL,
        LAPSED: point.LAPSED,
        ALUMNI: point.ALUMNI,
      }).toEqual({
        month: point.month,
        ...expected,
      });
    }

    const nominations = await getNominationFunnel(admin, { ...defaults, cycleId: null });
    expect(nominations.total.reached.INVITED).toBeGreaterThan(20_000);
  });
});
