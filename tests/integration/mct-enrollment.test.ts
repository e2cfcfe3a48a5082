// MCT enrollment on PostgreSQL, as candidates, ISC provider staff and admins meet it: the
// self-service route and its refusals, the provider-started route completed by the candidate's
// acceptance, and the program team's decision. Services run at a fixed moment (clock) so that the
// pause windows of the demo data never interfere.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/auth/action-tokens';
import { dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import {
  addPause,
  removeCatalogueCertification,
  removePause,
  saveCertification,
  updateEnrollmentSettings,
  updatePause,
} from '@/lib/mct/admin-service';
import { checkApplicationLink, followApplicationLink } from '@/lib/mct/accept-link';
import { loadRequirementInputs } from '@/lib/mct/loaders';
import { checkCertification, checkIscCompletion } from '@/lib/mct/requirements';
import { cancelProviderApplication, correctCompletion, withdrawCompletion } from '@/lib/completions/service';
import { getEnrollmentOverview, getMyApplication } from '@/lib/mct/queries';
import { enrollmentSettingsSchema } from '@/lib/mct/schema';
import {
  acceptProgramAgreement,
  applySelfService,
  expireLapsedApplicationsNow,
  submitProviderApplication,
  withdrawApplication,
} from '@/lib/mct/service';
import { addProviderStaff, removeProviderStaff, saveProvider } from '@/lib/providers/admin-service';
import { listApprovedProviders } from '@/lib/providers/queries';
import { createMembership, createUser, day, uniqueEmail } from '@/tests/support/factories';
import { sentLinkOf } from '@/tests/support/sent-link';
import {
  confirmCompletionRow,
  createCertification,
  createIscProvider,
  createQualifiedCandidate,
  ensureProgramAgreement,
  holdCertification,
  setProgramSettings,
} from '@/tests/support/mct-factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { addCertification } from '@/lib/mct/certifications';
import { decideApplication } from '@/lib/memberships/decide-application';
import { startProviderApplication } from '@/lib/providers/start-application';

// 15 November 2031, noon in Los Angeles: no demo pause covers it.
const NOW = new Date('2031-11-15T20:00:00Z');
const TODAY = '2031-11-15';
const clock = { now: NOW };

let agreementId: string;

async function viewerOf(userId: string, now = NOW): Promise<Viewer> {
  const viewer = await loadViewer(userId, now);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string; fieldErrors?: Record<string, string[]> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

const applicationsOf = (candidateId: string) => prisma.mctApplication.findMany({ where: { candidateId }, orderBy: { createdAt: 'asc' } });
const emailsTo = (to: string, template: string) => prisma.notification.findMany({ where: { toEmail: to, template } });

beforeAll(async () => {
  agreementId = (await ensureProgramAgreement('2031-01-01')).id;
});

beforeEach(async () => {
  await setProgramSettings();
});

describe('self-service application', () => {
  it('is submitted once every requirement is met, with the evidence linked, audited and the candidate emailed', async () => {
    const { candidate, held, completion } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const { applicationId } = await applySelfService(await viewerOf(candidate.id), {}, clock);
    const app = await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { agreementAcceptance: true } });
    expect(app).toMatchObject({
      channel: 'SELF_SERVICE',
      status: 'SUBMITTED',
      kind: 'NEW',
      candidateCertificationId: held.id,
      iscCompletionId: completion.id,
      feeWaived: true,
      providerId: null,
    });
    expect(app.agreementAcceptance?.agreementId).toBe(agreementId);
    expect(await prisma.auditEvent.count({ where: { entityId: applicationId, action: 'mct_application.submitted' } })).toBe(1);
    expect(await emailsTo(candidate.email, 'mct.application-submitted')).toHaveLength(1);
  });

  it('says exactly which requirement is missing and saves nothing', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId, acceptAgreement: false });
    const refused = await refusal(applySelfService(await viewerOf(candidate.id), {}, clock));
    expect(refused.code).toBe('INVALID');
    expect(refused.message).toContain('this year’s mct program agreement, accepted');
    expect(refused.message).not.toContain('certification that is current');
    expect(await applicationsOf(candidate.id)).toEqual([]);
  });

  it('refuses an expired certification and a fundamentals one, even when the page was not reloaded', async () => {
    const { candidate, held } = await createQualifiedCandidate({ today: TODAY, agreementId });
    await prisma.candidateCertification.update({ where: { id: held.id }, data: { expiresOn: day('2031-11-14') } });
    const fundamentals = await createCertification({ level: 'FUNDAMENTALS' });
    await holdCertification({ userId: candidate.id, certificationId: fundamentals.id, earnedOn: '2031-02-01' });
    const refused = await refusal(applySelfService(await viewerOf(candidate.id), {}, clock));
    expect(refused.message).toContain('expired on 14 November 2031');
    expect(refused.message).toContain('(Fundamentals) does not count');
    expect(await applicationsOf(candidate.id)).toEqual([]);
  });

  it('refuses an ISC completion older than 3 years', async () => {
    const { candidate, completion } = await createQualifiedCandidate({ today: TODAY, agreementId });
    await prisma.iscCompletion.update({ where: { id: completion.id }, data: { completedOn: day('2028-11-14') } });
    expect((await refusal(applySelfService(await viewerOf(candidate.id), {}, clock))).message).toContain('more than 3 years old');
    await prisma.iscCompletion.update({ where: { id: completion.id }, data: { completedOn: day('2028-11-15') } });
    await expect(applySelfService(await viewerOf(candidate.id), {}, clock)).resolves.toHaveProperty('applicationId');
  });

  it('counts a completion confirmed for the candidate’s email before they had an account, and links it when they apply', async () => {
    const staff = await createUser();
    const provider = await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
    const email = uniqueEmail('later-signup');
    const completion = await confirmCompletionRow({ providerId: provider.id, email, completedOn: '2031-03-01', confirmedById: staff.id });
    const candidate = await createUser({ email });
    await holdCertification({ userId: candidate.id, earnedOn: '2031-01-10', expiresOn: '2032-12-31' });
    await prisma.agreementAcceptance.create({ data: { userId: candidate.id, agreementId } });
    const overview = await getEnrollmentOverview(await viewerOf(candidate.id), NOW);
    expect(overview.evaluation.isc.met).toBe(true);
    const linkedTo = async () => (await prisma.iscCompletion.findUniqueOrThrow({ where: { id: completion.id } })).userId;
    // Showing the page writes nothing (a GET never writes); applying links it.
    expect(await linkedTo()).toBeNull();
    await expect(applySelfService(await viewerOf(candidate.id), {}, clock)).resolves.toHaveProperty('applicationId');
    expect(await linkedTo()).toBe(candidate.id);
  });

  it('refuses while a pause covers today, with the dates in the reader’s time zone, and opens the day after', async () => {
    const pause = await prisma.enrollmentPause.create({
      data: { startsOn: day('2032-03-01'), endsOn: day('2032-03-10'), reason: 'Integration pause.' },
    });
    try {
      const { candidate } = await createQualifiedCandidate({ today: '2032-03-05', agreementId, timeZone: 'Europe/Berlin' });
      const viewer = await viewerOf(candidate.id);
      // The last day, 23:59 in Los Angeles (PST, UTC-8).
      const lastMinute = new Date('2032-03-11T07:59:00Z');
      const refused = await refusal(applySelfService(viewer, {}, { now: lastMinute }));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.message).toContain('paused from 1 March 2032 to 10 March 2032');
      expect(refused.message).toContain(
        'from 1 March 2032 at 09:00 Central European Time until 11 March 2032 at 09:00 Central European Time',
      );
      expect(refused.message).toContain('your ISC provider can start a manual application');
      expect(await applicationsOf(candidate.id)).toEqual([]);

      const overview = await getEnrollmentOverview(viewer, lastMinute);
      expect(overview.isOpen).toBe(false);
      expect(overview.closure?.title).toBe('Self-service enrollment is paused');

      await expect(applySelfService(viewer, {}, { now: new Date('2032-03-11T08:00:00Z') })).resolves.toHaveProperty('applicationId');
    } finally {
      await prisma.enrollmentPause.delete({ where: { id: pause.id } });
    }
  });

  it('refuses while self-service is switched off, giving the admin’s reason', async () => {
    await setProgramSettings({ selfServiceEnabled: false, selfServiceOffReason: 'The enrollment tool is temporarily offline.' });
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const refused = await refusal(applySelfService(await viewerOf(candidate.id), {}, clock));
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.message).toContain('Self-service enrollment is offline. The enrollment tool is temporarily offline.');
    expect(await applicationsOf(candidate.id)).toEqual([]);
  });

  it('refuses a second application while one is open, also when both arrive at once', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const viewer = await viewerOf(candidate.id);
    const results = await Promise.allSettled([applySelfService(viewer, {}, clock), applySelfService(viewer, {}, clock)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(String(rejected?.reason)).toContain('already have an open MCT application');
    expect((await refusal(applySelfService(viewer, {}, clock))).code).toBe('CONFLICT');
    expect(await applicationsOf(candidate.id)).toHaveLength(1);
  });

  it('refuses an active MCT, who renews instead', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    await createMembership({ userId: candidate.id, status: 'ACTIVE', terms: [{ startsOn: '2031-06-01', endsOn: '2032-05-31' }] });
    expect((await refusal(applySelfService(await viewerOf(candidate.id), {}, clock))).message).toContain('already an active MCT');
  });

  it('lets the candidate withdraw and apply again', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const viewer = await viewerOf(candidate.id);
    const { applicationId } = await applySelfService(viewer, {}, clock);
    await withdrawApplication(viewer, { applicationId });
    await expect(applySelfService(viewer, {}, clock)).resolves.toHaveProperty('applicationId');
  });
});

