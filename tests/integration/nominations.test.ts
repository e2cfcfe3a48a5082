// The nominator's and the nominee's journeys through the services, on PostgreSQL: every refusal,
// endorsement, the invitation link, accepting, submitting (frozen, once), withdrawing, expiry, and
// who may see what.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '@/lib/auth/action-tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { saveEvidenceItem, deleteEvidenceItem } from '@/lib/evidence/service';
import { evidenceItemSchemaFor, emptyEvidenceItem, type EvidenceItemInput } from '@/lib/evidence/schema';
import { expireNominationInvitations } from '@/lib/nominations/expire-invitations';
import { checkInvitation, followInvitation } from '@/lib/nominations/invitations';
import { getNominationForViewer, listMyNominations } from '@/lib/nominations/queries';
import { nominationSchema, type NominationInput } from '@/lib/nominations/schema';
import { createNomination, endorseNomination } from '@/lib/nominations/service';
import { respondToNomination, submitNomination, withdrawNomination } from '@/lib/nominations/nominee';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { ONE_TIME_LINK_PLACEHOLDER } from '@/lib/notifications/one-time-link';
import { createAward, createCategory, createCycle, createUser, uniqueEmail } from '@/tests/support/factories';
import { sentLinkOf } from '@/tests/support/sent-link';

// define-action.ts and the pages reach the session through lib/auth/guards.ts (Next.js and Auth.js
// at runtime); the services here are called with a viewer, as the actions call them.
vi.mock('@/lib/auth/guards', () => ({ getViewer: () => Promise.reject(new Error('not used')) }));

const fileStartedAt = new Date();

// These tests check which emails are queued, never their delivery. Settle them at the end so a later
// file's worker (tests/integration/outbox.test.ts) does not first have to deliver this file's backlog.
afterAll(async () => {
  const queued = await prisma.notification.findMany({
    where: { status: 'QUEUED', createdAt: { gte: fileStartedAt } },
    select: { id: true },
  });
  const ids = queued.map((n) => n.id);
  await prisma.notification.updateMany({
    where: { id: { in: ids } },
    data: { status: 'FAILED', lastError: 'not delivered: queued by a test' },
  });
  await prisma.$executeRawUnsafe(
    `DELETE FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'notificationId' = ANY($1::text[])`,
    ids,
  );
});

/** The tests' "now": inside the factory cycle's nomination period (1 Sep 2026 to 1 Apr 2027). */
const NOW = new Date('2026-11-22T12:00:00Z');
const DAY = 86_400_000;

async function viewerOf(userId: string, now = NOW): Promise<Viewer> {
  const viewer = await loadViewer(userId, now);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

/** An active MVP in a category of their own (so they may nominate). */
async function activeMvp(name = 'Morgan Mvp') {
  const user = await createUser({ name });
  await createAward({ userId: user.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
  return viewerOf(user.id);
}

async function setting() {
  const category = await createCategory();
  const cycle = await createCycle({ categoryIds: [category.id] });
  return { category, cycle };
}

const nominationInput = (overrides: Partial<NominationInput> & { categoryId: string }) =>
  nominationSchema.parse({
    nomineeName: 'Casey Candidate',
    nomineeEmail: uniqueEmail('nominee'),
    focusAreaId: '',
    statement: 'Casey runs a monthly user group on Kubernetes and writes in-depth articles that hundreds of engineers read and use.',
    relationship: 'COMMUNITY_PEER',
    relationshipDetail: '',
    ...overrides,
  });

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; fieldErrors?: Record<string, string[]> };
  }
  throw new Error('expected a refusal');
}

/** The raw token of the invitation emailed to an address (only its hash is stored). */
async function invitationTokenFor(email: string): Promise<string> {
  const mail = await prisma.notification.findFirstOrThrow({
    where: { toEmail: email, template: 'mvp.nomination-invitation' },
    orderBy: { createdAt: 'desc' },
  });
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(sentLinkOf(mail))?.[1];
  if (!token) throw new Error('no invitation link in the email');
  return token;
}

