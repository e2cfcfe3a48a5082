// The admin tables' CSV exports (/api/exports/<name>): admins only, the same filters as the tables,
// formula cells neutralised, and streamed in keyset batches so that 100,000 rows export while the
// exporter holds one batch at a time.
import Papa from 'papaparse';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { GET as exportAwards } from '@/app/api/exports/awards/route';
import { GET as exportDeliveries } from '@/app/api/exports/deliveries/route';
import { GET as exportApplications } from '@/app/api/exports/mct-applications/route';
import { GET as exportMembers } from '@/app/api/exports/members/route';
import { GET as exportNominations } from '@/app/api/exports/nominations/route';
import { GET as exportReviews } from '@/app/api/exports/reviews/route';
import { prisma } from '@/lib/db';
import { addDays, todayIn } from '@/lib/dates';
import { deliveriesExport } from '@/lib/exports/deliveries';
import { listApplications } from '@/lib/exports/mct-applications';
import { listMembers } from '@/lib/exports/members';
import { listNominations } from '@/lib/exports/nominations';
import { listReviews } from '@/lib/exports/reviews';
import { csvResponse, EXPORT_BATCH_SIZE } from '@/lib/exports/stream';
import { sql, testDatabaseUrl } from '@/tests/support/db';
import { createCategory, createUser, day, unique, uniqueEmail } from '@/tests/support/factories';
import { createIscProvider } from '@/tests/support/mct-factories';
import { createAdmin, createReviewCycle, createReviewer, createSubmittedNomination, viewerOf } from '@/tests/support/review-factories';
import type { Viewer } from '@/lib/auth/viewer';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => session.viewer }));

type Handler = (request: Request) => Promise<Response>;

const call = (handler: Handler, path: string, query = '') => handler(new Request(`http://localhost/api/exports/${path}?${query}`));

/** The response as rows of cells (RFC 4180 parsed), after checking it is a UTF-8 CSV with a BOM. */
async function csvOf(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

/** Rows as objects keyed by header. */
const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? ''])));

const ROUTES: [string, Handler][] = [
  ['nominations', exportNominations],
  ['reviews', exportReviews],
  ['awards', exportAwards],
  ['mct-applications', exportApplications],
  ['members', exportMembers],
  ['deliveries', exportDeliveries],
];

describe('who may export', () => {
  it('refuses the signed-out (401) and anyone but an admin (403) on every export', async () => {
    const reviewer = await viewerOf((await createReviewer([])).id);
    for (const [path, handler] of ROUTES) {
      session.viewer = null;
      const signedOut = await call(handler, path);
      expect(signedOut.status, path).toBe(401);
      expect(await signedOut.text()).toMatch(/^Sign in to export/);
      session.viewer = reviewer;
      const forbidden = await call(handler, path);
      expect(forbidden.status, path).toBe(403);
      expect(await forbidden.text()).toMatch(/^Only program admins can export/);
    }
  });

  it('answers a malformed filter with a 400 that names it, never a 500', async () => {
    session.viewer = await createAdmin();
    const bad = await call(exportNominations, 'nominations', 'status=PENDING&from=2027-02-30');
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('The status “PENDING” was ignored');
    expect(text).toContain('The from date “2027-02-30” was ignored: that day does not exist.');
    expect((await call(exportDeliveries, 'deliveries', 'format=ONLINE')).status).toBe(400);
    expect((await call(exportMembers, 'members', 'status=active')).status).toBe(400);
  });
});

