// Reach percentiles on PostgreSQL: the "ReachPercentile" view ranks frozen items within their cycle
// (in the submission's category when at least 20 items have the figure, else across the cycle's
// type), says "too few" under 20, leaves withdrawn submissions out, changes only when refreshed,
// and is read only by those who may read the submission or the log. Every test makes its own cycle
// and categories: the shared database holds other tests' (and the large dataset's) items.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addDays, todayIn } from '@/lib/dates';
import { reachLineFor, type ReachFigure } from '@/lib/evidence/reach';
import { listEvidenceReach, listSubmissionReach, refreshReachPercentiles } from '@/lib/evidence/reach-queries';
import type { ContributionType, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { QUEUES } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { createCategory, createNomination, createUser, day, uniqueEmail } from '@/tests/support/factories';
import { createAdmin, createReviewCycle, createReviewer, viewerOf } from '@/tests/support/review-factories';

type FrozenItem = { type: ContributionType; metrics: Record<string, number> };

/** A submission of the cycle in the category with these frozen items. */
async function submit(cycleId: string, categoryId: string, items: FrozenItem[], status: SubmissionStatus = 'SUBMITTED') {
  const candidate = await createUser({ email: uniqueEmail('reach-candidate') });
  const nominator = await createUser({ roles: ['EMPLOYEE'] });
  const nomination = await createNomination({
    nominatorId: nominator.id,
    nomineeEmail: candidate.email,
    categoryId,
    cycleId,
    status: status === 'WITHDRAWN' ? 'WITHDRAWN' : 'SUBMITTED',
  });
  return prisma.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: nomination.id,
      candidateId: candidate.id,
      cycleId,
      categoryId,
      windowStart: day('2026-03-01'),
      windowEnd: day('2027-02-28'),
      status,
      items: {
        create: items.map((item, position) => ({
          position,
          type: item.type,
          role: 'AUTHOR' as const,
          title: `Item ${position + 1}`,
          description: 'A contribution.',
          startDate: day('2026-06-10'),
          audience: 'DEVELOPERS' as const,
          isPaid: false,
          isHighImpact: false,
          metrics: item.metrics,
        })),
      },
    },
    include: { items: { orderBy: { position: 'asc' } } },
  });
}

const videos = (views: number[]): FrozenItem[] => views.map((v) => ({ type: 'VIDEO', metrics: { VIEWS: v, SUBSCRIBERS: 10 } }));
const figure = (figures: Record<string, ReachFigure[]>, itemId: string, metric = 'VIEWS') =>
  figures[itemId]?.find((f) => f.metric === metric);

