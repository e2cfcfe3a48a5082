// Assigning reviewers, conflicts of interest, scoring and the hidden-scores rule, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import { assignReviewers, autoAssignReviewers, removeAssignment } from '@/lib/reviews/assign';
import { declareConflict } from '@/lib/reviews/declare-conflict';
import { updateCriteria } from '@/lib/reviews/criteria';
import { getReviewWorkspace } from '@/lib/reviews/queries';
import { sendReviewReminders } from '@/lib/reviews/reminders';
import { reopenReview, saveReview } from '@/lib/reviews/review';
import { criteriaSchema, reviewInputSchema } from '@/lib/reviews/schema';
import { createCategory, createUser, unique, uniqueEmail } from '@/tests/support/factories';
import {
  createAdmin,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  flatScores,
  viewerOf,
} from '@/tests/support/review-factories';

const review = (assignmentId: string, version: number, fields: Partial<Record<string, unknown>> = {}) =>
  reviewInputSchema.parse({
    assignmentId,
    version,
    intent: 'draft',
    scores: {},
    confidence: '',
    committeeComment: '',
    candidateFeedback: '',
    ...fields,
  });

const fullReview = (assignmentId: string, version: number, criteria: { id: string }[], score: number | string) =>
  review(assignmentId, version, {
    intent: 'submit',
    scores: flatScores(criteria, score),
    confidence: '3',
    committeeComment: 'Strong, sustained reach in the category.',
    candidateFeedback: 'Your videos reach a wide audience; keep going.',
  });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A cycle, a category, two reviewers of it and one submitted nomination, assigned to both. */
async function assignedSetup() {
  const admin = await createAdmin();
  const cycle = await createReviewCycle();
  const category = await createCategory();
  const [r1, r2] = [await createReviewer([category.id]), await createReviewer([category.id])];
  const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
  await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [r1.id, r2.id] });
  const assignment = (reviewerId: string) =>
    prisma.reviewAssignment.findUniqueOrThrow({ where: { submissionId_reviewerId: { submissionId: sub.submission.id, reviewerId } } });
  return { admin, cycle, category, r1, r2, sub, assignment };
}

