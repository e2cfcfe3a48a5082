// Provider applications held during an enrollment pause, on PostgreSQL: submitted into the held
// queue, seen by the provider and the program team with the date it is held until (which follows an
// extended pause) or the switch's reason, released by the job exactly once when enrollment reopens,
// and then emailed to the candidate, who accepts it. Runs in 2044, a year no other test pauses: the
// release scans every held application, and pauses are program-wide.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkApplicationLink } from '@/lib/mct/accept-link';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { cancelProviderApplication } from '@/lib/completions/service';
import { prisma } from '@/lib/db';
import { addPause, removePause, updatePause } from '@/lib/mct/admin-service';
import { releaseHeldApplications } from '@/lib/mct/held-applications';
import { getEnrollmentSettingsForAdmin } from '@/lib/mct/queries';
import { submitProviderApplication } from '@/lib/mct/service';
import { getProviderWorkspace } from '@/lib/providers/queries';
import { startProviderApplication } from '@/lib/providers/start-application';
import { createUser, uniqueEmail } from '@/tests/support/factories';
import {
  confirmCompletionRow,
  createIscProvider,
  ensureProgramAgreement,
  holdCertification,
  setProgramSettings,
} from '@/tests/support/mct-factories';
import { sentLinkOf } from '@/tests/support/sent-link';

const PAUSE_REASON = 'Held-queue test pause: system and process enhancements.';
// 1 June 2044, noon in Los Angeles (the program's zone): inside the pause below.
const DURING = new Date('2044-06-01T19:00:00Z');

let admin: Viewer;
let agreementId: string;
let pauseId: string;