describe('frozen items of a cycle', () => {
  let admin: Awaited<ReturnType<typeof createAdmin>>;
  let cycleId: string;
  let big: { id: string; name: string };
  let small: { id: string; name: string };
  let bigSubmissions: Awaited<ReturnType<typeof submit>>[];
  let smallSubmission: Awaited<ReturnType<typeof submit>>;

  beforeAll(async () => {
    admin = await createAdmin();
    [big, small] = [await createCategory(), await createCategory()];
    cycleId = (await createReviewCycle({ categoryIds: [big.id, small.id] })).id;
    // 20 videos in the big category (views 100 … 2,000, two of them tied at 1,000), over four
    // submissions; 5 in the small one; 3 podcasts in the whole cycle; a withdrawn submission's
    // videos, which must count nowhere.
    const views = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1000, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000];
    bigSubmissions = [];
    for (let i = 0; i < 4; i++) bigSubmissions.push(await submit(cycleId, big.id, videos(views.slice(i * 5, i * 5 + 5))));
    smallSubmission = await submit(cycleId, small.id, [
      ...videos([50, 150, 2500, 5000, 99999]),
      { type: 'PODCAST', metrics: { LISTENS: 300 } },
      { type: 'PODCAST', metrics: { LISTENS: 900 } },
      { type: 'PODCAST', metrics: { LISTENS: 600 } },
    ]);
    await submit(cycleId, small.id, videos([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), 'WITHDRAWN');
    await refreshReachPercentiles();
  });

  it('ranks an item within its category when 20 items there have the figure (percent_rank, ties equal)', async () => {
    const reach = Object.assign({}, ...(await Promise.all(bigSubmissions.map((s) => listSubmissionReach(admin, s.id))))) as Record<
      string,
      ReachFigure[]
    >;
    const items = bigSubmissions.flatMap((s) => s.items);
    const byViews = (v: number) => items.filter((i) => (i.metrics as Record<string, number>).VIEWS === v).map((i) => figure(reach, i.id));
    expect(byViews(100)[0]).toMatchObject({ basis: 'CATEGORY', categoryName: big.name, comparedWith: 20, percentile: 0 });
    expect(byViews(2000)[0]).toMatchObject({ basis: 'CATEGORY', comparedWith: 20, percentile: 100 });
    // 1,200 is the 12th of 20: 11 of the other 19 are lower, 57.9 %.
    expect(byViews(1200)[0]?.percentile).toBe(57);
    // Both 1,000s rank 10th: 9 of 19 lower.
    expect(byViews(1000).map((f) => f?.percentile)).toEqual([47, 47]);
  });

  it('ranks across the cycle’s items of the type when the category has fewer than 20 (withdrawn ones left out)', async () => {
    const reach = await listSubmissionReach(admin, smallSubmission.id);
    const [v50, , v2500, , v99999] = smallSubmission.items;
    // 25 videos in the cycle: the 20 of the big category and these 5 (not the withdrawn 20).
    expect(figure(reach, v50!.id)).toMatchObject({ basis: 'TYPE', categoryName: null, comparedWith: 25, percentile: 0 });
    // 2,500 is above all 20 of the big category and 50 and 150: 22 of 24.
    expect(figure(reach, v2500!.id)?.percentile).toBe(Math.floor((100 * 22) / 24));
    expect(figure(reach, v99999!.id)?.percentile).toBe(100);
    // Every metric is ranked: the subscribers of all 25 videos are equal.
    expect(figure(reach, v99999!.id, 'SUBSCRIBERS')).toMatchObject({ basis: 'TYPE', comparedWith: 25, percentile: 0 });
  });

  it('says “not enough to compare” for a type with fewer than 20 items in the cycle', async () => {
    const reach = await listSubmissionReach(admin, smallSubmission.id);
    const podcast = smallSubmission.items[5]!;
    expect(figure(reach, podcast.id, 'LISTENS')).toMatchObject({ basis: 'TOO_FEW', comparedWith: 3, percentile: null });
    expect(reachLineFor({ type: 'PODCAST', metrics: { LISTENS: 300 } }, reach[podcast.id])).toEqual({
      kind: 'too-few',
      metric: 'LISTENS',
      comparedWith: 3,
    });
  });

  it('changes only when refreshed: a new submission is ranked, and moves the others, after the refresh', async () => {
    const later = await submit(cycleId, small.id, videos([3000]));
    expect(await listSubmissionReach(admin, later.id)).toEqual({});
    const v2500 = smallSubmission.items[2]!;
    expect(figure(await listSubmissionReach(admin, smallSubmission.id), v2500.id)?.comparedWith).toBe(25);

    await refreshReachPercentiles();
    const after = await listSubmissionReach(admin, later.id);
    expect(figure(after, later.items[0]!.id)).toMatchObject({ basis: 'TYPE', comparedWith: 26 });
    expect(figure(await listSubmissionReach(admin, smallSubmission.id), v2500.id)).toMatchObject({
      comparedWith: 26,
      percentile: Math.floor((100 * 22) / 25),
    });
  });

  it('is refreshed by the worker: once when it starts, then every 5 minutes (a schedule kept in PostgreSQL)', async () => {
    const waiting = await submit(cycleId, small.id, videos([4000]));
    expect(await listSubmissionReach(admin, waiting.id)).toEqual({});
    const worker = await startWorker({ databaseUrl: inject('databaseUrl'), log: () => {} });
    try {
      await expect
        .poll(async () => figure(await listSubmissionReach(admin, waiting.id), waiting.items[0]!.id)?.basis, {
          timeout: 60_000,
          interval: 500,
        })
        .toBe('TYPE');
    } finally {
      await worker.stop();
    }
    const [schedule] = await prisma.$queryRaw<{ cron: string }[]>`
      SELECT cron FROM pgboss.schedule WHERE name = ${QUEUES.refreshReachPercentiles}`;
    expect(schedule?.cron).toBe('*/5 * * * *');
  }, 90_000);

  it('is read by the submission’s assigned reviewers and admins only', async () => {
    const submission = bigSubmissions[0]!;
    const assigned = await createReviewer([big.id]);
    const other = await createReviewer([big.id]);
    const removed = await createReviewer([big.id]);
    for (const [reviewer, status] of [
      [assigned, 'ASSIGNED'],
      [removed, 'REMOVED'],
    ] as const) {
      await prisma.reviewAssignment.create({
        data: {
          submissionId: submission.id,
          reviewerId: reviewer.id,
          assignedById: admin.id,
          method: 'MANUAL',
          status,
          dueAt: new Date('2027-05-16T06:59:59Z'),
        },
      });
    }
    const rowsFor = async (userId: string) => Object.keys(await listSubmissionReach(await viewerOf(userId), submission.id)).length;
    expect(await rowsFor(assigned.id)).toBe(5);
    expect(await rowsFor(other.id)).toBe(0);
    expect(await rowsFor(removed.id)).toBe(0);
    expect(await rowsFor(submission.candidateId)).toBe(0);
  });
});