describe('assigning reviewers', () => {
  it('starts review: the submission and nomination go under review, the nominator and reviewers are told', async () => {
    const { sub, r1, r2 } = await assignedSetup();
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: sub.submission.id } })).toMatchObject({ status: 'UNDER_REVIEW' });
    expect(await prisma.nomination.findUniqueOrThrow({ where: { id: sub.nomination.id } })).toMatchObject({ status: 'UNDER_REVIEW' });
    expect(await prisma.nominationEvent.count({ where: { nominationId: sub.nomination.id, status: 'UNDER_REVIEW' } })).toBe(1);
    const nominator = await prisma.user.findUniqueOrThrow({ where: { id: sub.nominatorId } });
    expect(await prisma.notification.count({ where: { toEmail: nominator.email, template: 'mvp.review.under-review' } })).toBe(1);
    for (const r of [r1, r2]) expect(await prisma.notification.count({ where: { userId: r.id, template: 'mvp.review.assigned' } })).toBe(1);
    expect(await prisma.reviewAssignment.count({ where: { submissionId: sub.submission.id, status: 'ASSIGNED' } })).toBe(2);
  });

  it('leaves pairs already assigned alone when assigned again', async () => {
    const { admin, sub, r1 } = await assignedSetup();
    expect(await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [r1.id] })).toEqual({
      assigned: 0,
      alreadyAssigned: 1,
    });
  });

  it('refuses the nominator, an endorser, a declared conflict and the same email domain, naming each reason, and assigns nothing', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const domain = `${unique('contoso')}.test`;
    const nominator = await createReviewer([category.id], { name: 'Nico Nominator' });
    const endorser = await createReviewer([category.id], { name: 'Enzo Endorser' });
    const colleague = await createReviewer([category.id], { name: 'Cleo Colleague', email: uniqueEmail('cleo', domain) });
    const declared = await createReviewer([category.id], { name: 'Dana Declared' });
    const fine = await createReviewer([category.id], { name: 'Fran Fine' });
    const sub = await createSubmittedNomination({
      cycleId: cycle.id,
      categoryId: category.id,
      nominatorId: nominator.id,
      endorserIds: [endorser.id],
      candidateEmail: uniqueEmail('casey', domain),
    });
    await declareConflict(await viewerOf(declared.id), { submissionId: sub.submission.id, reason: 'We co-host a podcast.' });

    const error = await refusal(
      assignReviewers(admin, {
        submissionIds: [sub.submission.id],
        reviewerIds: [nominator.id, endorser.id, colleague.id, declared.id, fine.id],
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('Nothing was assigned.');
    expect(error.message).toContain('Nico Nominator cannot review');
    expect(error.message).toContain('nominated the candidate');
    expect(error.message).toContain('Enzo Endorser cannot review');
    expect(error.message).toContain('endorsed the nomination');
    expect(error.message).toContain('Cleo Colleague cannot review');
    expect(error.message).toContain('shares an email domain');
    expect(error.message).toContain('Dana Declared cannot review');
    expect(error.message).toContain('declared a conflict of interest');
    expect(error.message).not.toContain('Fran Fine');
    expect(await prisma.reviewAssignment.count({ where: { submissionId: sub.submission.id } })).toBe(0);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: sub.submission.id } })).toMatchObject({ status: 'SUBMITTED' });
  });

  it('refuses someone who does not review the category, and anyone but an admin', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const sub = await createSubmittedNomination({ cycleId: cycle.id });
    const other = await createReviewer([(await createCategory()).id], { name: 'Olly Other' });
    const error = await refusal(assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [other.id] }));
    expect(error.message).toContain('Olly Other does not review');
    const reviewer = await viewerOf(other.id);
    expect((await refusal(assignReviewers(reviewer, { submissionIds: [sub.submission.id], reviewerIds: [other.id] }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses a withdrawn submission and a cycle whose review is closed', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await prisma.submission.update({ where: { id: sub.submission.id }, data: { status: 'WITHDRAWN' } });
    expect((await refusal(assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [reviewer.id] }))).message).toContain(
      'withdrawn',
    );
    const closed = await createReviewCycle({ reviewClosedAt: new Date() });
    const late = await createSubmittedNomination({ cycleId: closed.id, categoryId: category.id });
    expect((await refusal(assignReviewers(admin, { submissionIds: [late.submission.id], reviewerIds: [reviewer.id] }))).message).toContain(
      'Review is closed',
    );
  });

  it('assigns automatically: a fixed number each, balanced, no conflicts, shortfalls reported', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle({ reviewersPerSubmission: 2 });
    const category = await createCategory();
    const reviewers = [await createReviewer([category.id]), await createReviewer([category.id]), await createReviewer([category.id])];
    const subs = [];
    for (let i = 0; i < 6; i++) subs.push(await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }));
    // One submission was nominated by a reviewer, and two others declared conflicts: only one reviewer is left for it.
    const conflicted = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id, nominatorId: reviewers[0]!.id });
    await declareConflict(await viewerOf(reviewers[1]!.id), { submissionId: conflicted.submission.id, reason: 'Former colleague.' });

    const result = await autoAssignReviewers(admin, { cycleId: cycle.id, categoryId: category.id });
    expect(result.assigned).toBe(6 * 2 + 1);
    expect(result.shortfalls).toEqual([{ submissionId: conflicted.submission.id, candidateName: conflicted.candidate.name, missing: 1 }]);
    const rows = await prisma.reviewAssignment.findMany({ where: { submission: { cycleId: cycle.id } } });
    const loads = reviewers.map((r) => rows.filter((a) => a.reviewerId === r.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(rows.filter((a) => a.submissionId === conflicted.submission.id).map((a) => a.reviewerId)).toEqual([reviewers[2]!.id]);
    expect(rows.every((a) => a.method === 'AUTOMATIC')).toBe(true);
    // Running again assigns nothing more.
    expect((await autoAssignReviewers(admin, { cycleId: cycle.id, categoryId: category.id })).assigned).toBe(0);
  });

  it('lets an admin take a reviewer off, refusing a stale version', async () => {
    const { admin, r1, assignment } = await assignedSetup();
    const a = await assignment(r1.id);
    await removeAssignment(admin, { assignmentId: a.id, version: a.version });
    expect(await assignment(r1.id)).toMatchObject({ status: 'REMOVED', removedReason: 'Taken off by a program admin' });
    expect((await refusal(removeAssignment(admin, { assignmentId: a.id, version: a.version }))).code).toBe('CONFLICT');
  });
});