describe('nominations export', () => {
  it('exports the filtered nominations, dates read in the admin’s time zone, with formulas neutralised', async () => {
    const adminUser = await createUser({ roles: ['ADMIN'], timeZone: 'America/Los_Angeles', email: uniqueEmail('admin', 'programs.test') });
    const admin = await viewerOf(adminUser.id);
    session.viewer = admin;
    const cycle = await createReviewCycle();
    const [category, other] = [await createCategory(), await createCategory()];
    const nominator = await createUser({ roles: ['EMPLOYEE'], name: 'Nora Nominator' });
    const nominate = (nomineeName: string, categoryId: string, status: 'INVITED' | 'SUBMITTED', createdAt: string) =>
      prisma.nomination.create({
        data: {
          cycleId: cycle.id,
          nominatorId: nominator.id,
          nomineeName,
          nomineeEmail: uniqueEmail('nominee'),
          categoryId,
          statement: 'Runs a monthly user group, answers forum questions, and writes in-depth articles.',
          relationship: 'COMMUNITY_PEER',
          status,
          inviteExpiresAt: new Date('2030-01-01T00:00:00Z'),
          createdAt: new Date(createdAt),
        },
      });
    // 03:00 UTC on 1 April is still 31 March in Los Angeles, so it is inside "to 31 March".
    const hyperlink = await nominate('=HYPERLINK("http://evil.example","Click")', category.id, 'INVITED', '2027-04-01T03:00:00Z');
    const sum = await nominate('@SUM(A1:A9)', category.id, 'SUBMITTED', '2027-03-10T12:00:00Z');
    await nominate('Too Late', category.id, 'INVITED', '2027-04-01T08:00:00Z');
    await nominate('-2+3', other.id, 'INVITED', '2027-03-10T12:00:00Z');

    const query = `cycle=${cycle.id}&category=${category.id}&from=2027-03-01&to=2027-03-31`;
    const response = await call(exportNominations, 'nominations', query);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="nominations-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const rows = await csvOf(response);
    expect(rows[0]).toEqual([
      'Nomination id',
      'Award cycle',
      'Award category',
      'Focus area',
      'Status',
      'Nominee name',
      'Nominee email',
      'Nominee has an account',
      'Nominator name',
      'Nominator email',
      'Relationship',
      'Endorsements',
      'Created at',
      'Invitation expires at',
      'Responded at',
      'Evidence submitted at',
      'Closed at',
      'Statement',
    ]);
    const byId = new Map(records(rows).map((r) => [r['Nomination id'], r]));
    expect([...byId.keys()].sort()).toEqual([hyperlink.id, sum.id].sort());
    expect(byId.get(hyperlink.id)).toMatchObject({
      'Award cycle': cycle.name,
      'Award category': category.name,
      Status: 'Invited',
      'Nominee name': `'=HYPERLINK("http://evil.example","Click")`,
      'Nominator name': 'Nora Nominator',
      Relationship: expect.any(String),
      Endorsements: '0',
      'Created at': '2027-04-01T03:00:00.000Z',
    });
    expect(byId.get(sum.id)!['Nominee name']).toBe("'@SUM(A1:A9)");

    // The status filter, and the table page reading the same filter.
    const submitted = records(await csvOf(await call(exportNominations, 'nominations', `${query}&status=SUBMITTED`)));
    expect(submitted.map((r) => r['Nomination id'])).toEqual([sum.id]);
    const page = await listNominations(admin, { cycle: cycle.id, category: category.id, from: '2027-03-01', to: '2027-03-31' });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.id).sort()).toEqual([hyperlink.id, sum.id].sort());

    // The planted "-2+3" nominee is neutralised in the other category.
    const others = records(await csvOf(await call(exportNominations, 'nominations', `cycle=${cycle.id}&category=${other.id}`)));
    expect(others.map((r) => r['Nominee name'])).toEqual(["'-2+3"]);
  });
});