describe('the candidate’s own record', () => {
  it('adds a certification from the catalogue and refuses an earned date in the future', async () => {
    const candidate = await createUser();
    const cert = await createCertification();
    const viewer = await viewerOf(candidate.id);
    await addCertification(
      viewer,
      { certificationId: cert.id, credentialId: 'ABC-123', earnedOn: '2031-05-01', expiresOn: '2032-05-01' },
      clock,
    );
    expect(await prisma.candidateCertification.count({ where: { userId: candidate.id } })).toBe(1);
    const refused = await refusal(
      addCertification(viewer, { certificationId: cert.id, credentialId: 'ABC-999', earnedOn: '2031-11-17', expiresOn: null }, clock),
    );
    expect(refused.fieldErrors).toEqual({ earnedOn: ['The date you earned it cannot be in the future'] });
    const duplicate = await refusal(
      addCertification(viewer, { certificationId: cert.id, credentialId: 'ABC-123', earnedOn: '2031-05-01', expiresOn: null }, clock),
    );
    expect(duplicate.fieldErrors?.credentialId?.[0]).toMatch(/already recorded/);
  });

  it('gives a certification without an expiry the catalogue’s validity, renews the same credential, and counts only while current', async () => {
    const candidate = await createUser();
    const cert = await createCertification(); // valid 12 months
    const viewer = await viewerOf(candidate.id);
    const { id } = await addCertification(
      viewer,
      { certificationId: cert.id, credentialId: 'REN-1', earnedOn: '2030-06-10', expiresOn: null },
      clock,
    );
    const held = await prisma.candidateCertification.findUniqueOrThrow({ where: { id } });
    expect(dateKey(held.expiresOn!)).toBe('2031-06-09');
    // Expired on the clock's day (2031-11-16): it no longer counts for enrollment or renewal.
    const inputs = await loadRequirementInputs(prisma, viewer);
    expect(checkCertification(inputs.certifications, '2031-11-16')).toMatchObject({
      met: false,
      detail: expect.stringMatching(/expired on 9 June 2031/),
    });
    // The same credential ID with a new expiry is a renewal of it, not a second certification.
    const renewed = await addCertification(
      viewer,
      { certificationId: cert.id, credentialId: 'REN-1', earnedOn: '2031-06-01', expiresOn: null },
      clock,
    );
    expect(renewed).toEqual({ id, renewed: true });
    expect(await prisma.candidateCertification.count({ where: { userId: candidate.id } })).toBe(1);
    expect(dateKey((await prisma.candidateCertification.findUniqueOrThrow({ where: { id } })).expiresOn!)).toBe('2032-05-31');
    expect(checkCertification((await loadRequirementInputs(prisma, viewer)).certifications, '2031-11-16').met).toBe(true);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'mct_certification.renewed' } })).toBe(1);
    // Someone else's credential ID is never taken over.
    const other = await viewerOf((await createUser()).id);
    const taken = await refusal(
      addCertification(other, { certificationId: cert.id, credentialId: 'REN-1', earnedOn: '2031-09-01', expiresOn: '2033-09-01' }, clock),
    );
    expect(taken.fieldErrors?.credentialId?.[0]).toMatch(/already recorded/);
  });

  it('accepts this year’s agreement only, once', async () => {
    const candidate = await createUser();
    const viewer = await viewerOf(candidate.id);
    const older = await ensureProgramAgreement('2030-01-01');
    expect((await refusal(acceptProgramAgreement(viewer, { agreementId: older.id }, clock))).message).toContain('A newer agreement');
    await acceptProgramAgreement(viewer, { agreementId }, clock);
    await acceptProgramAgreement(viewer, { agreementId }, clock);
    expect(await prisma.agreementAcceptance.count({ where: { userId: candidate.id } })).toBe(1);
  });
});

