// Accepting an award (once, by its holder, with the current agreements) and renewing it into a new
// award year, on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { getAwardPanel } from '@/lib/awards/queries';
import { submitRenewal } from '@/lib/awards/renewal';
import { acceptAward } from '@/lib/awards/service';
import { closeReview, decideSubmission, releaseDecisions } from '@/lib/decisions/service';
import { AppError } from '@/lib/errors';
import { assignReviewers } from '@/lib/reviews/assign';
import { saveReview } from '@/lib/reviews/review';
import { reviewInputSchema } from '@/lib/reviews/schema';
import { createAward, createCategory, createUser, day, unique } from '@/tests/support/factories';
import { createAdmin, createEvidence, createReviewCycle, createReviewer, flatScores, viewerOf } from '@/tests/support/review-factories';

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Publishes a code of conduct and an NDA effective from a day (unique versions). */
async function publishAgreements(effectiveFrom: string) {
  const version = unique('v');
  const [codeOfConduct, nda] = await Promise.all(
    (['MVP_CODE_OF_CONDUCT', 'MVP_NDA'] as const).map((kind) =>
      prisma.agreement.create({
        data: { kind, version, title: `${kind} ${version}`, body: 'Be excellent.', effectiveFrom: day(effectiveFrom) },
      }),
    ),
  );
  return { codeOfConduct: codeOfConduct!, nda: nda! };
}

// Far in the future, so this file's agreements and renewal cycle are the current ones whatever
// other tests or the seed created.
const NOW = new Date('2031-01-10T18:00:00Z');

describe('accepting an award', () => {
  it('records both agreements with time and version, activates the award, and refuses a second acceptance', async () => {
    const agreements = await publishAgreements('2031-01-01');
    const user = await createUser();
    const award = await createAward({ userId: user.id, startsOn: '2030-12-01', endsOn: '2031-11-30', acceptedAt: null });
    const viewer = await viewerOf(user.id, NOW);
    expect(viewer.mvp.isActiveMvp).toBe(false);
    const input = {
      awardId: award.id,
      codeOfConductId: agreements.codeOfConduct.id,
      ndaId: agreements.nda.id,
      acceptCodeOfConduct: true,
      acceptNda: true,
    };
    await acceptAward(viewer, input, NOW);

    const acceptances = await prisma.agreementAcceptance.findMany({ where: { userId: user.id }, include: { agreement: true } });
    expect(acceptances.map((a) => [a.agreement.kind, a.agreement.version, a.awardId, a.acceptedAt.toISOString()]).sort()).toEqual(
      [
        ['MVP_CODE_OF_CONDUCT', agreements.codeOfConduct.version, award.id, NOW.toISOString()],
        ['MVP_NDA', agreements.nda.version, award.id, NOW.toISOString()],
      ].sort(),
    );
    expect((await prisma.award.findUniqueOrThrow({ where: { id: award.id } })).acceptedAt).toEqual(NOW);
    expect((await viewerOf(user.id, NOW)).mvp.isActiveMvp).toBe(true);

    const again = await refusal(acceptAward(viewer, input, NOW));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toContain('You already accepted this award on');
    expect(await prisma.agreementAcceptance.count({ where: { userId: user.id } })).toBe(2);
  });

  it('accepts two tabs at once exactly once', async () => {
    const agreements = await publishAgreements('2031-01-02');
    const user = await createUser();
    const award = await createAward({ userId: user.id, startsOn: '2030-12-01', endsOn: '2031-11-30', acceptedAt: null });
    const viewer = await viewerOf(user.id, NOW);
    const input = {
      awardId: award.id,
      codeOfConductId: agreements.codeOfConduct.id,
      ndaId: agreements.nda.id,
      acceptCodeOfConduct: true,
      acceptNda: true,
    };
    const results = await Promise.allSettled([acceptAward(viewer, input, NOW), acceptAward(viewer, input, NOW)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.agreementAcceptance.count({ where: { userId: user.id } })).toBe(2);
  });

  it('is for the holder only, and only with the agreements in force', async () => {
    const old = await publishAgreements('2031-01-03');
    const current = await publishAgreements('2031-01-04');
    const user = await createUser();
    const award = await createAward({ userId: user.id, startsOn: '2030-12-01', endsOn: '2031-11-30', acceptedAt: null });
    const input = {
      awardId: award.id,
      codeOfConductId: old.codeOfConduct.id,
      ndaId: old.nda.id,
      acceptCodeOfConduct: true,
      acceptNda: true,
    };
    const stranger = await viewerOf((await createUser()).id, NOW);
    expect(
      (await refusal(acceptAward(stranger, { ...input, codeOfConductId: current.codeOfConduct.id, ndaId: current.nda.id }, NOW))).code,
    ).toBe('NOT_FOUND');
    expect((await refusal(acceptAward(await viewerOf(user.id, NOW), input, NOW))).message).toContain('new version of the agreements');
    expect((await prisma.award.findUniqueOrThrow({ where: { id: award.id } })).acceptedAt).toBeNull();
  });

  it('reuses the acceptance of a version the MVP already accepted for an earlier award', async () => {
    const agreements = await publishAgreements('2031-01-05');
    const user = await createUser();
    const category = await createCategory();
    const first = await createAward({
      userId: user.id,
      categoryId: category.id,
      startsOn: '2030-01-01',
      endsOn: '2030-12-31',
      acceptedAt: null,
    });
    const second = await createAward({
      userId: user.id,
      categoryId: category.id,
      startsOn: '2031-01-01',
      endsOn: '2031-12-31',
      acceptedAt: null,
    });
    const input = (awardId: string) => ({
      awardId,
      codeOfConductId: agreements.codeOfConduct.id,
      ndaId: agreements.nda.id,
      acceptCodeOfConduct: true,
      acceptNda: true,
    });
    const viewer = await viewerOf(user.id, NOW);
    // The first award's year is over: it can no longer be accepted.
    expect((await refusal(acceptAward(viewer, input(first.id), NOW))).message).toContain('award year ended');
    await prisma.agreementAcceptance.createMany({
      data: [agreements.codeOfConduct, agreements.nda].map((a) => ({
        userId: user.id,
        agreementId: a.id,
        awardId: first.id,
        acceptedAt: day('2030-01-02'),
      })),
    });
    await acceptAward(viewer, input(second.id), NOW);
    expect((await prisma.award.findUniqueOrThrow({ where: { id: second.id } })).acceptedAt).toEqual(NOW);
    expect(await prisma.agreementAcceptance.count({ where: { userId: user.id } })).toBe(2);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'award.accepted', entityId: second.id } });
    expect(JSON.stringify(audit.after)).toContain('"earlierAward":true');
  });
});