describe('reviews export', () => {
  it('exports assignments by state with submitted scores per criterion and the weighted total; removed ones never', async () => {
    const admin = await createAdmin();
    session.viewer = admin;
    const category = await createCategory();
    const cycle = await createReviewCycle({ reviewDueAt: new Date('2099-01-01T00:00:00Z') });
    const late = await createReviewCycle({ reviewDueAt: new Date('2020-01-01T00:00:00Z') });
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    const lateSub = await createSubmittedNomination({ cycleId: late.id, categoryId: category.id });
    const reviewers = await Promise.all(
      ['-2+3', 'Dana Drafter', 'Alex Assigned', 'Rene Removed', 'Olly Overdue'].map((name) => createReviewer([category.id], { name })),
    );
    const assign = (submissionId: string, reviewerId: string, status: 'ASSIGNED' | 'IN_PROGRESS' | 'SUBMITTED' | 'REMOVED') =>
      prisma.reviewAssignment.create({
        data: {
          submissionId,
          reviewerId,
          method: 'MANUAL',
          status,
          dueAt: new Date('2099-01-01T00:00:00Z'),
          ...(status === 'SUBMITTED'
            ? { submittedAt: new Date('2027-05-01T10:00:00Z'), confidence: 3, committeeComment: '=cmd|" /C calc"!A0' }
            : {}),
        },
      });
    const submitted = await assign(sub.submission.id, reviewers[0]!.id, 'SUBMITTED');
    const drafted = await assign(sub.submission.id, reviewers[1]!.id, 'IN_PROGRESS');
    const assigned = await assign(sub.submission.id, reviewers[2]!.id, 'ASSIGNED');
    await assign(sub.submission.id, reviewers[3]!.id, 'REMOVED');
    const overdue = await assign(lateSub.submission.id, reviewers[4]!.id, 'ASSIGNED');
    // Impact 5 (0.30), quality 4 (0.25), consistency 3, leadership 2, fit 1 (0.15 each): 3.4.
    await prisma.reviewScore.createMany({
      data: cycle.criteria.map((c, i) => ({ assignmentId: submitted.id, criterionId: c.id, score: 5 - i })),
    });
    // A draft's scores are not final and are not exported.
    await prisma.reviewScore.createMany({ data: cycle.criteria.map((c) => ({ assignmentId: drafted.id, criterionId: c.id, score: 1 })) });

    const rows = await csvOf(await call(exportReviews, 'reviews', `cycle=${cycle.id}&category=${category.id}`));
    expect(rows[0]).toEqual([
      'Review id',
      'Submission id',
      'Award cycle',
      'Award category',
      'Kind',
      'Candidate name',
      'Candidate email',
      'Reviewer name',
      'Reviewer email',
      'Assigned',
      'State',
      'Assigned at',
      'Due at',
      'Submitted at',
      'Confidence',
      'Score: Impact and reach',
      'Score: Quality and technical depth',
      'Score: Consistency across the 12 months',
      'Score: Community leadership',
      'Score: Fit to the category',
      'Weighted total',
      'Committee comment',
      'Feedback for the candidate',
    ]);
    const byId = new Map(records(rows).map((r) => [r['Review id'], r]));
    expect([...byId.keys()].sort()).toEqual([submitted.id, drafted.id, assigned.id].sort());
    expect(byId.get(submitted.id)).toMatchObject({
      'Reviewer name': "'-2+3",
      'Candidate name': sub.candidate.name,
      State: 'Submitted',
      'Due at': '2099-01-01T00:00:00.000Z',
      'Submitted at': '2027-05-01T10:00:00.000Z',
      Confidence: '3',
      'Score: Impact and reach': '5',
      'Score: Fit to the category': '1',
      'Weighted total': '3.4',
      'Committee comment': `'=cmd|" /C calc"!A0`,
    });
    expect(byId.get(drafted.id)).toMatchObject({ State: 'Draft in progress', 'Score: Impact and reach': '', 'Weighted total': '' });
    expect(byId.get(assigned.id)!.State).toBe('Assigned, not started');

    const only = async (query: string) =>
      records(await csvOf(await call(exportReviews, 'reviews', `category=${category.id}&${query}`))).map((r) => r['Review id']);
    expect(await only(`cycle=${cycle.id}&state=submitted`)).toEqual([submitted.id]);
    expect(await only(`cycle=${cycle.id}&state=drafted`)).toEqual([drafted.id]);
    expect(await only(`cycle=${cycle.id}&state=overdue`)).toEqual([]);
    expect(await only(`cycle=${late.id}&state=overdue`)).toEqual([overdue.id]);
    // Each review has one state: an overdue one is not also "assigned".
    expect(await only(`cycle=${late.id}&state=assigned`)).toEqual([]);
    expect(await only(`cycle=${cycle.id}&state=assigned`)).toEqual([assigned.id]);
    expect(await only('state=overdue')).toEqual([overdue.id]);

    const page = await listReviews(admin, { cycle: late.id, category: category.id });
    expect(page.rows.map((r) => [r.id, r.state])).toEqual([[overdue.id, 'overdue']]);
  });
});

