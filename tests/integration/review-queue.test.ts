// The reviewer's queue page reads, on PostgreSQL: every open review soonest due first (overdue ones
// flagged), the latest finished reviews with "show all", and the one list of other submissions of
// the reviewer's categories they may declare a conflict with.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { assignReviewers } from '@/lib/reviews/assign';
import { declareConflict } from '@/lib/reviews/declare-conflict';
import {
  getReviewWorkspace,
  listDeclarableSubmissions,
  listReviewerCategories,
  listReviewQueue,
  OPEN_REVIEWS_PAGE_SIZE,
  RECENT_DONE_REVIEWS,
} from '@/lib/reviews/queries';
import { createCategory } from '@/tests/support/factories';
import { createAdmin, createReviewCycle, createReviewer, createSubmittedNomination, viewerOf } from '@/tests/support/review-factories';

const NOW = new Date('2027-05-01T12:00:00Z');
const DAY = 86_400_000;

describe("the reviewer's queue", () => {
  it('lists every open review soonest due first, flags the overdue ones, and keeps finished and removed ones out of it', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const subs: Awaited<ReturnType<typeof createSubmittedNomination>>[] = [];
    for (let i = 0; i < 4; i++) subs.push(await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }));
    await assignReviewers(admin, { submissionIds: subs.map((s) => s.submission.id), reviewerIds: [reviewer.id] });
    const assignmentOf = (i: number) => ({ submissionId_reviewerId: { submissionId: subs[i]!.submission.id, reviewerId: reviewer.id } });
    // Due in 5 days, overdue by 2 days, done, removed.
    await prisma.reviewAssignment.update({ where: assignmentOf(0), data: { dueAt: new Date(NOW.getTime() + 5 * DAY) } });
    await prisma.reviewAssignment.update({
      where: assignmentOf(1),
      data: { dueAt: new Date(NOW.getTime() - 2 * DAY), status: 'IN_PROGRESS' },
    });
    await prisma.reviewAssignment.update({ where: assignmentOf(2), data: { status: 'SUBMITTED', submittedAt: NOW } });
    await prisma.reviewAssignment.update({ where: assignmentOf(3), data: { status: 'REMOVED', removedAt: NOW } });

    const queue = await listReviewQueue(await viewerOf(reviewer.id), NOW);
    expect(queue.open.map((a) => [a.submissionId, a.status, a.isOverdue])).toEqual([
      [subs[1]!.submission.id, 'IN_PROGRESS', true],
      [subs[0]!.submission.id, 'ASSIGNED', false],
    ]);
    expect(queue.open[0]).toMatchObject({ candidateName: subs[1]!.candidate.name, categoryName: category.name, kind: 'NOMINATION' });
    expect(queue.done.map((a) => a.submissionId)).toEqual([subs[2]!.submission.id]);
    expect(queue.doneCount).toBe(1);
  });

  it(`shows the latest ${RECENT_DONE_REVIEWS} finished reviews with how many there are, and all of them when asked`, async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const subs: Awaited<ReturnType<typeof createSubmittedNomination>>[] = [];
    for (let i = 0; i < RECENT_DONE_REVIEWS + 2; i++)
      subs.push(await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }));
    await assignReviewers(admin, { submissionIds: subs.map((s) => s.submission.id), reviewerIds: [reviewer.id] });
    for (const [i, s] of subs.entries()) {
      await prisma.reviewAssignment.update({
        where: { submissionId_reviewerId: { submissionId: s.submission.id, reviewerId: reviewer.id } },
        data: { status: 'SUBMITTED', submittedAt: new Date(NOW.getTime() - (i + 1) * DAY) },
      });
    }
    const viewer = await viewerOf(reviewer.id);
    const recent = await listReviewQueue(viewer, NOW);
    expect(recent.open).toEqual([]);
    expect(recent.doneCount).toBe(RECENT_DONE_REVIEWS + 2);
    // Most recently submitted first: the first submission was submitted a day ago.
    expect(recent.done.map((a) => a.submissionId)).toEqual(subs.slice(0, RECENT_DONE_REVIEWS).map((s) => s.submission.id));
    const all = await listReviewQueue(viewer, NOW, { allDone: true });
    expect(all.done.map((a) => a.submissionId)).toEqual(subs.map((s) => s.submission.id));
    expect(all.doneCount).toBe(RECENT_DONE_REVIEWS + 2);
  });

  it(`shows ${OPEN_REVIEWS_PAGE_SIZE} open reviews a page, counts the overdue ones across all pages, and falls back to the last page`, async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const subs: Awaited<ReturnType<typeof createSubmittedNomination>>[] = [];
    for (let i = 0; i < OPEN_REVIEWS_PAGE_SIZE + 3; i++)
      subs.push(await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }));
    await assignReviewers(admin, { submissionIds: subs.map((s) => s.submission.id), reviewerIds: [reviewer.id] });
    // Due one day apart, the first three already overdue.
    for (const [i, s] of subs.entries()) {
      await prisma.reviewAssignment.update({
        where: { submissionId_reviewerId: { submissionId: s.submission.id, reviewerId: reviewer.id } },
        data: { dueAt: new Date(NOW.getTime() + (i - 3) * DAY + 3_600_000) },
      });
    }
    const viewer = await viewerOf(reviewer.id);
    const first = await listReviewQueue(viewer, NOW);
    expect(first).toMatchObject({ openCount: OPEN_REVIEWS_PAGE_SIZE + 3, openOverdue: 3, openPage: 1, openPageCount: 2 });
    expect(first.open.map((a) => a.submissionId)).toEqual(subs.slice(0, OPEN_REVIEWS_PAGE_SIZE).map((s) => s.submission.id));
    expect(first.open.filter((a) => a.isOverdue)).toHaveLength(3);
    const second = await listReviewQueue(viewer, NOW, { openPage: 2 });
    expect(second).toMatchObject({ openCount: OPEN_REVIEWS_PAGE_SIZE + 3, openOverdue: 3, openPage: 2 });
    expect(second.open.map((a) => a.submissionId)).toEqual(subs.slice(OPEN_REVIEWS_PAGE_SIZE).map((s) => s.submission.id));
    const beyond = await listReviewQueue(viewer, NOW, { openPage: 9 });
    expect(beyond.openPage).toBe(2);
    expect(beyond.open.map((a) => a.submissionId)).toEqual(second.open.map((a) => a.submissionId));
  });

  it('a closed review is never overdue', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [reviewer.id] });
    await prisma.awardCycle.update({ where: { id: cycle.id }, data: { reviewClosedAt: NOW } });
    const queue = await listReviewQueue(await viewerOf(reviewer.id), new Date('2030-01-01T00:00:00Z'));
    expect(queue.open).toHaveLength(1);
    expect(queue.open[0]).toMatchObject({ isReviewClosed: true, isOverdue: false });
  });
});

