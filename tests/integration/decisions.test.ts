// Closing review, deciding (with two admins at once), releasing in bulk and what the candidate then
// sees, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getDecisionBoard, getOutcome } from '@/lib/decisions/queries';
import { decisionViewSchema } from '@/lib/decisions/schema';
import { closeReview, decideSubmission, releaseDecisions } from '@/lib/decisions/service';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import { assignReviewers } from '@/lib/reviews/assign';
import { saveReview } from '@/lib/reviews/review';
import { reviewInputSchema } from '@/lib/reviews/schema';
import { createCategory } from '@/tests/support/factories';
import {
  createAdmin,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  flatScores,
  viewerOf,
} from '@/tests/support/review-factories';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const FEEDBACK = 'Your sustained, well-measured reach stood out to the committee.';

/** A cycle with three submissions, each reviewed by the same two reviewers with the given scores. */
async function reviewedCycle(scores: [number, number][]) {
  const admin = await createAdmin();
  const cycle = await createReviewCycle({ awardStartsOn: '2027-07-01' });
  const category = await createCategory();
  const reviewers = [await createReviewer([category.id]), await createReviewer([category.id])];
  const subs = [];
  for (const pair of scores) {
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: reviewers.map((r) => r.id) });
    for (const [i, r] of reviewers.entries()) {
      const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { submissionId: sub.submission.id, reviewerId: r.id } });
      await saveReview(
        await viewerOf(r.id),
        reviewInputSchema.parse({
          assignmentId: a.id,
          version: a.version,
          intent: 'submit',
          scores: flatScores(cycle.criteria, pair[i]!),
          confidence: '3',
          committeeComment: `Committee only: reviewer ${i + 1} thinks the reach is thin.`,
          candidateFeedback: `Reviewer ${i + 1} for you: more depth in the videos would help.`,
        }),
      );
    }
    subs.push(sub);
  }
  const close = async () => {
    const c = await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } });
    return closeReview(admin, { cycleId: cycle.id, version: c.version });
  };
  return { admin, cycle, category, reviewers, subs, close };
}

describe('deciding', () => {
  it('refuses a decision before review closes', async () => {
    const { admin, subs } = await reviewedCycle([[4, 5]]);
    const error = await refusal(
      decideSubmission(admin, { submissionId: subs[0]!.submission.id, version: null, outcome: 'AWARD', feedback: FEEDBACK }),
    );
    expect(error.message).toContain('Review is still open');
    expect(await prisma.decision.count({ where: { submissionId: subs[0]!.submission.id } })).toBe(0);
  });

  it('refuses closing review twice, and a stale cycle version', async () => {
    const { admin, cycle, close } = await reviewedCycle([[4, 5]]);
    expect(await close()).toEqual({ unsubmittedReviews: 0 });
    expect((await refusal(close())).message).toBe('Review is already closed for this cycle.');
    const other = await createReviewCycle();
    expect((await refusal(closeReview(admin, { cycleId: other.id, version: other.version + 7 }))).message).toBe(STALE_WRITE_MESSAGE);
    expect(await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ status: 'DECIDING' });
  });

  it('does not let two admins overwrite each other', async () => {
    const { subs, close } = await reviewedCycle([[4, 5]]);
    await close();
    const [avery, blake] = [await createAdmin(), await createAdmin()];
    const submissionId = subs[0]!.submission.id;
    // Both open the form with no decision yet; Avery saves first.
    const first = await decideSubmission(avery, { submissionId, version: null, outcome: 'AWARD', feedback: FEEDBACK });
    expect((await refusal(decideSubmission(blake, { submissionId, version: null, outcome: 'NO_AWARD', feedback: FEEDBACK }))).message).toBe(
      STALE_WRITE_MESSAGE,
    );
    // Both at once on an existing decision: exactly one wins.
    const results = await Promise.allSettled([
      decideSubmission(avery, { submissionId, version: first.version, outcome: 'AWARD', feedback: `${FEEDBACK} (Avery)` }),
      decideSubmission(blake, { submissionId, version: first.version, outcome: 'NO_AWARD', feedback: `${FEEDBACK} (Blake)` }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as AppError).message).toBe(STALE_WRITE_MESSAGE);
    const decision = await prisma.decision.findUniqueOrThrow({ where: { submissionId } });
    expect(decision.version).toBe(first.version + 1);
  });

  it('shows the admin the aggregates, sorted and filtered', async () => {
    const { admin, cycle, category, subs } = await reviewedCycle([
      [5, 5],
      [1, 5],
      [2, 3],
    ]);
    const board = await getDecisionBoard(
      admin,
      decisionViewSchema.parse({ cycle: cycle.id, category: category.id, sort: 'mean', dir: 'desc' }),
    );
    expect(board?.rows.map((r) => r.submissionId)).toEqual([subs[0]!.submission.id, subs[1]!.submission.id, subs[2]!.submission.id]);
    const disputed = board!.rows[1]!.aggregate!;
    expect(disputed).toMatchObject({ mean: 3, median: 3, spread: 4, isDisputed: true, reviewCount: 2 });
    const onlyDisputed = await getDecisionBoard(
      admin,
      decisionViewSchema.parse({ cycle: cycle.id, category: category.id, show: 'disputed' }),
    );
    expect(onlyDisputed?.rows.map((r) => r.submissionId)).toEqual([subs[1]!.submission.id]);
    const reviewer = await viewerOf((await createReviewer([category.id])).id);
    expect(await getDecisionBoard(reviewer, decisionViewSchema.parse({}))).toBeNull();
  });
});