describe('awards export', () => {
  it('exports award years of a category starting in a year', async () => {
    session.viewer = await createAdmin();
    const category = await createCategory();
    const cycle = await createReviewCycle();
    const holder = await createUser({ name: '@SUM(1+1)' });
    const other = await createUser({ name: 'Oona Other' });
    const award = await prisma.award.create({
      data: {
        userId: holder.id,
        categoryId: category.id,
        cycleId: cycle.id,
        startsOn: day('2031-07-01'),
        endsOn: day('2032-06-30'),
        acceptedAt: new Date('2031-06-20T09:00:00Z'),
      },
    });
    await prisma.award.create({
      data: { userId: other.id, categoryId: category.id, cycleId: cycle.id, startsOn: day('2032-07-01'), endsOn: day('2033-06-30') },
    });
    const rows = await csvOf(await call(exportAwards, 'awards', `category=${category.id}&year=2031`));
    expect(rows[0]).toEqual([
      'Award id',
      'Holder id',
      'Holder name',
      'Holder email',
      'Award category',
      'Focus area',
      'Award cycle',
      'Starts on',
      'Ends on',
      'Status',
      'Accepted at',
      'Revoked at',
      'Renewal',
      'Submission id',
    ]);
    expect(records(rows)).toEqual([
      expect.objectContaining({
        'Award id': award.id,
        'Holder name': "'@SUM(1+1)",
        'Holder email': holder.email,
        'Award category': category.name,
        'Award cycle': cycle.name,
        'Starts on': '2031-07-01',
        'Ends on': '2032-06-30',
        Status: 'Accepted, starts later',
        'Accepted at': '2031-06-20T09:00:00.000Z',
        Renewal: 'no',
      }),
    ]);
    expect(records(await csvOf(await call(exportAwards, 'awards', `category=${category.id}`)))).toHaveLength(2);
  });
});

