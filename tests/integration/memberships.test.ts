// MCT membership on PostgreSQL: renewal with real spreadsheets (XLSX and CSV), the program team's
// decision, the scheduled lapse and reminder jobs, alumni, MCT Lounge access, and the refusals
// (someone else's membership, a lapsed member renewing). Services run at a fixed moment (clock).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { addDays, dateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { QUEUES } from '@/lib/jobs/queue';
import { startWorker } from '@/lib/jobs/worker';
import { isAppError } from '@/lib/errors';
import { applySelfService } from '@/lib/mct/service';
import { getMyMembership } from '@/lib/memberships/queries';
import { decideRenewalSchema, deliverySchema } from '@/lib/memberships/schema';
import { requestLoungeAccess, switchToAlumni } from '@/lib/memberships/service';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { createMembership, createUser, day } from '@/tests/support/factories';
import {
  confirmCompletionRow,
  createIscProvider,
  ensureAgreement,
  ensureProgramAgreement,
  holdCertification,
  setProgramSettings,
} from '@/tests/support/mct-factories';
import { decideApplication } from '@/lib/memberships/decide-application';
import { addDelivery, importDeliveries, previewDeliveriesImport } from '@/lib/memberships/deliveries';
import { decideRenewal, submitRenewal } from '@/lib/memberships/renewal';
import { lapseEndedMemberships, reminderKey, sendRenewalReminders } from '@/lib/memberships/jobs';

// 22 November 2026, noon in Los Angeles (the program's time zone).
const NOW = new Date('2026-11-22T20:00:00Z');
const TODAY = '2026-11-22';
const clock = { now: NOW };
let agreementId: string;

async function viewerOf(userId: string, now = NOW): Promise<Viewer> {
  const viewer = await loadViewer(userId, now);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected the call to be refused');
}

const fixture = async (name: string) => ({
  fileName: name,
  bytes: new Uint8Array(await readFile(path.join(import.meta.dirname, '../fixtures/deliveries', name))),
});

/** An active MCT whose year ends `endsOn`, with a current certification and (by default) this year's agreement accepted. */
async function createMember(opts: {
  endsOn: string;
  startsOn?: string;
  acceptAgreement?: boolean;
  status?: 'ACTIVE' | 'ALUMNI' | 'LAPSED';
}) {
  const user = await createUser({ name: 'Morgan Member' });
  const membership = await createMembership({
    userId: user.id,
    status: opts.status ?? 'ACTIVE',
    terms: [{ startsOn: opts.startsOn ?? '2026-01-21', endsOn: opts.endsOn }],
  });
  await holdCertification({ userId: user.id, earnedOn: '2026-01-10', expiresOn: '2028-12-31' });
  if (opts.acceptAgreement !== false) await prisma.agreementAcceptance.create({ data: { userId: user.id, agreementId } });
  return { user, membership, term: membership.terms[0]! };
}

let alumniAgreementId: string;
const DELIVERY = {
  courseCode: 'AZ-104T00',
  courseTitle: 'Microsoft Azure Administrator',
  startDate: '2026-09-07',
  endDate: '2026-09-10',
  format: 'Virtual',
  studentCount: '11',
  trainingPartner: 'Contoso Learning',
  satisfactionScore: '8.5',
};
const alumniAcceptance = () => ({ alumniAgreementId, acceptAgreement: true as const });

beforeAll(async () => {
  // Effective just before the clock, so it is this year's agreement whatever else the database holds.
  agreementId = (await ensureProgramAgreement('2026-11-21')).id;
  alumniAgreementId = (await ensureAgreement('MCT_ALUMNI', '2026-11-21')).id;
});

beforeEach(async () => {
  await setProgramSettings();
});

