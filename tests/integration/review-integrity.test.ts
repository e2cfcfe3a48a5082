// The integrity of reviews and decisions (issue 15): a reviewer who has seen the other scores cannot
// reopen theirs to move it; an assigned reviewer cannot endorse the nomination they review; an admin
// who nominated, endorsed or is otherwise conflicted cannot decide it. Refused with the reason, as a
// declared conflict is.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { closeReview, decideSubmission } from '@/lib/decisions/service';
import { getDecisionDetail } from '@/lib/decisions/queries';
import { endorseNomination } from '@/lib/nominations/service';
import { assignReviewers } from '@/lib/reviews/assign';
import { getReviewWorkspace } from '@/lib/reviews/queries';
import { reopenReview, saveReview } from '@/lib/reviews/review';
import { createCategory, createUser, uniqueEmail } from '@/tests/support/factories';
import {
  createAdmin,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  submittedReviewInput,
  viewerOf,
} from '@/tests/support/review-factories';
import { appErrorOf } from '@/tests/support/refusal';

const submitted = submittedReviewInput;
const refusal = appErrorOf;

async function setup(opts: { nominatorId?: string; endorserIds?: string[]; reviewerRoles?: ('EMPLOYEE' | 'REVIEWER')[] } = {}) {
  const admin = await createAdmin();
  const cycle = await createReviewCycle();
  const category = await createCategory();
  const [r1, r2] = [await createReviewer([category.id]), await createReviewer([category.id])];
  const sub = await createSubmittedNomination({
    cycleId: cycle.id,
    categoryId: category.id,
    nominatorId: opts.nominatorId,
    endorserIds: opts.endorserIds,
  });
  await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [r1.id, r2.id] });
  const assignment = (reviewerId: string) =>
    prisma.reviewAssignment.findUniqueOrThrow({ where: { submissionId_reviewerId: { submissionId: sub.submission.id, reviewerId } } });
  return { admin, cycle, category, r1, r2, sub, assignment };
}

describe('reopening a review after the other scores were shown', () => {
  it('is refused once another reviewer’s scores are visible to the reviewer, with the reason', async () => {
    const { cycle, r1, r2, sub, assignment } = await setup();
    const [v1, v2] = [await viewerOf(r1.id), await viewerOf(r2.id)];
    const a1 = await assignment(r1.id);
    const a2 = await assignment(r2.id);
    const mine = await saveReview(v1, submitted(a1.id, a1.version, cycle.criteria, 2));
    await saveReview(v2, submitted(a2.id, a2.version, cycle.criteria, 5));
    // r1 now reads r2's scores on the review page ...
    const workspace = await getReviewWorkspace(v1, sub.submission.id);
    expect(workspace?.canReadOthers).toBe(true);
    expect(workspace?.others.length).toBe(1);
    expect(workspace?.canReopen).toBe(false);
    // ... and cannot reopen theirs to move towards them.
    const error = await refusal(reopenReview(v1, { assignmentId: a1.id, version: mine.version }));
    expect(error.message).toMatch(/other reviewers’ scores/i);
    expect(await assignment(r1.id)).toMatchObject({ status: 'SUBMITTED' });
  });

  it('is allowed while no other review is submitted', async () => {
    const { cycle, r1, sub, assignment } = await setup();
    const v1 = await viewerOf(r1.id);
    const a1 = await assignment(r1.id);
    const mine = await saveReview(v1, submitted(a1.id, a1.version, cycle.criteria, 2));
    expect((await getReviewWorkspace(v1, sub.submission.id))?.canReopen).toBe(true);
    await reopenReview(v1, { assignmentId: a1.id, version: mine.version });
    expect(await assignment(r1.id)).toMatchObject({ status: 'IN_PROGRESS' });
  });
});

describe('an assigned reviewer endorsing', () => {
  it('is refused for the nomination they review, with the way forward', async () => {
    const { r1, sub } = await setup();
    await prisma.userRole.create({ data: { userId: r1.id, role: 'EMPLOYEE' } });
    const reviewer = await viewerOf(r1.id);
    expect(reviewer.canNominate).toBe(true);
    const error = await refusal(
      endorseNomination(reviewer, {
        nominationId: sub.nomination.id,
        statement: 'I have seen their talks; they are excellent and widely followed.',
      }),
    );
    expect(error.message).toMatch(/you are assigned to review/i);
    expect(await prisma.endorsement.count({ where: { nominationId: sub.nomination.id, endorserId: r1.id } })).toBe(0);
  });
});

describe('an admin deciding a nomination they are part of', () => {
  async function reviewedAndClosed(opts: Parameters<typeof setup>[0]) {
    const s = await setup(opts);
    for (const r of [s.r1, s.r2]) {
      const a = await s.assignment(r.id);
      await saveReview(await viewerOf(r.id), submitted(a.id, a.version, s.cycle.criteria, 4));
    }
    const c = await prisma.awardCycle.findUniqueOrThrow({ where: { id: s.cycle.id } });
    await closeReview(s.admin, { cycleId: s.cycle.id, version: c.version });
    return s;
  }

  it('is refused for the admin who nominated the candidate, and the decision page says why', async () => {
    const nominator = await createUser({ roles: ['ADMIN', 'EMPLOYEE'], email: uniqueEmail('admin-nominator') });
    const { sub, admin } = await reviewedAndClosed({ nominatorId: nominator.id });
    const viewer = await viewerOf(nominator.id);
    const error = await refusal(
      decideSubmission(viewer, {
        submissionId: sub.submission.id,
        version: null,
        outcome: 'AWARD',
        feedback: 'Strong, sustained impact in the community.',
      }),
    );
    expect(error.message).toMatch(/you nominated the candidate/i);
    expect(await prisma.decision.count({ where: { submissionId: sub.submission.id } })).toBe(0);
    expect((await getDecisionDetail(viewer, sub.submission.id))?.deciderConflict).toMatch(/you nominated the candidate/i);
    // Another admin decides it.
    expect((await getDecisionDetail(admin, sub.submission.id))?.deciderConflict).toBeNull();
    await decideSubmission(admin, {
      submissionId: sub.submission.id,
      version: null,
      outcome: 'AWARD',
      feedback: 'Strong, sustained impact in the community.',
    });
  });

  it('is refused for an admin who endorsed the nomination', async () => {
    const endorser = await createUser({ roles: ['ADMIN', 'EMPLOYEE'], email: uniqueEmail('admin-endorser') });
    const { sub } = await reviewedAndClosed({ endorserIds: [endorser.id] });
    const error = await refusal(
      decideSubmission(await viewerOf(endorser.id), {
        submissionId: sub.submission.id,
        version: null,
        outcome: 'NO_AWARD',
        feedback: 'Not enough evidence of impact this year.',
      }),
    );
    expect(error.message).toMatch(/you endorsed the nomination/i);
  });
});