/** A nominated person with an account, who has accepted. */
async function acceptedNomination(opts: { timeZone?: string } = {}) {
  const { category } = await setting();
  const nominator = await activeMvp();
  const nomineeUser = await createUser({ name: 'Casey Candidate', timeZone: opts.timeZone ?? 'UTC' });
  const created = await createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: nomineeUser.email }), NOW);
  if (created.outcome !== 'created') throw new Error('not created');
  const nominee = await viewerOf(nomineeUser.id);
  await respondToNomination(nominee, { nominationId: created.nominationId, response: 'ACCEPT', declineReason: null }, NOW);
  return { nominator, nominee, nominationId: created.nominationId, category };
}

const evidence = (overrides: Partial<EvidenceItemInput>) =>
  evidenceItemSchemaFor('UTC').parse({
    ...emptyEvidenceItem(),
    title: 'Running AKS on a budget',
    description: 'A three-part series on autoscaling AKS for small teams.',
    startDate: '2026-10-12',
    ...overrides,
  });

describe('nominating', () => {
  it('records the nomination, its history, a single-use invitation and the emails, in one go', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const input = nominationInput({ categoryId: category.id });
    const result = await createNomination(nominator, input, NOW);
    expect(result.outcome).toBe('created');
    const id = result.outcome === 'created' ? result.nominationId : '';

    const nomination = await prisma.nomination.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(nomination).toMatchObject({ status: 'INVITED', nominatorId: nominator.id, nomineeEmail: input.nomineeEmail, nomineeId: null });
    expect(nomination.inviteExpiresAt.getTime()).toBe(NOW.getTime() + 30 * DAY);
    expect(nomination.events.map((e) => e.status)).toEqual(['INVITED']);

    const tokens = await prisma.actionToken.findMany({ where: { subjectId: id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: 'NOMINATION_INVITE', email: input.nomineeEmail, usedAt: null });

    const invitation = await prisma.notification.findFirstOrThrow({ where: { toEmail: input.nomineeEmail } });
    expect(invitation).toMatchObject({ template: 'mvp.nomination-invitation', urgency: 'IMMEDIATE' });
    // The stored email holds no working link (an admin reads the outbox); the worker sends the real one.
    expect(invitation.textBody).toContain(ONE_TIME_LINK_PLACEHOLDER);
    expect(invitation.textBody).not.toContain(tokens[0]!.tokenHash);
    expect(sentLinkOf(invitation)).toContain('/invitations/');
    expect(hashToken(await invitationTokenFor(input.nomineeEmail))).toBe(tokens[0]!.tokenHash);
    const update = await prisma.notification.findFirstOrThrow({ where: { toEmail: nominator.email, template: 'mvp.nomination-update' } });
    expect(update.urgency).toBe('DIGESTIBLE');

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'nomination.created' } });
    expect(audit).toMatchObject({ actorId: nominator.id, actorLabel: nominator.email });
  });

  it('lets a Microsoft employee nominate', async () => {
    const { category } = await setting();
    const employee = await viewerOf((await createUser({ roles: ['EMPLOYEE'] })).id);
    expect((await createNomination(employee, nominationInput({ categoryId: category.id }), NOW)).outcome).toBe('created');
  });

  it('refuses someone who is neither an active MVP nor an employee, and records nothing', async () => {
    const { category } = await setting();
    const candidate = await viewerOf((await createUser()).id);
    const input = nominationInput({ categoryId: category.id });
    const error = await rejection(createNomination(candidate, input, NOW));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Only active MVPs and Microsoft employees can nominate.' });
    expect(await prisma.nomination.count({ where: { nomineeEmail: input.nomineeEmail } })).toBe(0);
    expect(await prisma.notification.count({ where: { toEmail: input.nomineeEmail } })).toBe(0);
  });

  it('refuses a self-nomination beside the email field', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const error = await rejection(
      createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: nominator.email.toUpperCase() }), NOW),
    );
    expect(error.code).toBe('INVALID');
    expect(error.fieldErrors?.nomineeEmail?.[0]).toMatch(/cannot nominate yourself/);
  });

  it('refuses to nominate an employee: by the address’s domain without an account, or by role with one', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const byDomain = await rejection(
      createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: uniqueEmail('emp', 'microsoft.com') }), NOW),
    );
    expect(byDomain.message).toBe('Microsoft employees cannot be nominated for an MVP award.');
    const employee = await createUser({ roles: ['EMPLOYEE'], email: uniqueEmail('emp', 'contoso.test') });
    const byRole = await rejection(
      createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: employee.email }), NOW),
    );
    expect(byRole.fieldErrors?.nomineeEmail).toEqual(['Microsoft employees cannot be nominated for an MVP award.']);
  });

  it('refuses a person already an active MVP in that category, and allows another category', async () => {
    const { category, cycle } = await setting();
    const other = await createCategory();
    await prisma.awardCycleCategory.create({ data: { cycleId: cycle.id, categoryId: other.id } });
    const nominator = await activeMvp();
    const mvp = await createUser();
    await createAward({ userId: mvp.id, categoryId: category.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const error = await rejection(createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: mvp.email }), NOW));
    expect(error.fieldErrors?.categoryId?.[0]).toMatch(/already an active MVP in Category/);
    expect((await createNomination(nominator, nominationInput({ categoryId: other.id, nomineeEmail: mvp.email }), NOW)).outcome).toBe(
      'created',
    );
  });

  it('refuses a second open nomination for the same person and category, offers to endorse it, and records the endorsement', async () => {
    const { category } = await setting();
    const first = await activeMvp('First Nominator');
    const second = await viewerOf((await createUser({ name: 'Second Nominator', roles: ['EMPLOYEE'] })).id);
    const nomineeEmail = uniqueEmail('nominee');
    const created = await createNomination(first, nominationInput({ categoryId: category.id, nomineeEmail }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';

    const again = await createNomination(
      second,
      nominationInput({ categoryId: category.id, nomineeEmail: nomineeEmail.toUpperCase() }),
      NOW,
    );
    // Offered by email, never on the page (tests/integration/nomination-enumeration.test.ts).
    expect(again).toMatchObject({ outcome: 'endorse-offered', nominationId });
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(1);

    await endorseNomination(
      second,
      { nominationId, statement: 'I have seen Casey’s talks at three conferences; the room is always full and the feedback excellent.' },
      NOW,
    );
    await endorseNomination(
      second,
      { nominationId, statement: 'A second click on the same button changes nothing at all, not even this.' },
      NOW,
    );
    const endorsements = await prisma.endorsement.findMany({ where: { nominationId } });
    expect(endorsements).toHaveLength(1);
    expect(endorsements[0]!.endorserId).toBe(second.id);
    const events = await prisma.nominationEvent.findMany({ where: { nominationId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.note)).toEqual([null, 'Endorsed by Second Nominator']);
    expect(
      await prisma.notification.count({
        where: { toEmail: first.email, template: 'mvp.nomination-update', subject: { contains: 'endorsed' } },
      }),
    ).toBe(1);

    // The endorser now follows it too, and sees it among their nominations.
    expect((await getNominationForViewer(second, nominationId))?.role).toBe('endorser');
    expect((await listMyNominations(second)).endorsed.map((n) => n.id)).toEqual([nominationId]);
    expect(await createNomination(second, nominationInput({ categoryId: category.id, nomineeEmail }), NOW)).toMatchObject({
      outcome: 'already-endorsed',
    });
    expect(await createNomination(first, nominationInput({ categoryId: category.id, nomineeEmail }), NOW)).toMatchObject({
      outcome: 'already-yours',
    });
  });

  it('refuses the nominator’s own endorsement and a non-nominator’s', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    const statement = 'An endorsement statement long enough to pass the schema, about the impact seen in the community.';
    expect((await rejection(endorseNomination(nominator, { nominationId, statement }, NOW))).message).toMatch(/you cannot endorse it/);
    const candidate = await viewerOf((await createUser()).id);
    expect((await rejection(endorseNomination(candidate, { nominationId, statement }, NOW))).code).toBe('FORBIDDEN');
  });

  it('lets exactly one of two simultaneous nominations of the same person and category through', async () => {
    const { category } = await setting();
    const [a, b] = [await activeMvp(), await activeMvp()];
    const nomineeEmail = uniqueEmail('nominee');
    const results = await Promise.all([
      createNomination(a, nominationInput({ categoryId: category.id, nomineeEmail }), NOW),
      createNomination(b, nominationInput({ categoryId: category.id, nomineeEmail }), NOW),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['created', 'endorse-offered']);
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(1);
  });

  it('refuses when no award cycle takes nominations', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const error = await rejection(
      createNomination(nominator, nominationInput({ categoryId: category.id }), new Date('2040-01-01T00:00:00Z')),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/No award cycle is taking nominations/) });
  });

  it('refuses a focus area of another category', async () => {
    const { category } = await setting();
    const other = await createCategory();
    const focus = await prisma.focusArea.create({ data: { categoryId: other.id, slug: 'k8s', name: 'Kubernetes' } });
    const nominator = await activeMvp();
    const error = await rejection(createNomination(nominator, nominationInput({ categoryId: category.id, focusAreaId: focus.id }), NOW));
    expect(error.fieldErrors?.focusAreaId).toBeDefined();
  });
});