describe('renewal', () => {
  it('with a real XLSX: preview saves nothing, confirm saves, submit, approve extends by a year', async () => {
    const { user, membership, term } = await createMember({ endsOn: '2027-01-20' });
    const viewer = await viewerOf(user.id);
    const file = await fixture('deliveries-valid.xlsx');

    const preview = await previewDeliveriesImport(viewer, file, clock);
    expect(preview).toMatchObject({ rowsTotal: 2, rowsValid: 2, rowsRejected: 0, canImport: true });
    expect(await prisma.trainingDelivery.count({ where: { userId: user.id } })).toBe(0);

    const imported = await importDeliveries(viewer, { ...file, fileHash: preview.fileHash }, clock);
    expect(imported).toMatchObject({ imported: 2, rejected: 0 });
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: imported.batchId } });
    expect(batch).toMatchObject({ kind: 'TRAINING_DELIVERIES', rowsImported: 2 });
    // The same file again saves nothing twice.
    const again = await previewDeliveriesImport(viewer, file, clock);
    expect(again.rowsValid).toBe(0);
    expect(again.issues[0]?.message).toMatch(/already in your log/);

    const { renewalId } = await submitRenewal(viewer, { termId: term.id }, clock);
    const submitted = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId }, include: { deliveries: true } });
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.deliveries).toHaveLength(2);
    expect(await prisma.notification.count({ where: { toEmail: user.email, template: 'mct.renewal-submitted' } })).toBe(1);

    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    await decideRenewal(admin, { renewalId, version: submitted.version, decision: 'APPROVE' }, clock);
    const terms = await prisma.mctMembershipTerm.findMany({ where: { membershipId: membership.id }, orderBy: { startsOn: 'asc' } });
    expect(terms.map((t) => [t.startsOn, t.endsOn])).toEqual([
      [day('2026-01-21'), day('2027-01-20')],
      [day('2027-01-21'), day('2028-01-20')],
    ]);
    expect(terms[1]?.renewalId).toBe(renewalId);
    // The member's page still counts down this year, and shows the next one beside it.
    const page = await getMyMembership(viewer, NOW);
    expect(page.term).toMatchObject({ startsOn: '2026-01-21', endsOn: '2027-01-20' });
    expect(page.nextTerm).toEqual({ startsOn: '2027-01-21', endsOn: '2028-01-20' });
    expect(page.daysLeft).toBe(59);
    expect((await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } })).status).toBe('APPROVED');
    expect(await prisma.auditEvent.count({ where: { entityId: renewalId, action: 'mct_renewal.approved' } })).toBe(1);
    expect(await prisma.notification.count({ where: { toEmail: user.email, template: 'mct.renewal-approved' } })).toBe(1);
    // A second approval from a stale page is refused.
    expect((await refusal(decideRenewal(admin, { renewalId, version: submitted.version, decision: 'APPROVE' }, clock))).code).toBe(
      'CONFLICT',
    );
  });

  it('with a real CSV: bad rows are reported, the admin asks for more, the member resubmits', async () => {
    const { user, term } = await createMember({ endsOn: '2027-01-20' });
    const viewer = await viewerOf(user.id);
    const bad = await fixture('deliveries-bad-row.csv');
    const preview = await previewDeliveriesImport(viewer, bad, clock);
    expect(preview).toMatchObject({ rowsTotal: 2, rowsValid: 1, rowsRejected: 1 });
    expect(preview.issues.map((i) => `${i.row}:${i.column}`)).toEqual(expect.arrayContaining(['3:format', '3:students', '3:satisfaction']));
    await importDeliveries(viewer, { ...bad, fileHash: preview.fileHash }, clock);
    const fixed = await fixture('deliveries-valid.csv');
    const fixedPreview = await previewDeliveriesImport(viewer, fixed, clock);
    // Row 2 is the one already saved from the first file; row 4 is new.
    expect(fixedPreview.rowsValid).toBe(1);
    await importDeliveries(viewer, { ...fixed, fileHash: fixedPreview.fileHash }, clock);
    expect(await prisma.trainingDelivery.count({ where: { userId: user.id } })).toBe(2);

    const { renewalId } = await submitRenewal(viewer, { termId: term.id }, clock);
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const { version } = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } });
    await decideRenewal(admin, { renewalId, version, decision: 'ASK_FOR_MORE', note: 'Please add your June delivery evaluations.' }, clock);
    const asked = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } });
    expect(asked).toMatchObject({ status: 'MORE_INFO_REQUESTED', adminNote: 'Please add your June delivery evaluations.' });
    expect(await prisma.notification.count({ where: { toEmail: user.email, template: 'mct.renewal-more-info' } })).toBe(1);
    await submitRenewal(viewer, { termId: term.id }, clock);
    expect((await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } })).status).toBe('SUBMITTED');
  });

  it('a rejected renewal carries the reason the member reads; they submit again and it is approved', async () => {
    const { user, membership, term } = await createMember({ endsOn: '2027-01-20' });
    const viewer = await viewerOf(user.id);
    await addDelivery(viewer, deliverySchema.parse(DELIVERY), clock);
    const { renewalId } = await submitRenewal(viewer, { termId: term.id }, clock);
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    const first = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } });
    // A reason is required: the member reads it.
    expect(decideRenewalSchema.safeParse({ renewalId, version: first.version, decision: 'REJECT', note: '' }).success).toBe(false);
    const reason = 'Your deliveries were all before this membership year started.';
    await decideRenewal(admin, { renewalId, version: first.version, decision: 'REJECT', note: reason }, clock);
    expect(await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } })).toMatchObject({
      status: 'REJECTED',
      adminNote: reason,
    });
    const mail = await prisma.notification.findFirstOrThrow({ where: { toEmail: user.email, template: 'mct.renewal-rejected' } });
    expect(mail.textBody).toContain(reason);
    const page = await getMyMembership(viewer, NOW);
    expect(page.renewal).toMatchObject({ status: 'REJECTED', adminNote: reason });
    expect(page.nextStep).toMatch(/did not approve your renewal/);
    // Deciding it again from the rejected state is refused by the lifecycle.
    const rejected = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } });
    expect((await refusal(decideRenewal(admin, { renewalId, version: rejected.version, decision: 'APPROVE' }, clock))).code).toBe(
      'CONFLICT',
    );

    await submitRenewal(viewer, { termId: term.id }, clock);
    const again = await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewalId } });
    expect(again.status).toBe('SUBMITTED');
    await decideRenewal(admin, { renewalId, version: again.version, decision: 'APPROVE' }, clock);
    expect(await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })).toBe(2);
  });

  it('a rejected renewal nobody answered expires when the year lapses', async () => {
    const { user, membership, term } = await createMember({ startsOn: '2025-11-01', endsOn: '2026-10-31' });
    const renewal = await prisma.mctRenewal.create({
      data: { termId: term.id, status: 'REJECTED', adminNote: 'No deliveries this year.' },
    });
    expect(await lapseEndedMemberships(NOW)).toBeGreaterThanOrEqual(1);
    expect((await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe('LAPSED');
    expect((await prisma.mctRenewal.findUniqueOrThrow({ where: { id: renewal.id } })).status).toBe('EXPIRED');
    expect(user.id).toBeTruthy();
  });

  it('refuses a file with formulas, and a file that is not a spreadsheet, saving nothing', async () => {
    const { user } = await createMember({ endsOn: '2027-01-20' });
    const viewer = await viewerOf(user.id);
    const formula = await fixture('deliveries-formula.xlsx');
    const preview = await previewDeliveriesImport(viewer, formula, clock);
    expect(preview).toMatchObject({ formulaCells: 1, canImport: false });
    expect((await refusal(importDeliveries(viewer, { ...formula, fileHash: preview.fileHash }, clock))).code).toBe('INVALID');
    expect((await refusal(previewDeliveriesImport(viewer, await fixture('not-a-spreadsheet.xlsx'), clock))).message).toMatch(
      /not a spreadsheet/,
    );
    expect(await prisma.trainingDelivery.count({ where: { userId: user.id } })).toBe(0);
  });

  it('saves a 10,000-row upload exactly as read, and a second upload of it saves nothing twice', async () => {
    const { user, membership } = await createMember({ endsOn: '2027-01-20' });
    const viewer = await viewerOf(user.id);
    const header = 'course code,course title,start date,end date,format,students,training partner,satisfaction';
    const line = (i: number, code = `AZ-${100 + (i % 900)}T00`, partner = `Partner ${i}`) => {
      const start = addDays(TODAY, -5 - (i % 300));
      return `${code},Course ${i},${start},${addDays(start, 2)},${['In person', 'Virtual', 'Hybrid'][i % 3]},${5 + (i % 20)},${partner},${i % 4 ? `8.${i % 10}` : ''}`;
    };
    const bytes = new TextEncoder().encode([header, ...Array.from({ length: 10_000 }, (_, i) => line(i))].join('\r\n'));
    const file = { fileName: 'deliveries.csv', bytes };
    const preview = await previewDeliveriesImport(viewer, file, clock);
    expect(preview).toMatchObject({ rowsTotal: 10_000, rowsValid: 10_000, canImport: true });
    const { batchId, imported } = await importDeliveries(viewer, { ...file, fileHash: preview.fileHash }, clock);
    expect(imported).toBe(10_000);

    const saved = await prisma.trainingDelivery.findMany({ where: { userId: user.id }, orderBy: { id: 'asc' } });
    expect(saved).toHaveLength(10_000);
    // Ids in the order of the file (time-ordered, like Prisma's), every column as the file says.
    expect(saved.map((d) => d.courseTitle)).toEqual(Array.from({ length: 10_000 }, (_, i) => `Course ${i}`));
    expect(saved.every((d) => d.membershipId === membership.id && d.importBatchId === batchId && d.renewalId === null)).toBe(true);
    const [first, second, fourth] = [saved[1]!, saved[2]!, saved[4]!];
    expect(first).toMatchObject({ courseCode: 'AZ-101T00', format: 'VIRTUAL', studentCount: 6, trainingPartner: 'Partner 1' });
    expect(dateKey(first.startDate)).toBe(addDays(TODAY, -6));
    expect(dateKey(first.endDate)).toBe(addDays(TODAY, -4));
    expect(first.satisfactionScore?.toString()).toBe('8.1');
    expect(second.format).toBe('HYBRID');
    expect(fourth.satisfactionScore).toBeNull();

    // Most of the same rows again, in other letter case, and three new ones: only the new ones are saved.
    const again = new TextEncoder().encode(
      [header, ...Array.from({ length: 9_997 }, (_, i) => line(i).toLowerCase()), line(10_001), line(10_002), line(10_003)].join('\n'),
    );
    const secondPreview = await previewDeliveriesImport(viewer, { fileName: 'again.csv', bytes: again }, clock);
    expect(secondPreview).toMatchObject({ rowsTotal: 10_000, rowsValid: 3, rowsRejected: 9_997, issuesTotal: 9_997 });
    expect(secondPreview.issues[0]?.message).toMatch(/already in your log/);
  }, 60_000);

  it('says what is missing, and opens only 90 days before the year ends', async () => {
    const early = await createMember({ endsOn: '2027-06-30' });
    expect((await refusal(submitRenewal(await viewerOf(early.user.id), { termId: early.term.id }, clock))).message).toMatch(
      /Renewal opens/,
    );
    const { user, term } = await createMember({ endsOn: '2027-01-20', acceptAgreement: false });
    const refused = await refusal(submitRenewal(await viewerOf(user.id), { termId: term.id }, clock));
    expect(refused.code).toBe('INVALID');
    expect(refused.message).toMatch(/this year’s agreement/);
    expect(refused.message).toMatch(/at least one training delivery/);
  });

  it('adds a delivery one by one, with the form’s schema', async () => {
    const { user } = await createMember({ endsOn: '2027-01-20' });
    const input = deliverySchema.parse({
      courseCode: 'AZ-500T00',
      courseTitle: 'Microsoft Azure Security Technologies',
      startDate: '2026-09-07',
      endDate: '2026-09-10',
      format: 'Hybrid',
      studentCount: '14',
      trainingPartner: 'Contoso Learning',
      satisfactionScore: '8.75',
    });
    await addDelivery(await viewerOf(user.id), input, clock);
    const page = await getMyMembership(await viewerOf(user.id), NOW);
    expect(page.deliveries).toHaveLength(1);
    expect(page.byFormat.find((f) => f.format === 'HYBRID')?.count).toBe(1);
    expect(page.byMonth.find((p) => p.month === '2026-09')?.HYBRID).toBe(1);
    expect(page.standing).toBe('IN_RENEWAL');
    expect(page.daysLeft).toBe(59);
  });

  it('nobody renews someone else’s membership; a lapsed member cannot renew', async () => {
    const owner = await createMember({ endsOn: '2027-01-20' });
    const other = await createMember({ endsOn: '2027-01-20' });
    await addDelivery(
      await viewerOf(owner.user.id),
      deliverySchema.parse({
        courseCode: 'X',
        courseTitle: 'Y',
        startDate: '2026-10-01',
        endDate: '2026-10-02',
        format: 'Virtual',
        studentCount: '3',
        trainingPartner: 'P',
        satisfactionScore: '',
      }),
      clock,
    );
    expect((await refusal(submitRenewal(await viewerOf(other.user.id), { termId: owner.term.id }, clock))).code).toBe('CONFLICT');
    expect(await prisma.mctRenewal.count({ where: { termId: owner.term.id } })).toBe(0);

    const lapsed = await createMember({ startsOn: '2025-01-01', endsOn: '2025-12-31', status: 'LAPSED' });
    const refused = await refusal(submitRenewal(await viewerOf(lapsed.user.id), { termId: lapsed.term.id }, clock));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/reinstatement/);
  });
});

