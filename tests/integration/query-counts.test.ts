// Queries per call of the main reads stay the same when the data grows (no N+1): each is counted
// with the demo seed alone, then again after the large dataset (scripts/large-dataset.ts) added
// tens of times the evidence, reviews, deliveries and audit entries, many of them on the very
// accounts being read (the demo reviewer's queue, the demo candidate's log, Northwind's completions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFilterSchema } from '@/lib/audit/schema';
import { getAdminOverview } from '@/lib/admin/queries';
import { getDecisionBoard } from '@/lib/decisions/queries';
import { decisionViewSchema } from '@/lib/decisions/schema';
import { getEvidenceOverview } from '@/lib/evidence/queries';
import { listSubmissionReach } from '@/lib/evidence/reach-queries';
import { applicationFilterSpec, parseFilters } from '@/lib/exports/filters';
import { listApplications } from '@/lib/exports/mct-applications';
import { getMyMembership } from '@/lib/memberships/queries';
import { listMyNominations, listNominationsReceived } from '@/lib/nominations/queries';
import { searchPeople } from '@/lib/people/admin-queries';
import { searchPeopleSchema } from '@/lib/people/admin-schema';
import { getProviderWorkspace } from '@/lib/providers/queries';
import { getReviewWorkspace, listReviewQueue } from '@/lib/reviews/queries';
import { seed } from '@/prisma/seed-data';
import { loadLargeDataset } from '@/scripts/large-dataset';
import { openRecordingDatabase, type RecordingDatabase } from '../support/large-db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { listAuditEvents } from '@/lib/admin/audit-log';

const SEED_DAY = '2026-11-22';
const NOW = new Date('2026-11-22T20:00:00Z');

let db: RecordingDatabase;
const small = new Map<string, number>();
const large = new Map<string, number>();
const rows = new Map<string, [number, number]>();
let firstCounts: Record<string, number> = {};
let again: Awaited<ReturnType<typeof loadLargeDataset>>;

async function viewerOf(email: string): Promise<Viewer> {
  const { rows: found } = await db.sql.query<{ id: string }>('SELECT id FROM "User" WHERE email = $1', [email]);
  const viewer = await loadViewer(found[0]!.id, NOW);
  if (!viewer) throw new Error(`no viewer for ${email}`);
  return viewer;
}

/** The reads, each with what it is called with; `reviewSubmission` is the review page's submission. */
async function measure(into: Map<string, number>, reviewSubmission: string) {
  const admin = await viewerOf('admin@demo.test');
  const reviewer = await viewerOf('reviewer@demo.test');
  const candidate = await viewerOf('candidate@demo.test');
  const provider = await viewerOf('provider@demo.test');
  const trainer = await viewerOf('trainer@demo.test');
  const mvp = await viewerOf('mvp@demo.test');
  const one = async (sql: string) => (await db.sql.query<{ id: string }>(sql)).rows[0]!.id;
  const cycle = await one(`SELECT id FROM "AwardCycle" WHERE status = 'OPEN' AND name LIKE 'MVP award cycle %'`);
  const azure = await one(`SELECT id FROM "AwardCategory" WHERE slug = 'azure'`);
  const northwind = await one(`SELECT id FROM "IscProvider" WHERE slug = 'northwind-learning'`);
  const reads: Record<string, () => Promise<unknown>> = {
    'reviewer queue (listReviewQueue)': () => listReviewQueue(reviewer, NOW),
    'review page (getReviewWorkspace)': () => getReviewWorkspace(admin, reviewSubmission),
    'review page reach percentiles (listSubmissionReach)': () => listSubmissionReach(admin, reviewSubmission),
    'decision table (getDecisionBoard)': () => getDecisionBoard(admin, decisionViewSchema.parse({ cycle, category: azure })),
    'evidence log and chart (getEvidenceOverview)': () => getEvidenceOverview(candidate, NOW),
    'provider completions (getProviderWorkspace)': () => getProviderWorkspace(provider, northwind, { page: 2 }, NOW),
    'admin overview (getAdminOverview)': () => getAdminOverview(admin),
    'audit log (listAuditEvents)': () => listAuditEvents(admin, auditFilterSchema.parse({ page: '2' })),
    'people search (searchPeople)': () => searchPeople(admin, searchPeopleSchema.parse({ q: 'an' })),
    'MCT applications table (listApplications)': () =>
      listApplications(admin, parseFilters(applicationFilterSpec, { status: 'SUBMITTED' }).values),
    'membership (getMyMembership)': () => getMyMembership(trainer, NOW),
    'nominations received (listNominationsReceived)': () => listNominationsReceived(candidate),
    'nominations made (listMyNominations)': () => listMyNominations(mvp),
  };
  for (const [name, read] of Object.entries(reads)) {
    const { statements } = await db.record(read);
    into.set(name, statements.length);
  }
}