describe('the invitation link', () => {
  it('works once: it signs the invited address in and opens the nomination; the second time it says it was used', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const input = nominationInput({ categoryId: category.id });
    const created = await createNomination(nominator, input, NOW);
    const token = await invitationTokenFor(input.nomineeEmail);

    // Opening the link (mail scanners do it first) names only the invited address and uses nothing up.
    expect(await checkInvitation(token, NOW)).toEqual({ kind: 'valid', email: input.nomineeEmail });
    expect(await checkInvitation(token, NOW)).toEqual({ kind: 'valid', email: input.nomineeEmail });

    const first = await followInvitation(token, NOW);
    expect(first.kind).toBe('sign-in');
    const url = new URL(first.kind === 'sign-in' ? first.url : '', 'http://portal.test');
    expect(url.pathname).toBe('/api/auth/callback/nodemailer');
    expect(url.searchParams.get('email')).toBe(input.nomineeEmail);
    expect(url.searchParams.get('callbackUrl')).toBe(`/nominations/${created.outcome === 'created' ? created.nominationId : ''}`);

    expect(await followInvitation(token, NOW)).toEqual({ kind: 'problem', reason: 'used' });
    expect(await checkInvitation(token, NOW)).toEqual({ kind: 'problem', reason: 'used' });
  });

  it('says an expired link has expired, without using it or revealing the nomination', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const input = nominationInput({ categoryId: category.id });
    await createNomination(nominator, input, new Date(NOW.getTime() - 31 * DAY));
    const token = await invitationTokenFor(input.nomineeEmail);
    expect(await checkInvitation(token, NOW)).toEqual({ kind: 'problem', reason: 'expired' });
    expect(await followInvitation(token, NOW)).toEqual({ kind: 'problem', reason: 'expired' });
    expect((await prisma.actionToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeNull();
  });

  it('says an unknown or malformed link is not valid', async () => {
    expect(await followInvitation('made-up-token-that-is-long-enough')).toEqual({ kind: 'problem', reason: 'unknown' });
    expect(await followInvitation('../../etc/passwd')).toEqual({ kind: 'problem', reason: 'unknown' });
    expect(await checkInvitation('made-up-token-that-is-long-enough')).toEqual({ kind: 'problem', reason: 'unknown' });
    expect(await checkInvitation('../../etc/passwd')).toEqual({ kind: 'problem', reason: 'unknown' });
  });
});