describe('declaring a conflict', () => {
  it('takes the reviewer off the submission at once, and they cannot be assigned again', async () => {
    const { admin, r1, sub, assignment } = await assignedSetup();
    const result = await declareConflict(await viewerOf(r1.id), {
      submissionId: sub.submission.id,
      reason: 'Same employer since last month.',
    });
    expect(result).toEqual({ removedFromReview: true });
    expect(await assignment(r1.id)).toMatchObject({ status: 'REMOVED', removedReason: 'Declared a conflict of interest' });
    expect(await prisma.auditEvent.count({ where: { action: 'review.conflict-declared', entityId: sub.submission.id } })).toBe(1);
    expect((await refusal(assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [r1.id] }))).message).toContain(
      'declared a conflict of interest',
    );
    expect(
      (await refusal(declareConflict(await viewerOf(r1.id), { submissionId: sub.submission.id, reason: 'Again.' }))).message,
    ).toContain('already declared');
  });

  it('is not possible on a submission outside the reviewer’s categories (and does not reveal it)', async () => {
    const { sub } = await assignedSetup();
    const outsider = await createReviewer([(await createCategory()).id]);
    const error = await refusal(declareConflict(await viewerOf(outsider.id), { submissionId: sub.submission.id, reason: 'Curious.' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('scoring', () => {
  it('saves a partial draft, then submits and locks it', async () => {
    const { cycle, r1, assignment } = await assignedSetup();
    const reviewer = await viewerOf(r1.id);
    const a = await assignment(r1.id);
    const [impact] = cycle.criteria;
    const draft = await saveReview(reviewer, review(a.id, a.version, { scores: { [impact!.id]: '4' } }));
    expect(draft).toEqual({ version: a.version + 1, status: 'IN_PROGRESS' });
    expect(await prisma.reviewScore.findMany({ where: { assignmentId: a.id }, select: { score: true } })).toEqual([{ score: 4 }]);

    const done = await saveReview(reviewer, fullReview(a.id, draft.version, cycle.criteria, 5));
    expect(done.status).toBe('SUBMITTED');
    expect(await prisma.reviewScore.count({ where: { assignmentId: a.id } })).toBe(5);
    const locked = await refusal(saveReview(reviewer, review(a.id, done.version)));
    expect(locked.message).toBe('You have submitted this review. Reopen it to make changes.');
  });

  it('refuses scores outside the cycle’s scale, naming the field', async () => {
    const { cycle, r1, assignment } = await assignedSetup();
    const a = await assignment(r1.id);
    const [impact, quality] = cycle.criteria;
    const error = await refusal(
      saveReview(await viewerOf(r1.id), review(a.id, a.version, { scores: { [impact!.id]: '6', [quality!.id]: '0' } })),
    );
    expect(error.code).toBe('INVALID');
    expect(error.fieldErrors).toEqual({
      [`scores.${impact!.id}`]: ['Scores run from 1 to 5'],
      [`scores.${quality!.id}`]: ['Scores run from 1 to 5'],
    });
    expect(await prisma.reviewScore.count({ where: { assignmentId: a.id } })).toBe(0);
  });

  it('requires every criterion, a confidence and both comments to submit', async () => {
    const { cycle, r1, assignment } = await assignedSetup();
    const a = await assignment(r1.id);
    const error = await refusal(
      saveReview(await viewerOf(r1.id), review(a.id, a.version, { intent: 'submit', scores: { [cycle.criteria[0]!.id]: '3' } })),
    );
    expect(Object.keys(error.fieldErrors ?? {})).toHaveLength(4 + 3);
  });

  it('refuses a review by someone not assigned, or taken off', async () => {
    const { cycle, r1, sub, assignment } = await assignedSetup();
    const a = await assignment(r1.id);
    const stranger = await viewerOf((await createReviewer([sub.categoryId])).id);
    expect((await refusal(saveReview(stranger, fullReview(a.id, a.version, cycle.criteria, 3)))).message).toBe(
      'You are not assigned to review this submission.',
    );
    await declareConflict(await viewerOf(r1.id), { submissionId: sub.submission.id, reason: 'Former colleague.' });
    const removed = await assignment(r1.id);
    expect((await refusal(saveReview(await viewerOf(r1.id), fullReview(a.id, removed.version, cycle.criteria, 3)))).message).toBe(
      'You are not assigned to review this submission.',
    );
  });

  it('refuses a stale version (another tab saved meanwhile) without overwriting it', async () => {
    const { cycle, r1, assignment } = await assignedSetup();
    const reviewer = await viewerOf(r1.id);
    const a = await assignment(r1.id);
    await saveReview(reviewer, review(a.id, a.version, { scores: { [cycle.criteria[0]!.id]: '2' } }));
    const error = await refusal(saveReview(reviewer, review(a.id, a.version, { scores: { [cycle.criteria[0]!.id]: '5' } })));
    expect(error.message).toBe(STALE_WRITE_MESSAGE);
    expect(await prisma.reviewScore.findMany({ where: { assignmentId: a.id }, select: { score: true } })).toEqual([{ score: 2 }]);
  });

  it('reopens a submitted review until the admin closes review', async () => {
    const { cycle, r1, assignment } = await assignedSetup();
    const reviewer = await viewerOf(r1.id);
    const a = await assignment(r1.id);
    const done = await saveReview(reviewer, fullReview(a.id, a.version, cycle.criteria, 4));
    const reopened = await reopenReview(reviewer, { assignmentId: a.id, version: done.version });
    expect(await assignment(r1.id)).toMatchObject({ status: 'IN_PROGRESS', submittedAt: null });
    const again = await saveReview(reviewer, fullReview(a.id, reopened.version, cycle.criteria, 3));
    await prisma.awardCycle.update({ where: { id: cycle.id }, data: { reviewClosedAt: new Date() } });
    expect((await refusal(reopenReview(reviewer, { assignmentId: a.id, version: again.version }))).message).toContain('Review has closed');
  });
});

describe('the hidden-scores rule', () => {
  it('shows a reviewer the other reviews only once their own is submitted', async () => {
    const { cycle, r1, r2, sub, assignment } = await assignedSetup();
    const [v1, v2] = [await viewerOf(r1.id), await viewerOf(r2.id)];
    const a2 = await assignment(r2.id);
    await saveReview(v2, fullReview(a2.id, a2.version, cycle.criteria, 2));

    const before = await getReviewWorkspace(v1, sub.submission.id);
    expect(before?.canReadOthers).toBe(false);
    expect(before?.others).toEqual([]);
    expect(JSON.stringify(before)).not.toContain('Strong, sustained reach');

    const a1 = await assignment(r1.id);
    const draft = await saveReview(v1, review(a1.id, a1.version, { scores: { [cycle.criteria[0]!.id]: '5' } }));
    expect((await getReviewWorkspace(v1, sub.submission.id))?.others).toEqual([]);

    await saveReview(v1, fullReview(a1.id, draft.version, cycle.criteria, 5));
    const after = await getReviewWorkspace(v1, sub.submission.id);
    expect(after?.canReadOthers).toBe(true);
    expect(after?.others).toHaveLength(1);
    expect(after?.others[0]).toMatchObject({
      label: 'Reviewer B',
      weighted: 2,
      committeeComment: 'Strong, sustained reach in the category.',
    });
    // Reviewers stay anonymous to each other.
    expect(JSON.stringify(after)).not.toContain(r2.email);
  });

  it('shows nothing to a reviewer not assigned, and everything to an admin', async () => {
    const { admin, cycle, r2, sub, assignment } = await assignedSetup();
    const a2 = await assignment(r2.id);
    await saveReview(await viewerOf(r2.id), fullReview(a2.id, a2.version, cycle.criteria, 4));
    const stranger = await viewerOf((await createReviewer([sub.categoryId])).id);
    expect(await getReviewWorkspace(stranger, sub.submission.id)).toBeNull();
    const candidate = await viewerOf(sub.candidate.id);
    expect(await getReviewWorkspace(candidate, sub.submission.id)).toBeNull();
    const asAdmin = await getReviewWorkspace(admin, sub.submission.id);
    expect(asAdmin?.others.map((o) => o.label)).toEqual([r2.name]);
    expect(asAdmin?.submission.items[0]?.privateNote).toBe('Views from the channel analytics.');
  });
});

describe('the rubric of a cycle', () => {
  it('changes criteria and weights until a review is submitted, then refuses', async () => {
    const { admin, cycle, r1, assignment } = await assignedSetup();
    const current = await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } });
    const input = criteriaSchema.parse({
      cycleId: cycle.id,
      version: current.version,
      criteria: [
        ...cycle.criteria.slice(0, 4).map((c) => ({ id: c.id, label: c.label, description: '', weight: '0.2' })),
        { id: '', label: 'Originality', description: 'New ideas', weight: '0.2' },
      ],
    });
    await updateCriteria(admin, input);
    const after = await prisma.reviewCriterion.findMany({ where: { cycleId: cycle.id }, orderBy: { sortOrder: 'asc' } });
    expect(after.map((c) => [c.label, c.weight.toString()])).toEqual([
      ['Impact and reach', '0.2'],
      ['Quality and technical depth', '0.2'],
      ['Consistency across the 12 months', '0.2'],
      ['Community leadership', '0.2'],
      ['Originality', '0.2'],
    ]);
    expect(after.at(-1)?.key).toBe('originality');
    // The same (now stale) version again is refused.
    expect((await refusal(updateCriteria(admin, input))).message).toBe(STALE_WRITE_MESSAGE);

    const a = await assignment(r1.id);
    await saveReview(await viewerOf(r1.id), fullReview(a.id, a.version, after, 4));
    const latest = await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } });
    const error = await refusal(updateCriteria(admin, { ...input, version: latest.version }));
    expect(error.message).toContain('1 review is already submitted in this cycle');
  });
});