describe('logged items of the last 12 months', () => {
  it('ranks the owner’s items within their category among everyone’s, leaves out older ones, and shows nobody else’s', async () => {
    const category = await createCategory();
    const today = todayIn('UTC');
    const owners = [await createUser(), await createUser(), await createUser()];
    const log = async (ownerId: string, views: number, startDate: string, categoryId: string | null = category.id) =>
      prisma.evidenceItem.create({
        data: {
          ownerId,
          type: 'CODE_SAMPLE',
          role: 'AUTHOR',
          title: 'A sample',
          description: 'Code.',
          startDate: day(startDate),
          audience: 'DEVELOPERS',
          categoryId,
          metrics: { create: [{ metric: 'DOWNLOADS', value: views }] },
        },
      });
    const mine = [];
    for (let i = 0; i < 21; i++) {
      const item = await log(owners[i % 3]!.id, (i + 1) * 10, addDays(today, -5 * i));
      if (i % 3 === 0) mine.push(item);
    }
    // Thirteen months old: outside the window, not ranked and not counted.
    const old = await log(owners[0]!.id, 1_000_000, addDays(today, -400));
    const uncategorised = await log(owners[0]!.id, 5, addDays(today, -3), null);
    await refreshReachPercentiles();

    const viewer = await viewerOf(owners[0]!.id);
    const reach = await listEvidenceReach(viewer, [...mine.map((i) => i.id), old.id, uncategorised.id]);
    // Item 0 has 10 downloads (the lowest of 21), item 18 has 190 (18 of 20 lower).
    expect(figure(reach, mine[0]!.id, 'DOWNLOADS')).toMatchObject({
      basis: 'CATEGORY',
      categoryName: category.name,
      comparedWith: 21,
      percentile: 0,
    });
    expect(figure(reach, mine[6]!.id, 'DOWNLOADS')).toMatchObject({ basis: 'CATEGORY', comparedWith: 21, percentile: 90 });
    expect(reach[old.id]).toBeUndefined();
    // Without a category it is compared across the type (or is among too few), never in a category.
    expect(figure(reach, uncategorised.id, 'DOWNLOADS')?.categoryName).toBeNull();
    expect(figure(reach, uncategorised.id, 'DOWNLOADS')?.basis).not.toBe('CATEGORY');

    const someoneElse = await viewerOf(owners[1]!.id);
    expect(await listEvidenceReach(someoneElse, [mine[0]!.id])).toEqual({});
  });
});