describe('the nominee', () => {
  it('is linked when they follow the invitation, not when a page shows it; accepts once, and the nominator is told', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const nomineeUser = await createUser();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: nomineeUser.email }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    const nominee = await viewerOf(nomineeUser.id);
    const linkedTo = async () => (await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).nomineeId;

    // The invited address sees its nomination before any link; reading it changes nothing.
    expect(await getNominationForViewer(nominee, nominationId)).toMatchObject({ role: 'nominee' });
    expect(await linkedTo()).toBeNull();
    await followInvitation(await invitationTokenFor(nomineeUser.email), NOW);
    expect(await linkedTo()).toBe(nominee.id);

    const detail = await getNominationForViewer(nominee, nominationId);
    expect(detail).toMatchObject({ role: 'nominee', nominatorName: 'Morgan Mvp', status: 'INVITED' });

    const accept = { nominationId, response: 'ACCEPT' as const, declineReason: null };
    const [a, b] = await Promise.all([respondToNomination(nominee, accept, NOW), respondToNomination(nominee, accept, NOW)]);
    expect([a.status, b.status]).toEqual(['ACCEPTED', 'ACCEPTED']);
    const events = await prisma.nominationEvent.findMany({ where: { nominationId }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.status)).toEqual(['INVITED', 'ACCEPTED']);
    expect(await prisma.notification.count({ where: { toEmail: nominator.email, subject: { contains: 'accepted the nomination' } } })).toBe(
      1,
    );
  });

  it('gets an account named as nominated when they follow the invitation without one', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const input = nominationInput({ categoryId: category.id });
    const created = await createNomination(nominator, input, NOW);
    expect(await prisma.user.findUnique({ where: { email: input.nomineeEmail } })).toBeNull();
    await followInvitation(await invitationTokenFor(input.nomineeEmail), NOW);
    const account = await prisma.user.findUniqueOrThrow({ where: { email: input.nomineeEmail } });
    expect(account.name).toBe(input.nomineeName);
    const nomination = await prisma.nomination.findUniqueOrThrow({
      where: { id: created.outcome === 'created' ? created.nominationId : '' },
    });
    expect(nomination.nomineeId).toBe(account.id);
  });

  it('may decline; the reason stays out of the history nominators read', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const nomineeUser = await createUser();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: nomineeUser.email }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    await respondToNomination(await viewerOf(nomineeUser.id), { nominationId, response: 'DECLINE', declineReason: 'Not this year' }, NOW);
    const n = await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId }, include: { events: true } });
    expect(n).toMatchObject({ status: 'DECLINED', declineReason: 'Not this year' });
    expect(n.closedAt).not.toBeNull();
    expect(n.events.map((e) => e.note)).toEqual([null, null]);
    const detail = await getNominationForViewer(nominator, nominationId);
    expect(JSON.stringify(detail)).not.toContain('Not this year');
  });

  it('cannot accept an expired invitation', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const nomineeUser = await createUser();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: nomineeUser.email }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    const later = new Date(NOW.getTime() + 31 * DAY);
    const error = await rejection(
      respondToNomination(await viewerOf(nomineeUser.id, later), { nominationId, response: 'ACCEPT', declineReason: null }, later),
    );
    expect(error.message).toMatch(/expired/);
  });

  it('is the only one who can accept: others are refused and learn nothing', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    const stranger = await viewerOf((await createUser()).id);
    const accept = { nominationId, response: 'ACCEPT' as const, declineReason: null };
    expect(await rejection(respondToNomination(stranger, accept, NOW))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(respondToNomination(nominator, accept, NOW))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await getNominationForViewer(stranger, nominationId)).toBeNull();
    expect((await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).status).toBe('INVITED');
  });
});