describe('submissions a reviewer may declare a conflict with', () => {
  it("lists the other open submissions of the reviewer's categories only, and drops one once a conflict is declared", async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const [mine, theirs] = [await createCategory(), await createCategory()];
    const reviewer = await createReviewer([mine.id]);
    const free = await createSubmittedNomination({ cycleId: cycle.id, categoryId: mine.id });
    const assigned = await createSubmittedNomination({ cycleId: cycle.id, categoryId: mine.id });
    const withdrawn = await createSubmittedNomination({ cycleId: cycle.id, categoryId: mine.id });
    const elsewhere = await createSubmittedNomination({ cycleId: cycle.id, categoryId: theirs.id });
    const later = await createSubmittedNomination({ cycleId: cycle.id, categoryId: mine.id });
    await assignReviewers(admin, { submissionIds: [assigned.submission.id], reviewerIds: [reviewer.id] });
    await prisma.submission.update({ where: { id: withdrawn.submission.id }, data: { status: 'WITHDRAWN' } });
    const viewer = await viewerOf(reviewer.id);

    const before = await listDeclarableSubmissions(viewer);
    expect(before.map((s) => s.id)).toEqual([free.submission.id, later.submission.id]);
    expect(before[0]).toEqual({
      id: free.submission.id,
      kind: 'NOMINATION',
      candidateName: free.candidate.name,
      categoryName: mine.name,
      cycleName: cycle.name,
    });
    expect(before.map((s) => s.id)).not.toContain(elsewhere.submission.id);

    await declareConflict(viewer, { submissionId: free.submission.id, reason: 'We co-host a podcast.' });
    expect((await listDeclarableSubmissions(viewer)).map((s) => s.id)).toEqual([later.submission.id]);
    expect(await listReviewerCategories(viewer)).toEqual([mine.name]);
  });

  it('is empty for someone who is not a reviewer', async () => {
    const cycle = await createReviewCycle();
    const category = await createCategory();
    await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    expect(await listDeclarableSubmissions(await createAdmin())).toEqual([]);
  });
});

describe('the review page', () => {
  it('reads the submission, its nomination with endorsements, the rubric and the reviewer’s own review', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const endorser = await createReviewer([]);
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id, endorserIds: [endorser.id] });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [reviewer.id] });
    const w = await getReviewWorkspace(await viewerOf(reviewer.id), sub.submission.id);
    expect(w).not.toBeNull();
    expect(w!.submission).toMatchObject({
      id: sub.submission.id,
      kind: 'NOMINATION',
      status: 'UNDER_REVIEW',
      candidateName: sub.candidate.name,
      categoryName: category.name,
      focusAreaName: null,
      windowStart: new Date('2026-03-01T00:00:00Z'),
      windowEnd: new Date('2027-02-28T00:00:00Z'),
      nomination: {
        statement: sub.nomination.statement,
        relationship: 'COMMUNITY_PEER',
        endorsements: ['I back this nomination.'],
      },
    });
    expect(w!.submission.items.map((i) => i.title)).toEqual(['Video 1', 'Video 2']);
    expect(w!.cycle).toMatchObject({ id: cycle.id, name: cycle.name, scoreMin: 1, scoreMax: 5, reviewClosedAt: null });
    expect(w!.cycle.criteria.map((c) => [c.label, c.weight])).toEqual(cycle.criteria.map((c) => [c.label, Number(c.weight)]));
    expect(w!.mine).toMatchObject({ status: 'ASSIGNED', scores: {}, weighted: null });
    expect(w!.otherReviewerCount).toBe(0);
  });
});