describe('the lapse job', () => {
  it('lapses an ended membership the day after its end, revokes lounge access, once', async () => {
    const { user, membership } = await createMember({ startsOn: '2025-11-21', endsOn: '2026-11-20' });
    await prisma.loungeAccess.create({ data: { userId: user.id, status: 'GRANTED', grantedAt: NOW } });
    const still = await createMember({ endsOn: '2026-11-22' });

    await lapseEndedMemberships(NOW);
    const lapsed = await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } });
    expect(lapsed.status).toBe('LAPSED');
    expect(lapsed.lapsedOn).toEqual(day('2026-11-21'));
    expect((await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: user.id } })).status).toBe('REVOKED');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: membership.id, action: 'mct_membership.lapsed' } });
    expect(audit.actorLabel).toBe('system');
    expect((await prisma.mctMembership.findUniqueOrThrow({ where: { id: still.membership.id } })).status).toBe('ACTIVE');

    await lapseEndedMemberships(NOW);
    expect(await prisma.auditEvent.count({ where: { entityId: membership.id, action: 'mct_membership.lapsed' } })).toBe(1);
    expect(await prisma.notification.count({ where: { toEmail: user.email, template: 'mct.membership-lapsed' } })).toBe(1);
  });
});

describe('the reminders job', () => {
  it('sends the due reminder once, however often it runs, and none after renewal', async () => {
    const { user, term } = await createMember({ endsOn: '2027-01-21' }); // 60 days left
    await Promise.all([sendRenewalReminders(NOW), sendRenewalReminders(NOW)]);
    await sendRenewalReminders(NOW);
    const sent = await prisma.notification.findMany({ where: { toEmail: user.email, template: 'mct.renewal-reminder' } });
    expect(sent.map((n) => n.dedupeKey)).toEqual([reminderKey(term.id, 60)]);
    expect(sent[0]?.subject).toMatch(/60 days left/);

    const renewed = await createMember({ endsOn: '2027-01-21' });
    await prisma.mctRenewal.create({ data: { termId: renewed.term.id, status: 'APPROVED' } });
    const waiting = await createMember({ endsOn: '2027-01-21' });
    await prisma.mctRenewal.create({ data: { termId: waiting.term.id, status: 'SUBMITTED', submittedAt: NOW } });
    await sendRenewalReminders(NOW);
    expect(await prisma.notification.count({ where: { toEmail: renewed.user.email, template: 'mct.renewal-reminder' } })).toBe(0);
    expect(await prisma.notification.count({ where: { toEmail: waiting.user.email, template: 'mct.renewal-reminder' } })).toBe(0);
  });
});

