// Concurrency on PostgreSQL, as people cause it: fifty simultaneous submits of one form (a double
// click, a retrying proxy, a script) create exactly one record and every other caller gets a clear
// answer, never an unexpected error; and two tabs editing the same record: the second save, made
// with the version its page was loaded with, is refused with "changed meanwhile" and changes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { submitRenewal as submitMvpRenewal } from '@/lib/awards/renewal';
import { acceptAward } from '@/lib/awards/service';
import { prisma } from '@/lib/db';
import { closeReview, decideSubmission } from '@/lib/decisions/service';
import { AppError, isAppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import { evidenceItemSchemaFor, emptyEvidenceItem } from '@/lib/evidence/schema';
import { saveEvidenceItem } from '@/lib/evidence/service';
import { updateEnrollmentSettings } from '@/lib/mct/admin-service';
import { enrollmentSettingsSchema } from '@/lib/mct/schema';
import { applySelfService } from '@/lib/mct/service';
import { deliverySchema } from '@/lib/memberships/schema';
import { nominationSchema } from '@/lib/nominations/schema';
import { createNomination } from '@/lib/nominations/service';
import { respondToNomination, submitNomination } from '@/lib/nominations/nominee';
import { updateCriteria } from '@/lib/reviews/criteria';
import { saveReview } from '@/lib/reviews/review';
import { assignReviewers } from '@/lib/reviews/assign';
import { criteriaSchema, reviewInputSchema } from '@/lib/reviews/schema';
import {
  createAward,
  createCategory,
  createCycle,
  createMembership,
  createUser,
  day,
  unique,
  uniqueEmail,
} from '@/tests/support/factories';
import {
  confirmCompletionRow,
  createIscProvider,
  createQualifiedCandidate,
  ensureProgramAgreement,
  holdCertification,
  setProgramSettings,
} from '@/tests/support/mct-factories';
import {
  createAdmin,
  createEvidence,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  flatScores,
  viewerOf,
} from '@/tests/support/review-factories';
import { startProviderApplication } from '@/lib/providers/start-application';
import { addDelivery } from '@/lib/memberships/deliveries';
import { decideRenewal } from '@/lib/memberships/renewal';

vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

const FIFTY = 50;
const fileStartedAt = new Date();

// Emails queued here are never delivered by this file: settle them so a later file's worker does not
// have to work through them first.
afterAll(async () => {
  const ids = (
    await prisma.notification.findMany({ where: { status: 'QUEUED', createdAt: { gte: fileStartedAt } }, select: { id: true } })
  ).map((n) => n.id);
  await prisma.notification.updateMany({
    where: { id: { in: ids } },
    data: { status: 'FAILED', lastError: 'not delivered: queued by a test' },
  });
  await prisma.$executeRawUnsafe(
    `DELETE FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'notificationId' = ANY($1::text[])`,
    ids,
  );
});

type Outcome<T> = { ok: T[]; refused: AppError[] };

/** Fires the same call `n` times at once. Every call must either succeed or be refused with an
 * AppError (a message for the person); anything else is what a person would see as a 500. */
async function atOnce<T>(n: number, call: () => Promise<T>): Promise<Outcome<T>> {
  const settled = await Promise.allSettled(Array.from({ length: n }, () => call()));
  const ok: T[] = [];
  const refused: AppError[] = [];
  const unexpected: unknown[] = [];
  for (const s of settled) {
    if (s.status === 'fulfilled') ok.push(s.value);
    else if (isAppError(s.reason)) refused.push(s.reason);
    else unexpected.push(s.reason);
  }
  expect(unexpected.map(String), 'unexpected errors (a 500 for the person)').toEqual([]);
  for (const r of refused) expect(r.message.length).toBeGreaterThan(10);
  return { ok, refused };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

// ───────────────────────────── Fifty simultaneous submits ─────────────────────────────

describe('fifty simultaneous submits of one form', () => {
  const NOW = new Date('2026-11-22T12:00:00Z');

  it('nominating the same person for the same category creates one nomination; the rest are told it is theirs already', async () => {
    const category = await createCategory();
    await createCycle({ categoryIds: [category.id] });
    const mvp = await createUser({ name: 'Morgan Mvp' });
    await createAward({ userId: mvp.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const nominator = await viewerOf(mvp.id, NOW);
    const input = nominationSchema.parse({
      nomineeName: 'Casey Candidate',
      nomineeEmail: uniqueEmail('nominee'),
      categoryId: category.id,
      focusAreaId: '',
      statement: 'Casey runs a monthly user group on Kubernetes and writes in-depth articles that hundreds of engineers read and use.',
      relationship: 'COMMUNITY_PEER',
      relationshipDetail: '',
    });
    const { ok } = await atOnce(FIFTY, () => createNomination(nominator, input, NOW));
    expect(await prisma.nomination.count({ where: { nomineeEmail: input.nomineeEmail } })).toBe(1);
    expect(ok.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(new Set(ok.map((r) => r.nominationId)).size).toBe(1);
    expect(await prisma.notification.count({ where: { toEmail: input.nomineeEmail, template: 'mvp.nomination-invitation' } })).toBe(1);
  });

  it('submitting evidence for review creates one submission', async () => {
    const category = await createCategory();
    await createCycle({ categoryIds: [category.id] });
    const employee = await viewerOf((await createUser({ roles: ['EMPLOYEE'] })).id, NOW);
    const nomineeUser = await createUser({ name: 'Casey Candidate' });
    const created = await createNomination(
      employee,
      nominationSchema.parse({
        nomineeName: 'Casey Candidate',
        nomineeEmail: nomineeUser.email,
        categoryId: category.id,
        focusAreaId: '',
        statement: 'Casey runs a monthly user group on Kubernetes and writes in-depth articles that hundreds of engineers read and use.',
        relationship: 'COLLEAGUE',
        relationshipDetail: '',
      }),
      NOW,
    );
    const nominee = await viewerOf(nomineeUser.id, NOW);
    await respondToNomination(nominee, { nominationId: created.nominationId, response: 'ACCEPT', declineReason: null }, NOW);
    const item = await saveEvidenceItem(
      nominee,
      evidenceItemSchemaFor('UTC').parse({
        ...emptyEvidenceItem(),
        title: 'AKS on a budget',
        description: 'A series.',
        startDate: '2026-10-01',
      }),
    );
    const { ok } = await atOnce(FIFTY, () => submitNomination(nominee, { nominationId: created.nominationId, itemIds: [item.id] }, NOW));
    expect(await prisma.submission.count({ where: { nominationId: created.nominationId } })).toBe(1);
    expect(new Set(ok.map((r) => r.submissionId)).size).toBe(1);
    expect(await prisma.nominationEvent.count({ where: { nominationId: created.nominationId, status: 'SUBMITTED' } })).toBe(1);
  });

  it('accepting an award records the agreements once', async () => {
    const version = unique('v');
    const [coc, nda] = await Promise.all(
      (['MVP_CODE_OF_CONDUCT', 'MVP_NDA'] as const).map((kind) =>
        prisma.agreement.create({ data: { kind, version, title: `${kind} ${version}`, body: 'Terms.', effectiveFrom: day('2026-01-01') } }),
      ),
    );
    const user = await createUser();
    const award = await createAward({ userId: user.id, startsOn: '2026-10-01', endsOn: '2027-09-30', acceptedAt: null });
    const viewer = await viewerOf(user.id, NOW);
    const input = { awardId: award.id, codeOfConductId: coc!.id, ndaId: nda!.id, acceptCodeOfConduct: true, acceptNda: true };
    const { ok, refused } = await atOnce(FIFTY, () => acceptAward(viewer, input, NOW));
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.code === 'CONFLICT')).toBe(true);
    expect(await prisma.agreementAcceptance.count({ where: { userId: user.id } })).toBe(2);
  });

  it('starting an MVP renewal creates one renewal and one submission', async () => {
    const RENEW_NOW = new Date('2031-01-10T18:00:00Z');
    const category = await createCategory();
    // The cycle the award renews in: its category, its renewal window open, its award year next.
    await createReviewCycle({
      categoryIds: [category.id],
      renewalOpensAt: new Date('2030-12-01T08:00:00Z'),
      renewalDeadline: new Date('2031-01-31T07:59:59Z'),
      reviewDueAt: new Date('2031-03-01T07:59:59Z'),
      awardStartsOn: '2031-07-01',
    });
    const user = await createUser({ name: unique('Morgan') });
    const award = await createAward({ userId: user.id, categoryId: category.id, startsOn: '2030-07-01', endsOn: '2031-06-30' });
    await createEvidence(user.id, ['2030-09-15', '2030-12-01']);
    const viewer = await viewerOf(user.id, RENEW_NOW);
    const { ok, refused } = await atOnce(FIFTY, () => submitMvpRenewal(viewer, { awardId: award.id }, RENEW_NOW));
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.code === 'CONFLICT')).toBe(true);
    expect(await prisma.mvpRenewal.count({ where: { awardId: award.id } })).toBe(1);
    expect(await prisma.submission.count({ where: { renewal: { awardId: award.id } } })).toBe(1);
  });
});

describe('fifty simultaneous submits of one MCT form', () => {
  const NOW = new Date('2031-11-15T20:00:00Z');
  const TODAY = '2031-11-15';
  const clock = { now: NOW };
  let agreementId: string;

  beforeAll(async () => {
    agreementId = (await ensureProgramAgreement('2031-01-01')).id;
  });
  beforeEach(async () => {
    await setProgramSettings();
  });

  it('a self-service application is created once; the rest are told one is open', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const viewer = await viewerOf(candidate.id, NOW);
    const { ok, refused } = await atOnce(FIFTY, () => applySelfService(viewer, {}, clock));
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.code === 'CONFLICT' && /already have an open MCT application/.test(r.message))).toBe(true);
    expect(await prisma.mctApplication.count({ where: { candidateId: candidate.id } })).toBe(1);
  });

  it('a provider starts one application for a candidate however often the form is sent', async () => {
    const staff = await createUser({ name: 'Parker Provider' });
    const provider = await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2035-12-31', staffIds: [staff.id] });
    const email = uniqueEmail('manual');
    const completion = await confirmCompletionRow({ providerId: provider.id, email, completedOn: '2031-09-01', confirmedById: staff.id });
    const staffViewer = await viewerOf(staff.id, NOW);
    const { ok } = await atOnce(FIFTY, () =>
      startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id }, clock),
    );
    expect(ok).toHaveLength(1);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.mctApplication.count({ where: { candidate: { email } } })).toBe(1);
    expect(await prisma.notification.count({ where: { toEmail: email, template: 'mct.provider-application' } })).toBe(1);
  });

  it('one training delivery is logged once; the rest are told it is already in the log', async () => {
    const user = await createUser({ name: 'Morgan Member' });
    await createMembership({ userId: user.id, status: 'ACTIVE', terms: [{ startsOn: '2031-06-01', endsOn: '2032-05-31' }] });
    await holdCertification({ userId: user.id, earnedOn: '2031-01-10', expiresOn: '2033-12-31' });
    const viewer = await viewerOf(user.id, NOW);
    const delivery = deliverySchema.parse({
      courseCode: 'AZ-104T00',
      courseTitle: 'Microsoft Azure Administrator',
      startDate: '2031-10-06',
      endDate: '2031-10-09',
      format: 'Virtual',
      studentCount: '14',
      trainingPartner: 'Contoso Learning',
      satisfactionScore: '8.6',
    });
    const { ok, refused } = await atOnce(FIFTY, () => addDelivery(viewer, delivery, clock));
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.code === 'CONFLICT')).toBe(true);
    expect(await prisma.trainingDelivery.count({ where: { userId: user.id } })).toBe(1);
  });
});