describe('submitting evidence', () => {
  it('freezes the chosen items: later edits and deletions of the log do not change the submission', async () => {
    const { nominator, nominee, nominationId } = await acceptedNomination();
    const blog = await saveEvidenceItem(nominee, evidence({ title: 'AKS on a budget', metrics: { VIEWS: '12000' } }));
    const talk = await saveEvidenceItem(
      nominee,
      evidence({
        type: 'SPEAKING_USER_GROUP',
        role: 'SPEAKER',
        title: 'K8s networking',
        startDate: '2026-08-19',
        metrics: { ATTENDEES: '85' },
      }),
    );
    const result = await submitNomination(nominee, { nominationId, itemIds: [blog.id, talk.id] }, NOW);
    expect(result.alreadySubmitted).toBe(false);

    const submission = await prisma.submission.findUniqueOrThrow({
      where: { id: result.submissionId },
      include: { items: { orderBy: { position: 'asc' } } },
    });
    expect(submission).toMatchObject({ kind: 'NOMINATION', nominationId, candidateId: nominee.id, status: 'SUBMITTED' });
    expect(submission.windowStart.toISOString().slice(0, 10)).toBe('2025-11-23');
    expect(submission.windowEnd.toISOString().slice(0, 10)).toBe('2026-11-22');
    expect(submission.items.map((i) => [i.title, i.metrics])).toEqual([
      ['K8s networking', { ATTENDEES: 85 }],
      ['AKS on a budget', { VIEWS: 12000 }],
    ]);

    await saveEvidenceItem(nominee, evidence({ id: blog.id, title: 'Edited after submitting', metrics: { VIEWS: '99' } }));
    await deleteEvidenceItem(nominee, { id: talk.id });
    const frozen = await prisma.submissionItem.findMany({ where: { submissionId: result.submissionId }, orderBy: { position: 'asc' } });
    expect(frozen.map((i) => [i.title, i.metrics])).toEqual([
      ['K8s networking', { ATTENDEES: 85 }],
      ['AKS on a budget', { VIEWS: 12000 }],
    ]);

    const n = await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(n.status).toBe('SUBMITTED');
    expect(n.events.map((e) => e.status)).toEqual(['INVITED', 'ACCEPTED', 'SUBMITTED']);
    expect(
      await prisma.notification.count({ where: { toEmail: nominator.email, subject: { contains: 'submitted their evidence' } } }),
    ).toBe(1);
    expect(await prisma.notification.count({ where: { toEmail: nominee.email, template: 'mvp.submission-received' } })).toBe(1);
    // The nominator follows the status, never the evidence itself.
    const asNominator = await getNominationForViewer(nominator, nominationId);
    expect(asNominator).toMatchObject({ status: 'SUBMITTED', submission: null });
    expect((await listMyNominations(nominator)).made.find((m) => m.id === nominationId)?.events.map((e) => e.status)).toEqual([
      'INVITED',
      'ACCEPTED',
      'SUBMITTED',
    ]);
  });

  it('lets the nominee state their own focus area: one their category offers today, kept on the nomination and the submission', async () => {
    const { nominee, nominationId, category } = await acceptedNomination();
    const [active, retired] = await Promise.all([
      prisma.focusArea.create({ data: { categoryId: category.id, slug: 'kubernetes', name: 'Kubernetes' } }),
      prisma.focusArea.create({ data: { categoryId: category.id, slug: 'old-area', name: 'Old area', isActive: false } }),
    ]);
    const elsewhere = await prisma.focusArea.create({ data: { categoryId: (await createCategory()).id, slug: 'other', name: 'Other' } });
    const blog = await saveEvidenceItem(nominee, evidence({ title: 'AKS on a budget' }));
    for (const wrong of [retired.id, elsewhere.id]) {
      const error = await submitNomination(nominee, { nominationId, itemIds: [blog.id], focusAreaId: wrong }, NOW).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors?.focusAreaId?.[0]).toMatch(/^This focus area is not offered/);
    }
    expect(await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).toMatchObject({
      status: 'ACCEPTED',
      focusAreaId: null,
    });

    const result = await submitNomination(nominee, { nominationId, itemIds: [blog.id], focusAreaId: active.id }, NOW);
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: result.submissionId } })).toMatchObject({ focusAreaId: active.id });
    expect(await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).toMatchObject({ focusAreaId: active.id });
    expect(await getNominationForViewer(nominee, nominationId)).toMatchObject({ focusAreaName: 'Kubernetes' });
  });

  it('creates one submission however often it is submitted at once (a double click)', async () => {
    const { nominee, nominationId } = await acceptedNomination();
    const item = await saveEvidenceItem(nominee, evidence({}));
    const results = await Promise.all(
      Array.from({ length: 3 }, () => submitNomination(nominee, { nominationId, itemIds: [item.id] }, NOW)),
    );
    expect(new Set(results.map((r) => r.submissionId)).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(await prisma.submission.count({ where: { nominationId } })).toBe(1);
    expect(await prisma.nominationEvent.count({ where: { nominationId, status: 'SUBMITTED' } })).toBe(1);
    const later = await submitNomination(nominee, { nominationId, itemIds: [item.id] }, NOW);
    expect(later).toEqual({ submissionId: results[0]!.submissionId, alreadySubmitted: true });
  });

  it('refuses items outside the 12-month window, with their titles, and saves nothing', async () => {
    const { nominee, nominationId } = await acceptedNomination();
    const recent = await saveEvidenceItem(nominee, evidence({}));
    const old = await saveEvidenceItem(nominee, evidence({ title: 'An old post', startDate: '2025-11-22' }));
    const error = await rejection(submitNomination(nominee, { nominationId, itemIds: [recent.id, old.id] }, NOW));
    expect(error.message).toMatch(/Only contributions dated from 23 November 2025 to 22 November 2026 can be submitted/);
    expect(error.message).toContain('“An old post”');
    expect(await prisma.submission.count({ where: { nominationId } })).toBe(0);
    expect((await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).status).toBe('ACCEPTED');
  });

  it('uses the candidate’s time zone for the submission date', async () => {
    // 07:30 UTC on 22 November is still 21 November in Los Angeles: the window ends on the 21st.
    const { nominee, nominationId } = await acceptedNomination({ timeZone: 'America/Los_Angeles' });
    const edge = await saveEvidenceItem(nominee, evidence({ startDate: '2025-11-22' }));
    const result = await submitNomination(nominee, { nominationId, itemIds: [edge.id] }, new Date('2026-11-22T07:30:00Z'));
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id: result.submissionId } });
    expect(submission.windowStart.toISOString().slice(0, 10)).toBe('2025-11-22');
    expect(submission.windowEnd.toISOString().slice(0, 10)).toBe('2026-11-21');
  });

  it('refuses someone else’s items, and full-time-job items', async () => {
    const { nominee, nominationId } = await acceptedNomination();
    const other = await viewerOf((await createUser()).id);
    const theirs = await saveEvidenceItem(other, evidence({ title: 'Not yours' }));
    expect((await rejection(submitNomination(nominee, { nominationId, itemIds: [theirs.id] }, NOW))).code).toBe('INVALID');
    const job = await saveEvidenceItem(nominee, evidence({ title: 'My day job', isPaid: true, isFullTimeJob: true }));
    expect((await rejection(submitNomination(nominee, { nominationId, itemIds: [job.id] }, NOW))).message).toMatch(/full-time job/);
    expect(await prisma.submission.count({ where: { nominationId } })).toBe(0);
  });

  it('refuses a submission after the cycle’s evidence deadline', async () => {
    const { nominee, nominationId } = await acceptedNomination();
    const item = await saveEvidenceItem(nominee, evidence({}));
    const { cycle } = await prisma.nomination.findUniqueOrThrow({
      where: { id: nominationId },
      select: { cycle: { select: { submissionDeadline: true } } },
    });
    const justAfter = new Date(cycle.submissionDeadline.getTime() + 1000);
    const error = await rejection(submitNomination(nominee, { nominationId, itemIds: [item.id] }, justAfter));
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/evidence deadline/) });
    expect(await prisma.submission.count({ where: { nominationId } })).toBe(0);
  });

  it('is refused to anyone but the nominee', async () => {
    const { nominator, nominee, nominationId } = await acceptedNomination();
    const item = await saveEvidenceItem(nominee, evidence({}));
    const stranger = await viewerOf((await createUser()).id);
    expect((await rejection(submitNomination(stranger, { nominationId, itemIds: [item.id] }, NOW))).code).toBe('NOT_FOUND');
    expect((await rejection(submitNomination(nominator, { nominationId, itemIds: [item.id] }, NOW))).code).toBe('FORBIDDEN');
  });
});