describe('alumni and the MCT Lounge', () => {
  it('a lapsed MCT chooses alumni: the lounge comes back, and an outdated alumni agreement is refused', async () => {
    const { user, membership } = await createMember({ startsOn: '2025-06-01', endsOn: '2026-05-31', status: 'LAPSED' });
    await prisma.mctMembership.update({ where: { id: membership.id }, data: { lapsedOn: day('2026-06-01') } });
    await prisma.loungeAccess.create({ data: { userId: user.id, status: 'REVOKED', revokedAt: NOW, revokedReason: 'Membership lapsed' } });
    const page = await getMyMembership(await viewerOf(user.id), NOW);
    expect(page.alumniAgreement?.id).toBe(alumniAgreementId);
    const stale = await refusal(
      switchToAlumni(
        await viewerOf(user.id),
        { version: membership.version, confirm: true, alumniAgreementId: agreementId, acceptAgreement: true },
        clock,
      ),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/new version of the alumni agreement/) });
    expect((await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe('LAPSED');

    await switchToAlumni(await viewerOf(user.id), { version: membership.version, confirm: true, ...alumniAcceptance() }, clock);
    expect(await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      status: 'ALUMNI',
      alumniSince: day(TODAY),
    });
    expect((await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: user.id } })).status).toBe('GRANTED');
  });

  it('grants access to an active MCT, keeps it as alumni, and refuses someone who is not an MCT', async () => {
    const { user, membership } = await createMember({ endsOn: '2027-06-30' });
    await requestLoungeAccess(await viewerOf(user.id), {}, clock);
    expect((await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: user.id } })).status).toBe('GRANTED');

    await switchToAlumni(await viewerOf(user.id), { version: membership.version, confirm: true, ...alumniAcceptance() }, clock);
    const alumni = await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } });
    // The alumni agreement is accepted with the switch, naming its version.
    expect(await prisma.agreementAcceptance.count({ where: { userId: user.id, agreementId: alumniAgreementId } })).toBe(1);
    expect(alumni).toMatchObject({ status: 'ALUMNI', alumniSince: day(TODAY) });
    expect((await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: user.id } })).status).toBe('GRANTED');
    // Alumni are not lapsed by the job.
    await lapseEndedMemberships(new Date('2027-08-01T20:00:00Z'));
    expect((await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe('ALUMNI');
    // A second switch from a stale tab is refused.
    expect(
      (await refusal(switchToAlumni(await viewerOf(user.id), { version: membership.version, confirm: true, ...alumniAcceptance() }, clock)))
        .code,
    ).toBe('CONFLICT');

    const stranger = await createUser();
    const refused = await refusal(requestLoungeAccess(await viewerOf(stranger.id), {}, clock));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/for active MCTs and alumni/) });
  });

  it('restores access revoked by a lapse when the member is reinstated', async () => {
    const { user, membership } = await createMember({ startsOn: '2025-06-01', endsOn: '2026-05-31', status: 'LAPSED' });
    await prisma.mctMembership.update({ where: { id: membership.id }, data: { lapsedOn: day('2026-06-01') } });
    await prisma.loungeAccess.create({ data: { userId: user.id, status: 'REVOKED', revokedAt: NOW, revokedReason: 'Membership lapsed' } });
    expect((await refusal(requestLoungeAccess(await viewerOf(user.id), {}, clock))).message).toMatch(/lapsed/);
    const app = await prisma.mctApplication.create({
      data: { candidateId: user.id, kind: 'REINSTATEMENT', channel: 'SELF_SERVICE', status: 'SUBMITTED', submittedAt: NOW },
    });
    const admin = await viewerOf((await createUser({ roles: ['ADMIN'] })).id);
    await decideApplication(admin, { applicationId: app.id, version: app.version, decision: 'APPROVE', reason: '' }, clock);
    expect((await prisma.mctMembership.findUniqueOrThrow({ where: { id: membership.id } })).status).toBe('ACTIVE');
    expect((await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: user.id } })).status).toBe('GRANTED');
  });
});