// ───────────────────────────── Two tabs ─────────────────────────────

describe('two tabs editing the same record', () => {
  it('evidence item: the second save with the old version is refused and changes nothing', async () => {
    const user = await createUser();
    const viewer = await viewerOf(user.id);
    const schema = evidenceItemSchemaFor('UTC');
    const base = { ...emptyEvidenceItem(), title: 'First title', description: 'What it was.', startDate: '2026-10-01' };
    const { id } = await saveEvidenceItem(viewer, schema.parse(base));
    const loaded = await prisma.evidenceItem.findUniqueOrThrow({ where: { id } });
    // Tab A saves.
    await saveEvidenceItem(viewer, schema.parse({ ...base, id, version: loaded.version, title: 'Tab A title' }));
    // Tab B, loaded before A saved, saves with the version it was loaded with.
    const refused = await refusal(saveEvidenceItem(viewer, schema.parse({ ...base, id, version: loaded.version, title: 'Tab B title' })));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(STALE_WRITE_MESSAGE);
    const after = await prisma.evidenceItem.findUniqueOrThrow({ where: { id } });
    expect(after).toMatchObject({ title: 'Tab A title', version: loaded.version + 1 });
    // After "Reload" tab B has the new version, and its typed title saves.
    await saveEvidenceItem(viewer, schema.parse({ ...base, id, version: after.version, title: 'Tab B title' }));
    expect((await prisma.evidenceItem.findUniqueOrThrow({ where: { id } })).title).toBe('Tab B title');
  });

  it('evidence item: two tabs saving at once, one wins and the other is told', async () => {
    const viewer = await viewerOf((await createUser()).id);
    const schema = evidenceItemSchemaFor('UTC');
    const base = { ...emptyEvidenceItem(), title: 'Start', description: 'What it was.', startDate: '2026-10-01' };
    const { id } = await saveEvidenceItem(viewer, schema.parse(base));
    const { ok, refused } = await atOnce(10, () =>
      saveEvidenceItem(viewer, schema.parse({ ...base, id, version: 0, title: unique('Tab') })),
    );
    expect(ok).toHaveLength(1);
    expect(refused.every((r) => r.message === STALE_WRITE_MESSAGE)).toBe(true);
    expect((await prisma.evidenceItem.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  /** A cycle with one submission assigned to one reviewer. */
  async function assignedReview() {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [reviewer.id] });
    const assignment = await prisma.reviewAssignment.findFirstOrThrow({
      where: { submissionId: sub.submission.id, reviewerId: reviewer.id },
    });
    return { admin, cycle, sub, reviewer: await viewerOf(reviewer.id), assignment };
  }

  const reviewDraft = (assignmentId: string, version: number, criteria: { id: string }[], comment: string) =>
    reviewInputSchema.parse({
      assignmentId,
      version,
      intent: 'draft',
      scores: flatScores(criteria, 3),
      confidence: '3',
      committeeComment: comment,
      candidateFeedback: '',
    });

  it('review: a draft saved from a stale tab is refused and the other tab’s comment stays', async () => {
    const { cycle, reviewer, assignment } = await assignedReview();
    await saveReview(reviewer, reviewDraft(assignment.id, assignment.version, cycle.criteria, 'Tab A comment'));
    const refused = await refusal(saveReview(reviewer, reviewDraft(assignment.id, assignment.version, cycle.criteria, 'Tab B comment')));
    expect(refused.message).toBe(STALE_WRITE_MESSAGE);
    expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: assignment.id } })).committeeComment).toBe('Tab A comment');
  });

  it('criteria: a stale tab’s weights are refused', async () => {
    const { admin, cycle } = await assignedReview();
    const rows = cycle.criteria.map((c) => ({ id: c.id, label: c.label, description: c.description, weight: String(c.weight) }));
    await updateCriteria(admin, criteriaSchema.parse({ cycleId: cycle.id, version: cycle.version, criteria: rows }));
    const stale = criteriaSchema.parse({ cycleId: cycle.id, version: cycle.version, criteria: rows.map((r) => ({ ...r, weight: '7' })) });
    expect((await refusal(updateCriteria(admin, stale))).message).toBe(STALE_WRITE_MESSAGE);
    const weights = await prisma.reviewCriterion.findMany({ where: { cycleId: cycle.id }, select: { weight: true } });
    expect(weights.every((w) => Number(w.weight) !== 7)).toBe(true);
  });

  it('decision: a second admin deciding from a stale page is refused; the first decision stays', async () => {
    const { admin, cycle, sub, reviewer, assignment } = await assignedReview();
    await saveReview(reviewer, {
      ...reviewDraft(assignment.id, assignment.version, cycle.criteria, 'Committee: a strong, steady record.'),
      intent: 'submit',
      candidateFeedback: 'Your talks reached many people.',
    });
    await closeReview(admin, {
      cycleId: cycle.id,
      version: (await prisma.awardCycle.findUniqueOrThrow({ where: { id: cycle.id } })).version,
      shortReason: 'One review is enough for this test round.',
    });
    const other = await createAdmin();
    const feedback = 'Your sustained, well-measured reach stood out to the committee.';
    const shortReason = 'One review is enough for this test round.';
    await decideSubmission(admin, { submissionId: sub.submission.id, version: null, outcome: 'AWARD', feedback, shortReason });
    const refused = await refusal(
      decideSubmission(other, { submissionId: sub.submission.id, version: null, outcome: 'NO_AWARD', feedback, shortReason }),
    );
    expect(refused.message).toBe(STALE_WRITE_MESSAGE);
    expect(await prisma.decision.findUniqueOrThrow({ where: { submissionId: sub.submission.id } })).toMatchObject({ outcome: 'AWARD' });
  });

  it('program settings: the enrollment settings form from a stale tab is refused', async () => {
    const admin = await createAdmin();
    const settings = await setProgramSettings();
    const form = (reason: string) =>
      enrollmentSettingsSchema.parse({
        version: settings.version,
        selfServiceEnabled: true,
        selfServiceOffReason: reason,
        mctFeeWaived: true,
        mctFee: '',
        mctFeeCurrency: 'USD',
        mctFeeWaiverNote: '',
      });
    await updateEnrollmentSettings(admin, form('Tab A reason, saved first.'));
    const refused = await refusal(updateEnrollmentSettings(admin, form('Tab B reason, saved second.')));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/meanwhile|changed|another/i);
    expect((await prisma.programSettings.findUniqueOrThrow({ where: { id: 1 } })).selfServiceOffReason).toBe('Tab A reason, saved first.');
    await setProgramSettings();
  });

  it('membership renewal decision: a second admin from a stale page is refused', async () => {
    const [first, second] = [await createAdmin(), await createAdmin()];
    const user = await createUser({ name: 'Morgan Member' });
    const membership = await createMembership({
      userId: user.id,
      status: 'ACTIVE',
      terms: [{ startsOn: '2026-01-21', endsOn: '2027-01-20' }],
    });
    const renewal = await prisma.mctRenewal.create({
      data: { termId: membership.terms[0]!.id, status: 'SUBMITTED', submittedAt: new Date() },
    });
    await decideRenewal(first, { renewalId: renewal.id, version: renewal.version, decision: 'APPROVE', note: '' });
    const refused = await refusal(
      decideRenewal(second, {
        renewalId: renewal.id,
        version: renewal.version,
        decision: 'ASK_FOR_MORE',
        note: 'Please add your deliveries.',
      }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/changed since you opened it/);
    expect(await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewal.id } })).toMatchObject({ status: 'APPROVED' });
    expect(await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })).toBe(2);
  });

  it('membership renewal decision: two admins at once, one decision', async () => {
    const admins = [await createAdmin(), await createAdmin()];
    const user = await createUser({ name: 'Morgan Member' });
    const membership = await createMembership({
      userId: user.id,
      status: 'ACTIVE',
      terms: [{ startsOn: '2026-01-21', endsOn: '2027-01-20' }],
    });
    const renewal = await prisma.mctRenewal.create({
      data: { termId: membership.terms[0]!.id, status: 'SUBMITTED', submittedAt: new Date() },
    });
    let i = 0;
    const { ok } = await atOnce(10, () =>
      decideRenewal(admins[i++ % 2]!, { renewalId: renewal.id, version: 0, decision: 'APPROVE', note: '' }),
    );
    expect(ok).toHaveLength(1);
    expect(await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })).toBe(2);
  });
});