describe('withdrawing', () => {
  it('lets the nominee withdraw a submission until review starts, and not after', async () => {
    const { nominator, nominee, nominationId } = await acceptedNomination();
    const item = await saveEvidenceItem(nominee, evidence({}));
    const { submissionId } = await submitNomination(nominee, { nominationId, itemIds: [item.id] }, NOW);
    await withdrawNomination(nominee, { nominationId, reason: 'Changed jobs' }, NOW);
    expect((await prisma.nomination.findUniqueOrThrow({ where: { id: nominationId } })).status).toBe('WITHDRAWN');
    expect(await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).toMatchObject({ status: 'WITHDRAWN' });
    expect(await prisma.notification.count({ where: { toEmail: nominator.email, subject: { contains: 'was withdrawn' } } })).toBe(1);

    const second = await acceptedNomination();
    const item2 = await saveEvidenceItem(second.nominee, evidence({}));
    const s2 = await submitNomination(second.nominee, { nominationId: second.nominationId, itemIds: [item2.id] }, NOW);
    // Review starts (lib/reviews moves both): now the nominee can no longer withdraw.
    await prisma.nomination.update({ where: { id: second.nominationId }, data: { status: 'UNDER_REVIEW' } });
    await prisma.submission.update({ where: { id: s2.submissionId }, data: { status: 'UNDER_REVIEW' } });
    const error = await rejection(withdrawNomination(second.nominee, { nominationId: second.nominationId, reason: '' }, NOW));
    expect(error.message).toMatch(/Review has already started/);
  });

  it('lets the nominator withdraw only while the invitation is open', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const created = await createNomination(nominator, nominationInput({ categoryId: category.id }), NOW);
    const nominationId = created.outcome === 'created' ? created.nominationId : '';
    expect((await withdrawNomination(nominator, { nominationId, reason: 'Wrong address' }, NOW)).status).toBe('WITHDRAWN');

    const accepted = await acceptedNomination();
    expect((await rejection(withdrawNomination(accepted.nominator, { nominationId: accepted.nominationId, reason: '' }, NOW))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('who sees a nomination', () => {
  it('shows it to the nominee, the nominator and admins, the evidence only to the nominee and admins, and nothing to anyone else', async () => {
    const { nominator, nominee, nominationId } = await acceptedNomination();
    const item = await saveEvidenceItem(nominee, evidence({}));
    await submitNomination(nominee, { nominationId, itemIds: [item.id] }, NOW);
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const reviewer = await viewerOf((await createUser({ roles: ['REVIEWER'] })).id);
    const stranger = await viewerOf((await createUser()).id);

    expect((await getNominationForViewer(nominee, nominationId))?.submission?.items).toHaveLength(1);
    expect((await getNominationForViewer(admin, nominationId))?.submission?.items).toHaveLength(1);
    expect((await getNominationForViewer(nominator, nominationId))?.submission).toBeNull();
    expect(await getNominationForViewer(stranger, nominationId)).toBeNull();
    expect(await getNominationForViewer(reviewer, nominationId)).toBeNull();
    expect((await listMyNominations(stranger)).received.map((n) => n.id)).not.toContain(nominationId);
  });
});

describe('the invitation expiry job', () => {
  it('expires invitations past their date once, as the system, and tells the nominator', async () => {
    const { category } = await setting();
    const nominator = await activeMvp();
    const stale = await createNomination(nominator, nominationInput({ categoryId: category.id }), new Date(NOW.getTime() - 31 * DAY));
    const fresh = await createNomination(nominator, nominationInput({ categoryId: category.id }), NOW);
    const staleId = stale.outcome === 'created' ? stale.nominationId : '';
    const freshId = fresh.outcome === 'created' ? fresh.nominationId : '';

    expect(await expireNominationInvitations(NOW)).toBeGreaterThanOrEqual(1);
    const expired = await prisma.nomination.findUniqueOrThrow({ where: { id: staleId }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(expired.status).toBe('EXPIRED');
    expect(expired.events.map((e) => e.status)).toEqual(['INVITED', 'EXPIRED']);
    expect(await prisma.auditEvent.findFirst({ where: { entityId: staleId, action: 'nomination.expired' } })).toMatchObject({
      actorId: null,
      actorLabel: 'system',
    });
    expect(await prisma.notification.count({ where: { toEmail: nominator.email, subject: { contains: 'expired' } } })).toBe(1);
    expect((await prisma.nomination.findUniqueOrThrow({ where: { id: freshId } })).status).toBe('INVITED');

    await expireNominationInvitations(NOW);
    expect(await prisma.nominationEvent.count({ where: { nominationId: staleId } })).toBe(2);
    // An expired nomination no longer blocks a new one for the same person and category.
    const again = await createNomination(nominator, nominationInput({ categoryId: category.id, nomineeEmail: expired.nomineeEmail }), NOW);
    expect(again.outcome).toBe('created');
  });
});