describe('renewing an award', () => {
  /** An active MVP with evidence in the last 12 months, and the cycle their award renews in (its
   * renewal window open at NOW, its category theirs). */
  async function activeMvp() {
    const admin = await createAdmin();
    const category = await createCategory();
    const cycle = await createReviewCycle({
      renewalOpensAt: new Date('2030-12-01T08:00:00Z'),
      renewalDeadline: new Date('2031-02-01T07:59:59Z'),
      reviewDueAt: new Date('2031-03-01T07:59:59Z'),
      awardStartsOn: '2031-07-01',
      categoryIds: [category.id],
    });
    const user = await createUser({ name: unique('Morgan') });
    const award = await createAward({ userId: user.id, categoryId: category.id, startsOn: '2030-07-01', endsOn: '2031-06-30' });
    await createEvidence(user.id, ['2029-12-01', '2030-09-15', '2030-12-01']); // the first is outside the window
    await createEvidence(user.id, ['2030-11-01'], { isFullTimeJob: true });
    return { admin, category, cycle, user, award };
  }

  it('submits the last 12 months of evidence, frozen, with no nomination', async () => {
    const { cycle, user, award } = await activeMvp();
    const viewer = await viewerOf(user.id, NOW);
    const result = await submitRenewal(viewer, { awardId: award.id }, NOW);
    expect(result.itemCount).toBe(2);
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id: result.submissionId }, include: { items: true } });
    expect(submission).toMatchObject({
      kind: 'RENEWAL',
      nominationId: null,
      renewalId: result.renewalId,
      cycleId: cycle.id,
      status: 'SUBMITTED',
    });
    expect(submission.items.map((i) => dateKey(i.startDate)).sort()).toEqual(['2030-09-15', '2030-12-01']);
    expect(submission.items[0]!.metrics).toMatchObject({ VIEWS: expect.any(Number) });
    expect(await prisma.mvpRenewal.findUniqueOrThrow({ where: { id: result.renewalId } })).toMatchObject({
      status: 'SUBMITTED',
      cycleId: cycle.id,
    });
    expect((await refusal(submitRenewal(viewer, { awardId: award.id }, NOW))).message).toBe(
      'You have already submitted a renewal for this award.',
    );
    const panel = await getAwardPanel(viewer, NOW);
    expect(panel.find((a) => a.id === award.id)).toMatchObject({ status: 'ACTIVE', canRenew: false, renewal: { status: 'SUBMITTED' } });
  });

  it('refuses someone else’s award, an award not yet accepted, and a renewal after the deadline', async () => {
    const { user, award } = await activeMvp();
    const stranger = await viewerOf((await createUser()).id, NOW);
    expect((await refusal(submitRenewal(stranger, { awardId: award.id }, NOW))).code).toBe('NOT_FOUND');
    const pending = await createAward({ userId: user.id, startsOn: '2030-12-01', endsOn: '2031-11-30', acceptedAt: null });
    expect((await refusal(submitRenewal(await viewerOf(user.id, NOW), { awardId: pending.id }, NOW))).message).toContain(
      'Only an active award',
    );
    const muchLater = new Date('2099-06-01T00:00:00Z');
    expect((await refusal(submitRenewal(await viewerOf(user.id, muchLater), { awardId: award.id }, muchLater))).message).toContain(
      'Only an active award',
    );
  });

  async function reviewAndRelease(
    admin: Awaited<ReturnType<typeof createAdmin>>,
    cycleId: string,
    categoryId: string,
    submissionId: string,
    outcome: 'AWARD' | 'NO_AWARD',
  ) {
    const reviewer = await createReviewer([categoryId]);
    await assignReviewers(admin, { submissionIds: [submissionId], reviewerIds: [reviewer.id] });
    const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { submissionId } });
    const criteria = await prisma.reviewCriterion.findMany({ where: { cycleId } });
    await saveReview(
      await viewerOf(reviewer.id),
      reviewInputSchema.parse({
        assignmentId: a.id,
        version: a.version,
        intent: 'submit',
        scores: flatScores(criteria, 4),
        confidence: '4',
        committeeComment: 'A strong year of contributions.',
        candidateFeedback: 'Great consistency across the year.',
      }),
    );
    const cycle = await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycleId } });
    const shortReason = 'One reviewer covers this category.';
    await closeReview(admin, { cycleId, version: cycle.version, shortReason });
    await decideSubmission(admin, {
      submissionId,
      version: null,
      outcome,
      feedback: 'The committee’s feedback on your renewal.',
      shortReason,
    });
    await releaseDecisions(admin, { cycleId, submissionIds: [submissionId], confirm: true });
  }

  it('renewed: a new award year starts the day after the current one ends', async () => {
    const { admin, category, cycle, user, award } = await activeMvp();
    const { submissionId, renewalId } = await submitRenewal(await viewerOf(user.id, NOW), { awardId: award.id }, NOW);
    await reviewAndRelease(admin, cycle.id, category.id, submissionId, 'AWARD');

    expect(await prisma.mvpRenewal.findUniqueOrThrow({ where: { id: renewalId } })).toMatchObject({ status: 'RENEWED' });
    const next = await prisma.award.findUniqueOrThrow({ where: { renewsId: award.id } });
    expect(next).toMatchObject({ userId: user.id, categoryId: category.id, submissionId, acceptedAt: null, cycleId: cycle.id });
    expect([dateKey(next.startsOn), dateKey(next.endsOn)]).toEqual(['2031-07-01', '2032-06-30']);
    const mail = await prisma.notification.findFirstOrThrow({ where: { userId: user.id, template: 'mvp.decision.released' } });
    expect(mail.subject).toContain('is renewed');
  });

  it('not renewed: no new award, and the MVP becomes a former MVP once the year ends', async () => {
    const { admin, category, cycle, user, award } = await activeMvp();
    const { submissionId, renewalId } = await submitRenewal(await viewerOf(user.id, NOW), { awardId: award.id }, NOW);
    await reviewAndRelease(admin, cycle.id, category.id, submissionId, 'NO_AWARD');
    expect(await prisma.mvpRenewal.findUniqueOrThrow({ where: { id: renewalId } })).toMatchObject({ status: 'NOT_RENEWED' });
    expect(await prisma.award.count({ where: { renewsId: award.id } })).toBe(0);
    expect((await viewerOf(user.id, NOW)).mvp.isActiveMvp).toBe(true);
    const afterYear = await viewerOf(user.id, new Date('2031-07-02T12:00:00Z'));
    expect(afterYear.mvp).toMatchObject({ isActiveMvp: false, isFormerMvp: true });
  });
});