describe('reminders', () => {
  it('sends one digest per reviewer with overdue reviews, once a day', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle({ reviewDueAt: new Date('2027-01-10T08:00:00Z') });
    const category = await createCategory();
    const [r1, r2] = [await createReviewer([category.id]), await createReviewer([category.id])];
    const subs = [
      await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }),
      await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id }),
    ];
    await assignReviewers(admin, { submissionIds: subs.map((s) => s.submission.id), reviewerIds: [r1.id, r2.id] });
    // Reviewer 2 submits one of theirs; reviewer 1 owes both.
    const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { reviewerId: r2.id, submissionId: subs[0]!.submission.id } });
    await saveReview(await viewerOf(r2.id), fullReview(a.id, a.version, cycle.criteria, 3), new Date('2027-01-05T08:00:00Z'));

    const now = new Date('2099-01-11T09:00:00Z');
    const first = await sendReviewReminders(now);
    expect(first.reviewers).toBeGreaterThanOrEqual(2);
    const mails = await prisma.notification.findMany({ where: { template: 'mvp.review.reminder', userId: { in: [r1.id, r2.id] } } });
    expect(mails).toHaveLength(2);
    const r1Mail = mails.find((m) => m.userId === r1.id)!;
    expect(r1Mail.subject).toBe('2 MVP reviews are overdue');
    expect(r1Mail.textBody).toContain(subs[0]!.candidate.name!);
    expect(r1Mail.textBody).toContain(subs[1]!.candidate.name!);
    expect(mails.find((m) => m.userId === r2.id)!.subject).toBe('1 MVP review is overdue');

    const second = await sendReviewReminders(new Date('2099-01-11T17:00:00Z'));
    expect(second.reviewers).toBe(0);
    expect(second.alreadyReminded).toBeGreaterThanOrEqual(2);
    expect(await prisma.notification.count({ where: { template: 'mvp.review.reminder', userId: { in: [r1.id, r2.id] } } })).toBe(2);
    expect(await prisma.reviewAssignment.count({ where: { reviewerId: r1.id, lastRemindedAt: now } })).toBe(2);
  });
});

describe('people without the role', () => {
  it('cannot declare conflicts', async () => {
    const { sub } = await assignedSetup();
    const candidate = await viewerOf((await createUser()).id);
    expect((await refusal(declareConflict(candidate, { submissionId: sub.submission.id, reason: 'Nosy.' }))).code).toBe('FORBIDDEN');
  });
});