describe('an application started by an ISC provider', () => {
  async function setUp(opts: { withAccount?: boolean } = {}) {
    const staff = await createUser({ name: 'Parker Provider' });
    const provider = await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2035-12-31', staffIds: [staff.id] });
    const email = uniqueEmail('manual');
    const completion = await confirmCompletionRow({
      providerId: provider.id,
      email,
      completedOn: '2031-09-01',
      confirmedById: staff.id,
      name: 'Robin Manual',
    });
    const existing = opts.withAccount ? await createUser({ email, name: 'Robin Manual' }) : null;
    return { staff, staffViewer: await viewerOf(staff.id), provider, email, completion, existing };
  }

  const tokenFrom = async (email: string) => {
    const [mail] = await emailsTo(email, 'mct.provider-application');
    const match = /\/mct\/applications\/accept\/([A-Za-z0-9_-]+)/.exec(mail ? sentLinkOf(mail) : '');
    if (!match?.[1]) throw new Error('no link in the email');
    return match[1];
  };

  it('completes end to end while self-service is offline: started, emailed, followed, accepted, approved', async () => {
    await setProgramSettings({ selfServiceEnabled: false, selfServiceOffReason: 'Manual applications only for now.' });
    const { staffViewer, provider, email, completion } = await setUp();

    const { applicationId } = await startProviderApplication(
      staffViewer,
      { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
      clock,
    );
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(candidate).toMatchObject({ name: 'Robin Manual', emailVerified: null });
    expect(await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      channel: 'PROVIDER',
      status: 'AWAITING_CANDIDATE',
      providerId: provider.id,
      initiatedById: staffViewer.id,
      iscCompletionId: completion.id,
      candidateId: candidate.id,
    });

    // The emailed link: used once, it signs the candidate in as that address and opens the application.
    const token = await tokenFrom(email);
    const stored = await prisma.actionToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(stored).toMatchObject({ purpose: 'MCT_APPLICATION_ACCEPT', subjectId: applicationId, email });
    // Opening the link (mail scanners do it first) names only the address and uses nothing up.
    expect(await checkApplicationLink(token)).toEqual({ status: 'valid', email });
    expect(await checkApplicationLink(token)).toEqual({ status: 'valid', email });
    const followed = await followApplicationLink(token);
    expect(followed.status).toBe('valid');
    const location = new URL(followed.status === 'valid' ? followed.location : '', 'http://portal.test');
    expect(location.pathname).toBe('/api/auth/callback/nodemailer');
    expect(location.searchParams.get('email')).toBe(email);
    expect(location.searchParams.get('callbackUrl')).toBe(`/mct/applications/${applicationId}`);
    expect(await followApplicationLink(token)).toEqual({ status: 'used', email, applicationId });
    expect(await followApplicationLink('made-up-token')).toEqual({ status: 'unknown' });
    expect(await checkApplicationLink(token)).toEqual({ status: 'used', email, applicationId });
    expect(await checkApplicationLink('made-up-token')).toEqual({ status: 'unknown' });

    // Signed in, the candidate sees the application; they need a current certification to accept.
    const viewer = await viewerOf(candidate.id);
    expect((await getMyApplication(viewer, applicationId, NOW))?.app.status).toBe('AWAITING_CANDIDATE');
    const noCertificate = await refusal(submitProviderApplication(viewer, { applicationId, agreementId, acceptAgreement: true }, clock));
    expect(noCertificate.message).toMatch(/^Add a current eligible certification first/);
    await holdCertification({ userId: candidate.id, earnedOn: '2031-04-01', expiresOn: '2032-04-01' });
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    await submitProviderApplication(viewer, { applicationId, agreementId, acceptAgreement: true }, clock);
    const submitted = await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } });
    expect(submitted).toMatchObject({ status: 'SUBMITTED' });
    expect(submitted.agreementAcceptanceId).toBeTruthy();
    expect(submitted.candidateCertificationId).toBeTruthy();

    await decideApplication(admin, { applicationId, version: submitted.version, decision: 'APPROVE', reason: '' }, clock);
    const membership = await prisma.mctMembership.findUniqueOrThrow({ where: { userId: candidate.id }, include: { terms: true } });
    expect(membership.status).toBe('ACTIVE');
    expect(membership.terms).toEqual([expect.objectContaining({ startsOn: day('2031-11-15'), endsOn: day('2032-11-14'), applicationId })]);
    expect((await viewerOf(candidate.id)).mct).toEqual({ standing: 'ACTIVE', termEndsOn: '2032-11-14' });
    expect(await emailsTo(email, 'mct.application-approved')).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityId: applicationId } })).toBe(3);
    // The provider's staff heard when the candidate accepted and when the program team decided;
    // every admin heard that it waited for them (their digest choice applies).
    expect((await emailsTo(staffViewer.email, 'provider.candidate-accepted')).length).toBe(1);
    const decided = await emailsTo(staffViewer.email, 'provider.application-decided');
    expect(decided).toHaveLength(1);
    expect(decided[0]!.subject).toMatch(/was approved$/);
    const waiting = await prisma.notification.findFirstOrThrow({ where: { toEmail: admin.email, template: 'admin.application-waiting' } });
    expect(waiting).toMatchObject({ urgency: 'DIGESTIBLE' });
  });

  it('lets the provider cancel an application the candidate has not accepted: the link stops working and the candidate is told', async () => {
    const { staffViewer, provider, email, completion } = await setUp();
    const { applicationId } = await startProviderApplication(
      staffViewer,
      { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
      clock,
    );
    const token = await tokenFrom(email);
    // Staff of another provider cannot; and the completion cannot be withdrawn while the application waits on it.
    const stranger = await createUser();
    await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2035-12-31', staffIds: [stranger.id] });
    expect((await refusal(cancelProviderApplication(await viewerOf(stranger.id), { applicationId, version: 0 }, NOW))).code).toBe(
      'NOT_FOUND',
    );
    const waitingOn = await refusal(
      withdrawCompletion(staffViewer, { completionId: completion.id, version: 0, reason: 'Wrong person.' }, NOW),
    );
    expect(waitingOn.message).toMatch(/Cancel that application first/);

    await cancelProviderApplication(staffViewer, { applicationId, version: 0 }, NOW);
    expect((await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('WITHDRAWN');
    expect((await checkApplicationLink(token)).status).not.toBe('valid');
    expect(await emailsTo(email, 'mct.provider-application-cancelled')).toHaveLength(1);
    expect((await refusal(cancelProviderApplication(staffViewer, { applicationId, version: 1 }, NOW))).code).toBe('CONFLICT');
  });

  it('lets the provider correct a completion, then withdraw it: it no longer counts', async () => {
    const { staffViewer, email, completion } = await setUp({ withAccount: true });
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email } });
    const base = {
      completionId: completion.id,
      candidateName: 'Robin Manual',
      candidateEmail: email,
      certificateId: completion.certificateId,
    };
    const future = await refusal(correctCompletion(staffViewer, { ...base, version: 0, completedOn: '2032-01-01' }, NOW));
    expect(future.fieldErrors?.completedOn?.[0]).toMatch(/in the future/);
    await correctCompletion(staffViewer, { ...base, version: 0, candidateName: 'Robin Q. Manual', completedOn: '2031-08-30' }, NOW);
    expect(await prisma.iscCompletion.findUniqueOrThrow({ where: { id: completion.id } })).toMatchObject({
      candidateName: 'Robin Q. Manual',
      version: 1,
    });
    const stale = await refusal(correctCompletion(staffViewer, { ...base, version: 0, completedOn: '2031-08-29' }, NOW));
    expect(stale.message).toMatch(/^Someone else changed this/);
    expect(checkIscCompletion((await loadRequirementInputs(prisma, candidate)).completions, '2031-11-15').met).toBe(true);

    await withdrawCompletion(staffViewer, { completionId: completion.id, version: 1, reason: 'Confirmed for the wrong person.' }, NOW);
    expect(checkIscCompletion((await loadRequirementInputs(prisma, candidate)).completions, '2031-11-15').met).toBe(false);
    expect((await refusal(correctCompletion(staffViewer, { ...base, version: 2, completedOn: '2031-08-30' }, NOW))).message).toMatch(
      /withdrawn/,
    );
  });

  // While a pause covers today it is held instead: tests/integration/mct-held-applications.test.ts.

  it('uses the candidate’s existing account and says when an expired or used link no longer works', async () => {
    const { staffViewer, provider, email, completion, existing } = await setUp({ withAccount: true });
    const { applicationId } = await startProviderApplication(
      staffViewer,
      { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
      clock,
    );
    expect((await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).candidateId).toBe(existing!.id);
    const token = await tokenFrom(email);
    const afterTwoWeeks = new Date(NOW.getTime() + 15 * 86_400_000);
    expect(await checkApplicationLink(token, afterTwoWeeks)).toEqual({ status: 'expired', email, applicationId });
    expect(await followApplicationLink(token, afterTwoWeeks)).toEqual({ status: 'expired', email, applicationId });
  });

  it('expires after 14 days without the candidate, so that a new one can be started', async () => {
    const { staffViewer, provider, email, completion } = await setUp({ withAccount: true });
    const { applicationId } = await startProviderApplication(
      staffViewer,
      { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
      clock,
    );
    const later = { now: new Date(NOW.getTime() + 15 * 86_400_000) };
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email } });
    const refused = await refusal(
      submitProviderApplication(await viewerOf(candidate.id, later.now), { applicationId, agreementId, acceptAgreement: true }, later),
    );
    expect(refused.message).toContain('has expired');
    expect(await expireLapsedApplicationsNow(later.now)).toBeGreaterThanOrEqual(1);
    expect((await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe('EXPIRED');
    await expect(
      startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id }, later),
    ).resolves.toHaveProperty('applicationId');
  });

  it('refuses staff of another provider', async () => {
    const { provider, email, completion } = await setUp();
    const outsider = await createUser();
    await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2035-12-31', staffIds: [outsider.id] });
    const refused = await refusal(
      startProviderApplication(
        await viewerOf(outsider.id),
        { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
        clock,
      ),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'You are not staff of this ISC provider.' });
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it('refuses someone without a confirmed completion of this provider, or with another provider’s', async () => {
    const { staffViewer, provider, completion } = await setUp();
    const stranger = uniqueEmail('stranger');
    const refused = await refusal(
      startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: stranger, iscCompletionId: completion.id }, clock),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain(`has no confirmed completion like that for ${stranger}`);

    const otherStaff = await createUser();
    const other = await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2035-12-31', staffIds: [otherStaff.id] });
    const theirs = await confirmCompletionRow({
      providerId: other.id,
      email: stranger,
      completedOn: '2031-09-01',
      confirmedById: otherStaff.id,
    });
    expect(
      (
        await refusal(
          startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: stranger, iscCompletionId: theirs.id }, clock),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await prisma.mctApplication.count({ where: { providerId: provider.id } })).toBe(0);
  });

  it('refuses a provider whose approval has lapsed', async () => {
    const staff = await createUser();
    const lapsed = await createIscProvider({ approvedFrom: '2025-01-01', approvedUntil: '2031-11-14', staffIds: [staff.id] });
    const email = uniqueEmail('lapsed');
    const completion = await confirmCompletionRow({ providerId: lapsed.id, email, completedOn: '2031-06-01', confirmedById: staff.id });
    const refused = await refusal(
      startProviderApplication(
        await viewerOf(staff.id),
        { providerId: lapsed.id, candidateEmail: email, iscCompletionId: completion.id },
        clock,
      ),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toContain('is not an approved ISC provider today');
  });

  it('refuses a second open application for the same candidate', async () => {
    const { staffViewer, provider, email, completion } = await setUp();
    await startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id }, clock);
    const refused = await refusal(
      startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id }, clock),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(refused.message).toContain('already has an open MCT application');
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await applicationsOf(candidate.id)).toHaveLength(1);
  });

  it('lets no other candidate see or accept the application', async () => {
    const { staffViewer, provider, email, completion } = await setUp();
    const { applicationId } = await startProviderApplication(
      staffViewer,
      { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id },
      clock,
    );
    const { candidate: intruder } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const intruderViewer = await viewerOf(intruder.id);
    expect(await getMyApplication(intruderViewer, applicationId, NOW)).toBeNull();
    expect(
      (await refusal(submitProviderApplication(intruderViewer, { applicationId, agreementId, acceptAgreement: true }, clock))).code,
    ).toBe('NOT_FOUND');
    expect((await refusal(withdrawApplication(intruderViewer, { applicationId }))).code).toBe('NOT_FOUND');
  });
});