describe('going ahead with fewer reviews than the cycle asks for', () => {
  it('asks for a reason to close review and to decide, saves nothing without one, and audits it', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle({ awardStartsOn: '2027-07-01' });
    await prisma.awardCycle.update({ where: { id: cycle.id }, data: { reviewersPerSubmission: 3 } });
    const category = await createCategory();
    const reviewers = [await createReviewer([category.id]), await createReviewer([category.id])];
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: reviewers.map((r) => r.id) });
    const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { submissionId: sub.submission.id, reviewerId: reviewers[0]!.id } });
    await saveReview(
      await viewerOf(reviewers[0]!.id),
      reviewInputSchema.parse({
        assignmentId: a.id,
        version: a.version,
        intent: 'submit',
        scores: flatScores(cycle.criteria, 4),
        confidence: '3',
        committeeComment: 'Committee only: strong reach.',
        candidateFeedback: 'Good reach across the year.',
      }),
    );
    const board = await getDecisionBoard(admin, decisionViewSchema.parse({ cycle: cycle.id }));
    expect(board?.shortReviewed).toBe(1);

    const version = (await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } })).version;
    const refused = await refusal(closeReview(admin, { cycleId: cycle.id, version }));
    expect(refused.message).toBe('1 submission has fewer than the 3 submitted reviews this cycle asks for.');
    expect(refused.fieldErrors?.shortReason?.[0]).toMatch(/^Say why you go ahead now/);
    expect(await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } })).toMatchObject({ reviewClosedAt: null });
    expect((await refusal(closeReview(admin, { cycleId: cycle.id, version, shortReason: 'too short' }))).fieldErrors).toBeDefined();

    const shortReason = 'The second reviewer is on leave until after the deadline.';
    await closeReview(admin, { cycleId: cycle.id, version, shortReason });
    const closed = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cycle.id, action: 'cycle.review-closed' } });
    expect(closed.after).toMatchObject({ shortReviewed: 1, reason: shortReason });

    const submissionId = sub.submission.id;
    const noReason = await refusal(decideSubmission(admin, { submissionId, version: null, outcome: 'AWARD', feedback: FEEDBACK }));
    expect(noReason.message).toBe('Only 1 of the 3 reviews this cycle asks for was submitted.');
    expect(await prisma.decision.count({ where: { submissionId } })).toBe(0);
    const decided = await decideSubmission(admin, { submissionId, version: null, outcome: 'AWARD', feedback: FEEDBACK, shortReason });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'decision.recorded', entityType: 'Decision' },
      orderBy: { id: 'desc' },
    });
    expect(audit.after).toMatchObject({ outcome: 'AWARD', reviews: 1, required: 3, reason: shortReason });
    expect(decided.version).toBeGreaterThanOrEqual(0);
  });
});