beforeAll(async () => {
  db = await openRecordingDatabase();
  await seed({ today: SEED_DAY });
  const nina = (
    await db.sql.query<{ id: string }>(
      `SELECT s.id FROM "Submission" s JOIN "User" u ON u.id = s."candidateId" WHERE u.email = 'nina.nominee@fabrikam-demo.test'`,
    )
  ).rows[0]!.id;
  await measure(small, nina);
  const loaded = await loadLargeDataset(db.sql, { scale: 0.02, today: SEED_DAY });
  again = await loadLargeDataset(db.sql, { scale: 0.02, today: SEED_DAY });
  firstCounts = loaded.counts;
  // The large dataset's review page: the submission with the most frozen items and reviews.
  const biggest = (
    await db.sql.query<{ id: string }>(
      `SELECT s.id FROM "Submission" s JOIN "ReviewAssignment" a ON a."submissionId" = s.id
       GROUP BY s.id ORDER BY (SELECT count(*) FROM "SubmissionItem" i WHERE i."submissionId" = s.id) * count(*) DESC LIMIT 1`,
    )
  ).rows[0]!.id;
  await measure(large, biggest);
  for (const [name, n] of small) rows.set(name, [n, large.get(name)!]);
  console.table([...rows].map(([read, [s, l]]) => ({ read, 'queries (demo seed)': s, 'queries (large dataset)': l })));
}, 300_000);

afterAll(async () => {
  await db?.close();
});

describe('queries per call do not grow with the data', () => {
  it('the large dataset really is larger on the accounts read', async () => {
    const count = async (sql: string) => Number((await db.sql.query<{ n: string }>(sql)).rows[0]!.n);
    expect(
      await count(`SELECT count(*) AS n FROM "EvidenceItem" e JOIN "User" u ON u.id = e."ownerId" WHERE u.email = 'candidate@demo.test'`),
    ).toBeGreaterThan(300);
    expect(
      await count(
        `SELECT count(*) AS n FROM "ReviewAssignment" a JOIN "User" u ON u.id = a."reviewerId" WHERE u.email = 'reviewer@demo.test'`,
      ),
    ).toBeGreaterThan(10);
    expect(await count(`SELECT count(*) AS n FROM "AuditEvent"`)).toBeGreaterThan(5_000);
  });

  it('loading the large dataset a second time adds nothing', () => {
    expect(again.loaded).toBe(false);
    expect(again.counts).toEqual(firstCounts);
    expect(firstCounts.EvidenceItem).toBeGreaterThan(4_000);
  });

  it.each([
    'reviewer queue (listReviewQueue)',
    'review page (getReviewWorkspace)',
    'review page reach percentiles (listSubmissionReach)',
    'decision table (getDecisionBoard)',
    'evidence log and chart (getEvidenceOverview)',
    'provider completions (getProviderWorkspace)',
    'admin overview (getAdminOverview)',
    'audit log (listAuditEvents)',
    'people search (searchPeople)',
    'MCT applications table (listApplications)',
    'membership (getMyMembership)',
    'nominations received (listNominationsReceived)',
    'nominations made (listMyNominations)',
  ])('%s sends as many queries on the large dataset as on the demo seed', (name) => {
    const [before, after] = rows.get(name)!;
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
  });
});