describe('the program team’s decision', () => {
  async function submittedApplication() {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    const { applicationId } = await applySelfService(await viewerOf(candidate.id), {}, clock);
    return { candidate, applicationId, version: (await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).version };
  }

  it('is refused to a candidate deciding their own application, even as an admin', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    await prisma.userRole.create({ data: { userId: candidate.id, role: 'ADMIN' } });
    const viewer = await viewerOf(candidate.id);
    const { applicationId } = await applySelfService(viewer, {}, clock);
    const refused = await refusal(decideApplication(viewer, { applicationId, version: 0, decision: 'APPROVE', reason: '' }, clock));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'You cannot decide your own application; another admin must.' });
    expect(await prisma.mctMembership.count({ where: { userId: candidate.id } })).toBe(0);
  });

  it('is refused to anyone who is not an admin', async () => {
    const { applicationId, version } = await submittedApplication();
    const reviewer = await viewerOf((await createUser({ roles: ['REVIEWER'] })).id);
    expect((await refusal(decideApplication(reviewer, { applicationId, version, decision: 'APPROVE', reason: '' }, clock))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses a decision made on a stale page, and a second decision', async () => {
    const { applicationId, version } = await submittedApplication();
    const [first, second] = await Promise.all([createUser({ roles: ['ADMIN'] }), createUser({ roles: ['ADMIN'] })]);
    await decideApplication(
      await viewerOf(first.id),
      { applicationId, version, decision: 'REJECT', reason: 'The certification could not be verified.' },
      clock,
    );
    const stale = await refusal(
      decideApplication(await viewerOf(second.id), { applicationId, version, decision: 'APPROVE', reason: '' }, clock),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale.message).toContain('Someone else changed this application');
    const again = await refusal(
      decideApplication(await viewerOf(second.id), { applicationId, version: version + 1, decision: 'APPROVE', reason: '' }, clock),
    );
    expect(again.message).toBe('This application is rejected; it can no longer be approved.');
  });

  it('tells a rejected candidate why', async () => {
    const { candidate, applicationId, version } = await submittedApplication();
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    await decideApplication(
      admin,
      { applicationId, version, decision: 'REJECT', reason: 'Your credential ID does not match your transcript.' },
      clock,
    );
    expect(await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Your credential ID does not match your transcript.',
      decidedById: admin.id,
    });
    const [email] = await emailsTo(candidate.email, 'mct.application-rejected');
    expect(email?.textBody).toContain('Your credential ID does not match your transcript.');
  });

  it('reinstates a lapsed member with a new 12-month term', async () => {
    const { candidate } = await createQualifiedCandidate({ today: TODAY, agreementId });
    await createMembership({ userId: candidate.id, status: 'LAPSED', terms: [{ startsOn: '2028-01-01', endsOn: '2028-12-31' }] });
    const { applicationId } = await applySelfService(await viewerOf(candidate.id), {}, clock);
    const app = await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } });
    expect(app.kind).toBe('REINSTATEMENT');
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    await decideApplication(admin, { applicationId, version: app.version, decision: 'APPROVE', reason: '' }, clock);
    const membership = await prisma.mctMembership.findUniqueOrThrow({
      where: { userId: candidate.id },
      include: { terms: { orderBy: { startsOn: 'asc' } } },
    });
    expect(membership.status).toBe('ACTIVE');
    expect(membership.terms.map((t) => [t.startsOn, t.endsOn])).toEqual([
      [day('2028-01-01'), day('2028-12-31')],
      [day('2031-11-15'), day('2032-11-14')],
    ]);
  });
});