describe('releasing decisions in bulk', () => {
  it('tells the candidates and nominators, creates the award year, and holds nothing back twice', async () => {
    const { admin, cycle, subs, close } = await reviewedCycle([
      [5, 4],
      [2, 2],
    ]);
    await close();
    const [awarded, declined] = subs as [(typeof subs)[0], (typeof subs)[0]];
    await decideSubmission(admin, { submissionId: awarded.submission.id, version: null, outcome: 'AWARD', feedback: FEEDBACK });
    await decideSubmission(admin, {
      submissionId: declined.submission.id,
      version: null,
      outcome: 'NO_AWARD',
      feedback: 'Not this time; more depth would help.',
    });

    // Held: the candidate sees nothing yet.
    expect(await getOutcome(await viewerOf(awarded.candidate.id), awarded.submission.id)).toBeNull();

    const ids = [awarded.submission.id, declined.submission.id];
    expect(await releaseDecisions(admin, { cycleId: cycle.id, submissionIds: ids, confirm: true })).toEqual({
      released: 2,
      alreadyReleased: 0,
    });

    for (const s of subs) {
      expect(await prisma.submission.findUniqueOrThrow({ where: { id: s.submission.id } })).toMatchObject({ status: 'DECIDED' });
      expect(await prisma.nomination.findUniqueOrThrow({ where: { id: s.nomination.id } })).toMatchObject({ status: 'DECIDED' });
      expect(await prisma.notification.count({ where: { userId: s.candidate.id, template: 'mvp.decision.released' } })).toBe(1);
      expect(await prisma.notification.count({ where: { userId: s.nominatorId, template: 'mvp.decision.released-nominator' } })).toBe(1);
      expect((await prisma.decision.findUniqueOrThrow({ where: { submissionId: s.submission.id } })).releasedAt).not.toBeNull();
    }
    const award = await prisma.award.findUniqueOrThrow({ where: { submissionId: awarded.submission.id } });
    expect(award).toMatchObject({ userId: awarded.candidate.id, acceptedAt: null, renewsId: null });
    expect([award.startsOn.toISOString().slice(0, 10), award.endsOn.toISOString().slice(0, 10)]).toEqual(['2027-07-01', '2028-06-30']);
    expect(await prisma.award.count({ where: { submissionId: declined.submission.id } })).toBe(0);
    const events = await prisma.nominationEvent.findMany({ where: { nominationId: awarded.nomination.id, status: 'DECIDED' } });
    expect(events.map((e) => e.note)).toEqual(['Awarded']);

    // Released again (a second admin, a double click): nothing happens twice.
    expect(await releaseDecisions(admin, { cycleId: cycle.id, submissionIds: ids, confirm: true })).toEqual({
      released: 0,
      alreadyReleased: 2,
    });
    expect(await prisma.award.count({ where: { userId: awarded.candidate.id } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: awarded.candidate.id, template: 'mvp.decision.released' } })).toBe(1);
    // A released decision no longer changes.
    const d = await prisma.decision.findUniqueOrThrow({ where: { submissionId: awarded.submission.id } });
    expect(
      (
        await refusal(
          decideSubmission(admin, { submissionId: awarded.submission.id, version: d.version, outcome: 'NO_AWARD', feedback: FEEDBACK }),
        )
      ).message,
    ).toContain('released');
  });

  it('releases only what the admin confirmed, and only in that cycle', async () => {
    const { admin, cycle, subs, close } = await reviewedCycle([
      [5, 4],
      [4, 4],
    ]);
    await close();
    for (const s of subs)
      await decideSubmission(admin, { submissionId: s.submission.id, version: null, outcome: 'AWARD', feedback: FEEDBACK });
    expect(await releaseDecisions(admin, { cycleId: cycle.id, submissionIds: [subs[0]!.submission.id], confirm: true })).toEqual({
      released: 1,
      alreadyReleased: 0,
    });
    expect((await prisma.decision.findUniqueOrThrow({ where: { submissionId: subs[1]!.submission.id } })).releasedAt).toBeNull();
    const otherCycle = await createReviewCycle();
    expect(
      (await refusal(releaseDecisions(admin, { cycleId: otherCycle.id, submissionIds: [subs[1]!.submission.id], confirm: true }))).code,
    ).toBe('CONFLICT');
  });

  it('shows the candidate the outcome and feedback, never committee comments or reviewers', async () => {
    const { admin, cycle, reviewers, subs, close } = await reviewedCycle([[5, 4]]);
    await close();
    const s = subs[0]!;
    await decideSubmission(admin, { submissionId: s.submission.id, version: null, outcome: 'AWARD', feedback: FEEDBACK });
    await releaseDecisions(admin, { cycleId: cycle.id, submissionIds: [s.submission.id], confirm: true });
    const outcome = await getOutcome(await viewerOf(s.candidate.id), s.submission.id);
    expect(outcome).toMatchObject({ outcome: 'AWARD', feedback: FEEDBACK });
    expect(outcome?.reviewerFeedback).toEqual([
      'Reviewer 1 for you: more depth in the videos would help.',
      'Reviewer 2 for you: more depth in the videos would help.',
    ]);
    const text = JSON.stringify(outcome);
    expect(text).not.toContain('Committee only');
    for (const r of reviewers) expect(text).not.toContain(r.email);
    // Nobody else reads it.
    expect(await getOutcome(await viewerOf(s.nominatorId), s.submission.id)).toBeNull();
    expect(await getOutcome(admin, s.submission.id)).toBeNull();
  });
});