async function viewerOf(userId: string): Promise<Viewer> {
  const viewer = await loadViewer(userId);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

/** A provider (its staff member's device in Berlin) with a confirmed completion for a new candidate. */
async function providerWithCandidate() {
  const staff = await createUser({ name: 'Hollis Held', timeZone: 'Europe/Berlin' });
  const provider = await createIscProvider({ approvedFrom: '2040-01-01', approvedUntil: '2050-12-31', staffIds: [staff.id] });
  const email = uniqueEmail('held');
  const completion = await confirmCompletionRow({
    providerId: provider.id,
    email,
    completedOn: '2044-04-15',
    confirmedById: staff.id,
    name: 'Rowan Held',
  });
  const staffViewer = await viewerOf(staff.id);
  const start = (now: Date) =>
    startProviderApplication(staffViewer, { providerId: provider.id, candidateEmail: email, iscCompletionId: completion.id }, { now });
  return { staffViewer, provider, email, start };
}

const application = (id: string) => prisma.mctApplication.findUniqueOrThrow({ where: { id } });
const linkEmails = (to: string) => prisma.notification.findMany({ where: { toEmail: to, template: 'mct.provider-application' } });
const auditCount = (entityId: string, action: string) => prisma.auditEvent.count({ where: { entityId, action } });
const releaseJobs = async () =>
  Number(
    (
      await prisma.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS n FROM pgboss.job WHERE name = 'mct.release-held-applications' AND state < 'completed'`,
      )
    )[0]?.n ?? 0,
  );

beforeAll(async () => {
  admin = await viewerOf((await createUser({ roles: ['ADMIN'], timeZone: 'America/New_York' })).id);
  agreementId = (await ensureProgramAgreement('2044-01-01')).id;
  await setProgramSettings();
  pauseId = (await addPause(admin, { startsOn: '2044-05-20', endsOn: '2044-09-30', reason: PAUSE_REASON })).id;
});

beforeEach(async () => {
  await setProgramSettings();
});

afterAll(async () => {
  await prisma.enrollmentPause.deleteMany({ where: { reason: PAUSE_REASON } });
  await setProgramSettings();
});

describe('a provider application submitted during a pause', () => {
  it('is held, seen held by provider and admin, stays held through an extension and the off switch, and is released once', async () => {
    const { staffViewer, provider, email, start } = await providerWithCandidate();

    // Submitted during the pause: held, nobody emailed, no link issued, audited.
    const started = await start(DURING);
    expect(started.held).toBe('Held until 1 October 2044 at 09:00 Central European Time');
    const { applicationId } = started;
    expect(await application(applicationId)).toMatchObject({ status: 'HELD', heldAt: DURING, channel: 'PROVIDER' });
    expect(await linkEmails(email)).toHaveLength(0);
    expect(await prisma.actionToken.count({ where: { subjectId: applicationId } })).toBe(0);
    expect(await auditCount(applicationId, 'mct_application.held_by_provider')).toBe(1);

    // A second one for the same candidate is refused: a held application is open.
    await expect(start(DURING)).rejects.toThrow('already has an open MCT application');

    // The provider sees it held until the reopening, in their zone; the admin sees it in the held queue, in theirs.
    const workspace = await getProviderWorkspace(staffViewer, provider.id, {}, DURING);
    expect(workspace.applications.find((a) => a.id === applicationId)?.status).toBe('HELD');
    expect(workspace.heldNotice).toBe('Held until 1 October 2044 at 09:00 Central European Time');
    expect(workspace.holdsNewApplications).toBe(true);
    const adminView = await getEnrollmentSettingsForAdmin(admin, DURING);
    expect(adminView.held.applications.map((a) => a.id)).toContain(applicationId);
    expect(adminView.held.notice).toBe('Held until 1 October 2044 at 03:00 Eastern Time');

    // The job during the pause releases nothing.
    await releaseHeldApplications(DURING);
    expect((await application(applicationId)).status).toBe('HELD');

    // The admin extends the pause to 31 October: the date shown follows it, and on 5 October it stays held.
    const before = await releaseJobs();
    await updatePause(admin, { id: pauseId, version: 0, startsOn: '2044-05-20', endsOn: '2044-10-31', reason: PAUSE_REASON });
    expect(await releaseJobs()).toBe(before + 1);
    const extended = new Date('2044-10-05T19:00:00Z');
    expect((await getProviderWorkspace(staffViewer, provider.id, {}, extended)).heldNotice).toBe(
      'Held until 1 November 2044 at 08:00 Central European Time',
    );
    await releaseHeldApplications(extended);
    expect((await application(applicationId)).status).toBe('HELD');

    // After the pause, with self-service switched off: still held, and the reason is shown.
    const after = new Date('2044-11-05T19:00:00Z');
    await setProgramSettings({ selfServiceEnabled: false, selfServiceOffReason: 'The enrollment tool is being rebuilt.' });
    expect((await getProviderWorkspace(staffViewer, provider.id, {}, after)).heldNotice).toBe(
      'Held while enrollment is offline: The enrollment tool is being rebuilt.',
    );
    expect((await getEnrollmentSettingsForAdmin(admin, after)).held.notice).toBe(
      'Held while enrollment is offline: The enrollment tool is being rebuilt.',
    );
    await releaseHeldApplications(after);
    expect((await application(applicationId)).status).toBe('HELD');
    expect(await linkEmails(email)).toHaveLength(0);

    // Switched on: released once, however many runs overlap; the candidate is emailed their link.
    await setProgramSettings();
    await Promise.all([releaseHeldApplications(after), releaseHeldApplications(after)]);
    await releaseHeldApplications(after);
    expect(await application(applicationId)).toMatchObject({ status: 'AWAITING_CANDIDATE', createdAt: after, heldAt: DURING });
    expect(await auditCount(applicationId, 'mct_application.released')).toBe(1);
    const emails = await linkEmails(email);
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toContain('started your MCT application');
    const token = /\/mct\/applications\/accept\/([A-Za-z0-9_-]+)/.exec(sentLinkOf(emails[0]!))?.[1] ?? '';
    expect(await checkApplicationLink(token)).toEqual({ status: 'valid', email });
    // The candidate's 14 days run from the release, not from the day the provider submitted it.
    const link = await prisma.actionToken.findFirstOrThrow({ where: { subjectId: applicationId } });
    expect(link.expiresAt).toEqual(new Date('2044-11-19T19:00:00Z'));
    expect((await getEnrollmentSettingsForAdmin(admin, after)).held.applications.map((a) => a.id)).not.toContain(applicationId);

    // The candidate accepts it: it reaches the program team.
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email } });
    await holdCertification({ userId: candidate.id, earnedOn: '2044-01-10', expiresOn: '2046-01-10' });
    await submitProviderApplication(await viewerOf(candidate.id), { applicationId, agreementId, acceptAgreement: true }, { now: after });
    expect((await application(applicationId)).status).toBe('SUBMITTED');
  });

  it('can be cancelled by its provider while held, without emailing the candidate', async () => {
    const { staffViewer, email, start } = await providerWithCandidate();
    const { applicationId } = await start(new Date('2044-07-01T19:00:00Z'));
    await cancelProviderApplication(staffViewer, { applicationId, version: 0 }, new Date('2044-07-02T19:00:00Z'));
    expect((await application(applicationId)).status).toBe('WITHDRAWN');
    expect(await prisma.notification.count({ where: { toEmail: email } })).toBe(0);
    expect(await auditCount(applicationId, 'mct_application.cancelled-by-provider')).toBe(1);
  });

  it('is released to the candidate when the admin removes the pause (a release is queued at once)', async () => {
    const { email, start } = await providerWithCandidate();
    const pause = await addPause(admin, { startsOn: '2044-12-10', endsOn: '2044-12-20', reason: PAUSE_REASON });
    const { applicationId, held } = await start(new Date('2044-12-12T19:00:00Z'));
    expect(held).toBe('Held until 21 December 2044 at 09:00 Central European Time');
    const before = await releaseJobs();
    await removePause(admin, { id: pause.id, version: 0 });
    expect(await releaseJobs()).toBe(before + 1);
    // What the queued job runs, on the same day: no pause covers it any more.
    await releaseHeldApplications(new Date('2044-12-12T20:00:00Z'));
    expect((await application(applicationId)).status).toBe('AWAITING_CANDIDATE');
    expect(await linkEmails(email)).toHaveLength(1);
  });
});