describe('MCT applications export', () => {
  it('exports by channel, month started (admin’s time zone) and status; unfiltered it is the submitted queue', async () => {
    const admin = await createAdmin();
    session.viewer = admin;
    const staff = await createUser({ name: 'Pat Provider' });
    const provider = await createIscProvider({ approvedFrom: '2000-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
    const apply = async (name: string, channel: 'SELF_SERVICE' | 'PROVIDER', status: 'SUBMITTED' | 'APPROVED', createdAt: string) =>
      prisma.mctApplication.create({
        data: {
          candidateId: (await createUser({ name })).id,
          channel,
          status,
          ...(channel === 'PROVIDER' ? { providerId: provider.id, initiatedById: staff.id } : {}),
          submittedAt: new Date(createdAt),
          createdAt: new Date(createdAt),
        },
      });
    const viaProvider = await apply('+1 555 0100', 'PROVIDER', 'APPROVED', '2001-05-31T23:30:00Z');
    const selfService = await apply('Sam Self', 'SELF_SERVICE', 'SUBMITTED', '2001-05-10T12:00:00Z');
    await apply('Jun June', 'PROVIDER', 'SUBMITTED', '2001-06-01T00:30:00Z');

    const rows = await csvOf(await call(exportApplications, 'mct-applications', 'channel=PROVIDER&month=2001-05'));
    expect(rows[0]!.slice(0, 9)).toEqual([
      'Application id',
      'Candidate id',
      'Candidate name',
      'Candidate email',
      'Channel',
      'ISC provider',
      'Started by',
      'Kind',
      'Status',
    ]);
    expect(records(rows)).toEqual([
      expect.objectContaining({
        'Application id': viaProvider.id,
        'Candidate name': "'+1 555 0100",
        Channel: 'Started by ISC provider',
        'ISC provider': provider.name,
        'Started by': staff.email,
        Status: 'Approved',
        'Started at': '2001-05-31T23:30:00.000Z',
      }),
    ]);
    const ids = async (query: string) =>
      records(await csvOf(await call(exportApplications, 'mct-applications', query))).map((r) => r['Application id']);
    expect(await ids('month=2001-05&status=SUBMITTED')).toEqual([selfService.id]);
    expect((await ids('month=2001-05')).sort()).toEqual([viaProvider.id, selfService.id].sort());

    // In Los Angeles, 31 May 23:30 UTC is still May, and 1 June 00:30 UTC is 31 May.
    const la = await viewerOf((await createUser({ roles: ['ADMIN'], timeZone: 'America/Los_Angeles' })).id);
    const mayInLa = await listApplications(la, { month: '2001-05', channel: 'PROVIDER' });
    expect(mayInLa.rows.map((r) => r.candidate.name).sort()).toEqual(['+1 555 0100', 'Jun June']);

    const queue = await listApplications(admin, {});
    expect(queue.rows.every((r) => r.status === 'SUBMITTED')).toBe(true);
    expect(await ids('')).toContain(selfService.id);
    expect(await ids('')).not.toContain(viaProvider.id);
  });
});

describe('members export', () => {
  it('exports members by standing, “in renewal” and overdue lapses derived from the latest year', async () => {
    const admin = await createAdmin();
    session.viewer = admin;
    const settings = await prisma.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
    const today = todayIn(settings?.timeZone ?? 'UTC');
    const member = async (name: string, status: 'ACTIVE' | 'LAPSED' | 'ALUMNI', endsIn: number) => {
      const user = await createUser({ name });
      const endsOn = addDays(today, endsIn);
      return prisma.mctMembership.create({
        data: {
          userId: user.id,
          status,
          memberSince: day(addDays(endsOn, -364)),
          terms: { create: [{ startsOn: day(addDays(endsOn, -364)), endsOn: day(endsOn) }] },
        },
        select: { id: true, userId: true },
      });
    };
    const mine = {
      active: await member('=Active Member', 'ACTIVE', 200),
      renewing: await member('Rae Renewing', 'ACTIVE', 30),
      ended: await member('Ed Ended', 'ACTIVE', -5),
      lapsed: await member('Lee Lapsed', 'LAPSED', -400),
      alumni: await member('Al Alumni', 'ALUMNI', -100),
    };
    const myIds = new Set(Object.values(mine).map((m) => m.id));
    const standingOf = async (status: string) => {
      const rows = records(await csvOf(await call(exportMembers, 'members', `status=${status}`)));
      // Every exported row has the standing asked for, whoever else is in the database.
      const labels = { ACTIVE: 'Active', IN_RENEWAL: 'In renewal', LAPSED: 'Lapsed', ALUMNI: 'Alumni' } as const;
      expect(new Set(rows.map((r) => r.Standing))).toEqual(new Set([labels[status as keyof typeof labels]]));
      return rows.filter((r) => myIds.has(r['Membership id']!)).map((r) => r['Membership id']);
    };
    expect(await standingOf('ACTIVE')).toEqual([mine.active.id]);
    expect(await standingOf('IN_RENEWAL')).toEqual([mine.renewing.id]);
    expect((await standingOf('LAPSED')).sort()).toEqual([mine.ended.id, mine.lapsed.id].sort());
    expect(await standingOf('ALUMNI')).toEqual([mine.alumni.id]);

    const all = records(await csvOf(await call(exportMembers, 'members', '')));
    const active = all.find((r) => r['Membership id'] === mine.active.id)!;
    expect(active).toMatchObject({
      Name: "'=Active Member",
      Standing: 'Active',
      'Stored status': 'ACTIVE',
      'Current year ends on': addDays(today, 200),
      'Renewal opens on': addDays(today, 110),
      'Membership years': '1',
      'Training deliveries': '0',
      'Lounge access': 'NONE',
    });
    // Other test files leave members too: read every page of the table.
    const ids: string[] = [];
    for (let n = 1, pages = 1; n <= pages; n++) {
      const page = await listMembers(admin, { status: 'IN_RENEWAL', page: n });
      expect(page.rows.every((r) => r.standing === 'IN_RENEWAL')).toBe(true);
      ids.push(...page.rows.map((r) => r.id));
      pages = page.pageCount;
    }
    expect(ids).toContain(mine.renewing.id);
  });
});

describe('deliveries export', () => {
  it('exports deliveries by format and start date, formulas neutralised', async () => {
    session.viewer = await createAdmin();
    const trainer = await createUser({ name: 'Tess Trainer' });
    const deliver = (format: 'IN_PERSON' | 'VIRTUAL', startDate: string, trainingPartner: string) =>
      prisma.trainingDelivery.create({
        data: {
          userId: trainer.id,
          courseCode: 'AZ-104T00',
          courseTitle: 'Microsoft Azure Administrator',
          startDate: day(startDate),
          endDate: day(startDate),
          format,
          studentCount: 12,
          trainingPartner,
          satisfactionScore: '8.25',
        },
      });
    const inRange = await deliver('VIRTUAL', '2002-03-31', `=cmd|' /C calc'!A0`);
    await deliver('VIRTUAL', '2002-04-01', 'Northwind');
    await deliver('IN_PERSON', '2002-03-15', 'Contoso');
    const rows = await csvOf(await call(exportDeliveries, 'deliveries', 'format=VIRTUAL&from=2002-03-01&to=2002-03-31'));
    expect(rows).toEqual([
      [
        'Delivery id',
        'Trainer id',
        'Trainer name',
        'Trainer email',
        'Course code',
        'Course title',
        'Start date',
        'End date',
        'Format',
        'Students',
        'Training partner',
        'Satisfaction',
        'Renewal id',
        'Recorded from',
        'Recorded at',
      ],
      [
        inRange.id,
        trainer.id,
        'Tess Trainer',
        trainer.email,
        'AZ-104T00',
        'Microsoft Azure Administrator',
        '2002-03-31',
        '2002-03-31',
        'Virtual',
        '12',
        `'=cmd|' /C calc'!A0`,
        '8.25',
        '',
        'Form',
        inRange.createdAt.toISOString(),
      ],
    ]);
  });
});

describe('100,000 rows', () => {
  const trainerEmail = uniqueEmail('bulk-trainer');
  afterAll(async () => {
    // Leave nothing behind for later files of the run.
    await sql(testDatabaseUrl(), `DELETE FROM "TrainingDelivery" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [
      trainerEmail,
    ]);
  });

  // Generous: inserting and exporting 100,000 rows takes about 25 s on a busy 2-core machine.
  it('exports them all while holding one batch at a time, and reads nothing ahead of a paused client', { timeout: 180_000 }, async () => {
    const admin = await createAdmin();
    const trainer = await createUser({ email: trainerEmail, name: unique('Bulk Trainer') });
    const started = Date.now();
    await sql(
      testDatabaseUrl(),
      `INSERT INTO "TrainingDelivery" (id, "userId", "courseCode", "courseTitle", "startDate", "endDate", format, "studentCount", "trainingPartner", "satisfactionScore")
       SELECT gen_random_uuid(), $1, 'AZ-104T00', 'Course number ' || i, date '1990-01-01' + (i % 365), date '1990-01-01' + (i % 365) + 2,
              'HYBRID'::"DeliveryFormat", 10 + i % 20, 'Partner, Inc.', 8.5
       FROM generate_series(1, 100000) AS i`,
      [trainer.id],
    );
    const inserted = Date.now();

    let fetched = 0;
    let consumed = 0;
    let batches = 0;
    let maxInFlight = 0;
    const csv = deliveriesExport(admin, { from: '1990-01-01', to: '1991-01-05' });
    const response = csvResponse(
      `${csv.name}.csv`,
      csv.stream({
        onBatch: (rows) => {
          batches += 1;
          fetched += rows;
          // Rows read from the database that the client has not taken yet.
          maxInFlight = Math.max(maxInFlight, fetched - consumed);
        },
      }),
    );
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let lines = 0;
    let firstLine = '';
    let chunks = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (chunks === 0) firstLine = text.split('\r\n')[0]!;
      const count = text.split('\r\n').length - 1;
      lines += count;
      if (chunks > 0) consumed += count;
      chunks += 1;
      if (chunks === 3) {
        // A client that stops reading: nothing more is fetched meanwhile.
        await new Promise((r) => setTimeout(r, 200));
        expect(batches).toBe(2);
      }
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }
    const heapAfter = process.memoryUsage().heapUsed;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `[exports] 100,000 deliveries: inserted in ${inserted - started} ms, exported in ${Date.now() - inserted} ms as ${chunks} chunks; ` +
        `heap before ${mb(heapBefore)}, peak ${mb(heapPeak)}, after ${mb(heapAfter)}; at most ${maxInFlight} rows in flight`,
    );

    expect(firstLine.replace(/^\uFEFF/, '')).toMatch(/^Delivery id,Trainer id,/);
    expect(lines).toBe(100_001);
    expect(fetched).toBe(100_000);
    // 100 full batches, then one empty read that ends the keyset walk.
    expect(batches).toBe(100_000 / EXPORT_BATCH_SIZE);
    expect(maxInFlight).toBeLessThanOrEqual(EXPORT_BATCH_SIZE);
  });
});