describe('enrollment settings', () => {
  it('refuses a change made on a stale page', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const current = await prisma.programSettings.findUniqueOrThrow({ where: { id: 1 } });
    const form = (version: number, enabled: boolean) =>
      enrollmentSettingsSchema.parse({
        version,
        selfServiceEnabled: enabled,
        selfServiceOffReason: enabled ? '' : 'The enrollment tool is temporarily offline.',
        mctFeeWaived: true,
        mctFee: '0',
        mctFeeCurrency: 'usd',
        mctFeeWaiverNote: 'Waived.',
      });
    await updateEnrollmentSettings(admin, form(current.version, false));
    const stale = await refusal(updateEnrollmentSettings(admin, form(current.version, true)));
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale.message).toMatch(/^Someone else changed this since you opened the page/);
    expect((await prisma.programSettings.findUniqueOrThrow({ where: { id: 1 } })).selfServiceEnabled).toBe(false);
    expect(await prisma.auditEvent.count({ where: { action: 'mct_enrollment_settings.updated', actorId: admin.id } })).toBe(1);
  });

  it('asks for the reason candidates read when switching self-service off', () => {
    const parsed = enrollmentSettingsSchema.safeParse({
      version: 0,
      selfServiceEnabled: false,
      selfServiceOffReason: '',
      mctFeeWaived: false,
      mctFee: '',
      mctFeeCurrency: 'USD',
      mctFeeWaiverNote: '',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['mctFee', 'selfServiceOffReason']);
  });

  it('adds, edits and removes pause windows, refusing overlaps and stale edits', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const { id } = await addPause(admin, { startsOn: '2034-05-20', endsOn: '2034-10-01', reason: 'Summer pause.' });
    const overlap = await refusal(addPause(admin, { startsOn: '2034-10-01', endsOn: '2034-10-15', reason: 'Overlapping.' }));
    expect(overlap).toMatchObject({ code: 'CONFLICT' });
    expect(overlap.fieldErrors?.startsOn?.[0]).toBe(
      'Overlaps the pause from 20 May 2034 to 1 October 2034. Edit that one instead, or choose other dates.',
    );
    const adjoining = await addPause(admin, { startsOn: '2034-10-02', endsOn: '2034-10-15', reason: 'Adjoining.' });

    await updatePause(admin, { id, version: 0, startsOn: '2034-06-01', endsOn: '2034-09-30', reason: 'Shorter pause.' });
    expect(
      (await refusal(updatePause(admin, { id, version: 0, startsOn: '2034-06-01', endsOn: '2034-09-15', reason: 'Stale.' }))).code,
    ).toBe('CONFLICT');
    expect(
      (await refusal(updatePause(admin, { id, version: 1, startsOn: '2034-06-01', endsOn: '2034-10-05', reason: 'Into the next.' }))).code,
    ).toBe('CONFLICT');

    await removePause(admin, { id, version: 1 });
    await removePause(admin, { id: adjoining.id, version: 0 });
    expect(await prisma.enrollmentPause.count({ where: { id: { in: [id, adjoining.id] } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { entityId: id } })).toBe(3);
  });

  it('keeps an ended pause as it was: neither edited nor removed', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const pause = await prisma.enrollmentPause.create({
      data: { startsOn: new Date('2001-05-20'), endsOn: new Date('2001-09-30'), reason: 'A past pause.', createdById: admin.id },
    });
    const edited = await refusal(
      updatePause(admin, { id: pause.id, version: 0, startsOn: '2001-05-20', endsOn: '2001-10-15', reason: 'Rewritten.' }),
    );
    expect(edited.message).toBe('This pause ended on 30 September 2001. Past pauses stay as they were; add a new one for new dates.');
    expect((await refusal(removePause(admin, { id: pause.id, version: 0 }))).code).toBe('CONFLICT');
    expect(await prisma.enrollmentPause.findUniqueOrThrow({ where: { id: pause.id } })).toMatchObject({
      reason: 'A past pause.',
      version: 0,
    });
    await prisma.enrollmentPause.delete({ where: { id: pause.id } });
  });

  it('is for admins only', async () => {
    const candidate = await viewerOf((await createUser()).id);
    expect((await refusal(addPause(candidate, { startsOn: '2035-01-01', endsOn: '2035-01-02', reason: 'Not allowed.' }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps a held certification in the catalogue', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const cert = await createCertification();
    await holdCertification({ userId: admin.id, certificationId: cert.id, earnedOn: '2031-01-01' });
    expect((await refusal(removeCatalogueCertification(admin, { id: cert.id }))).message).toContain('Set a retirement date instead');
    const unused = await createCertification();
    await removeCatalogueCertification(admin, { id: unused.id });
    expect(await prisma.certification.count({ where: { id: unused.id } })).toBe(0);
  });
});

describe('the catalogue and the ISC providers', () => {
  it('refuses a second certification with the same code, beside the field', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const existing = await createCertification();
    const refused = await refusal(
      saveCertification(admin, {
        id: null,
        version: 0,
        code: existing.code,
        name: `Another ${existing.code}`,
        level: 'EXPERT',
        isEligible: true,
        validityMonths: 12,
        retiredOn: null,
      }),
    );
    expect(refused.fieldErrors).toEqual({ code: ['Another certification has this code'] });
  });

  it('refuses an edit of a catalogue entry made on a stale page; the first admin’s change stays', async () => {
    const [first, second] = [
      await viewerOf((await createUser({ roles: ['ADMIN'] })).id),
      await viewerOf((await createUser({ roles: ['ADMIN'] })).id),
    ];
    const cert = await createCertification();
    const edit = {
      id: cert.id,
      version: 0,
      code: cert.code,
      name: cert.name,
      level: 'ASSOCIATE' as const,
      isEligible: true,
      retiredOn: null,
    };
    await saveCertification(first, { ...edit, validityMonths: 24 });
    const stale = await refusal(saveCertification(second, { ...edit, validityMonths: 36 }));
    expect(stale.message).toMatch(/^Someone else changed this/);
    expect(await prisma.certification.findUniqueOrThrow({ where: { id: cert.id } })).toMatchObject({ validityMonths: 24, version: 1 });
  });

  it('adds a provider and its staff, who then see its page, and removes them again', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const { id } = await saveProvider(admin, {
      id: null,
      version: 0,
      name: `Fabrikam Skills ${uniqueEmail('x')}`,
      country: 'Netherlands',
      contactEmail: uniqueEmail('fabrikam'),
      website: null,
      approvedFrom: '2031-01-01',
      approvedUntil: '2033-12-31',
    });
    const staff = await createUser();
    const unknown = await refusal(addProviderStaff(admin, { providerId: id, email: uniqueEmail('nobody') }));
    expect(unknown.fieldErrors?.email?.[0]).toMatch(/^No account uses this address/);
    await addProviderStaff(admin, { providerId: id, email: staff.email });
    expect((await viewerOf(staff.id)).providerIds).toEqual([id]);
    await removeProviderStaff(admin, { providerId: id, userId: staff.id });
    expect((await viewerOf(staff.id)).providerIds).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { entityId: id } })).toBe(3);
    const candidate = await viewerOf((await createUser()).id);
    expect((await refusal(addProviderStaff(candidate, { providerId: id, email: candidate.email }))).code).toBe('FORBIDDEN');
  });

  it('lists approved providers publicly with their country and contact, and refuses a stale edit', async () => {
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const other = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const name = `Tailspin ISC ${uniqueEmail('t')}`;
    const form = {
      id: null,
      version: 0,
      name,
      country: 'Kenya',
      contactEmail: uniqueEmail('tailspin'),
      website: 'https://tailspin-isc.example',
      approvedFrom: '2026-01-01',
      approvedUntil: '2099-12-31',
    };
    const { id } = await saveProvider(admin, form);
    const expiredName = `Old ISC ${uniqueEmail('o')}`;
    await saveProvider(admin, { ...form, name: expiredName, approvedUntil: '2026-06-30' });
    const listed = await listApprovedProviders(new Date('2031-11-16T20:00:00Z'));
    expect(listed.find((p) => p.id === id)).toMatchObject({ name, country: 'Kenya', website: 'https://tailspin-isc.example' });
    expect(listed.map((p) => p.name)).not.toContain(expiredName);

    await saveProvider(other, { ...form, id, country: 'Uganda' });
    const stale = await refusal(saveProvider(admin, { ...form, id, country: 'Tanzania' }));
    expect(stale.message).toMatch(/^Someone else changed this provider/);
    expect((await prisma.iscProvider.findUniqueOrThrow({ where: { id } })).country).toBe('Uganda');
  });
});
