// The decisions table reuses a cycle's aggregate while nothing it depends on has changed
// (lib/decisions/queries.ts): a review reopened, changed and submitted again must show at once.
import { expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getDecisionBoard } from '@/lib/decisions/queries';
import { decisionViewSchema } from '@/lib/decisions/schema';
import { assignReviewers } from '@/lib/reviews/assign';
import { reopenReview, saveReview } from '@/lib/reviews/review';
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

it('shows a changed, reopened or newly submitted review on the next read', async () => {
  const admin = await createAdmin();
  const cycle = await createReviewCycle({ awardStartsOn: '2027-07-01' });
  const category = await createCategory();
  const reviewers = [await createReviewer([category.id]), await createReviewer([category.id])];
  const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
  await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: reviewers.map((r) => r.id) });
  const submit = async (reviewerIndex: number, score: number) => {
    const reviewer = reviewers[reviewerIndex]!;
    const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { submissionId: sub.submission.id, reviewerId: reviewer.id } });
    await saveReview(
      await viewerOf(reviewer.id),
      reviewInputSchema.parse({
        assignmentId: a.id,
        version: a.version,
        intent: 'submit',
        scores: flatScores(cycle.criteria, score),
        confidence: '3',
        committeeComment: 'Committee only: solid reach.',
        candidateFeedback: 'For you: more depth would help.',
      }),
    );
    return a.id;
  };
  const view = decisionViewSchema.parse({ cycle: cycle.id, category: category.id });
  const aggregate = async () => {
    const row = (await getDecisionBoard(admin, view))!.rows.find((r) => r.submissionId === sub.submission.id)!;
    return { submitted: row.reviewsSubmitted, mean: row.aggregate?.mean ?? null, spread: row.aggregate?.spread ?? null };
  };

  expect(await aggregate()).toEqual({ submitted: 0, mean: null, spread: null });
  const first = await submit(0, 2);
  expect(await aggregate()).toEqual({ submitted: 1, mean: 2, spread: 0 });
  expect(await aggregate()).toEqual({ submitted: 1, mean: 2, spread: 0 }); // read twice: the same

  // The first reviewer reopens (possible while no other review is submitted): it no longer counts
  // until it is submitted again.
  const reviewer = await viewerOf(reviewers[0]!.id);
  const opened = await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: first } });
  await reopenReview(reviewer, { assignmentId: first, version: opened.version });
  expect(await aggregate()).toEqual({ submitted: 0, mean: null, spread: null });
  await submit(0, 5);
  expect(await aggregate()).toEqual({ submitted: 1, mean: 5, spread: 0 });
  await submit(1, 4);
  expect(await aggregate()).toEqual({ submitted: 2, mean: 4.5, spread: 1 });
});