describe('reinstatement', () => {
  async function lapsedMember(lapsedOn: string) {
    const { user, membership } = await createMember({ startsOn: '2021-01-01', endsOn: '2021-12-31', status: 'LAPSED' });
    await prisma.mctMembership.update({ where: { id: membership.id }, data: { lapsedOn: day(lapsedOn) } });
    return user;
  }

  it('for alumni who left more than 3 years ago, the membership page and the application agree: a new ISC completion is needed', async () => {
    const user = await createUser();
    await createMembership({ userId: user.id, status: 'ALUMNI', terms: [{ startsOn: '2021-06-01', endsOn: '2022-05-31' }] });
    await prisma.mctMembership.update({ where: { userId: user.id }, data: { alumniSince: day('2022-03-01') } });
    await holdCertification({ userId: user.id, earnedOn: '2026-01-10', expiresOn: '2028-12-31' });
    await prisma.agreementAcceptance.create({ data: { userId: user.id, agreementId } });
    const page = await getMyMembership(await viewerOf(user.id), NOW);
    expect(page.reinstatement).toMatchObject({ needsNewIsc: true, leftOn: '2022-03-01' });
    const refused = await refusal(applySelfService(await viewerOf(user.id), {}, clock));
    expect(refused.message).toMatch(/isc completion/i);
  });

  it('within 3 years of lapsing needs no new ISC completion', async () => {
    const user = await lapsedMember('2024-01-01');
    const { applicationId } = await applySelfService(await viewerOf(user.id), {}, clock);
    const app = await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } });
    expect(app).toMatchObject({ kind: 'REINSTATEMENT', status: 'SUBMITTED', iscCompletionId: null });
  });

  it('past 3 years is refused without a new ISC completion, and accepted with one', async () => {
    const user = await lapsedMember('2023-11-21');
    const refused = await refusal(applySelfService(await viewerOf(user.id), {}, clock));
    expect(refused.code).toBe('INVALID');
    expect(refused.message).toMatch(/isc completion/i);
    const page = await getMyMembership(await viewerOf(user.id), NOW);
    expect(page.reinstatement).toMatchObject({ needsNewIsc: true });

    const staff = await createUser();
    const provider = await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
    await confirmCompletionRow({ providerId: provider.id, email: user.email, completedOn: '2026-10-01', confirmedById: staff.id });
    const { applicationId } = await applySelfService(await viewerOf(user.id), {}, clock);
    expect((await prisma.mctApplication.findUniqueOrThrow({ where: { id: applicationId } })).kind).toBe('REINSTATEMENT');
  });
});

describe('the schedules', () => {
  it('are kept by pg-boss in PostgreSQL, so they survive a restart of the worker', async () => {
    const worker = await startWorker({ databaseUrl: inject('databaseUrl'), log: () => {} });
    await worker.stop();
    const rows = await prisma.$queryRaw<
      { name: string; cron: string }[]
    >`SELECT name, cron FROM pgboss.schedule WHERE name IN (${QUEUES.lapseMctMemberships}, ${QUEUES.remindMctRenewals}) ORDER BY name`;
    expect(rows).toEqual([
      { name: QUEUES.lapseMctMemberships, cron: '5 * * * *' },
      { name: QUEUES.remindMctRenewals, cron: '25 * * * *' },
    ]);
  });
});
