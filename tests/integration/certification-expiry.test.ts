// Certification expiry warnings on PostgreSQL: who is at risk (their certifications stop counting
// before their membership year ends), the emails 90 and 30 days ahead exactly once each, the member's
// dashboard outlook and the admin's list.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addDays } from '@/lib/dates';
import {
  certificationWarningKey,
  getMyCertificationOutlook,
  listMembersAtRisk,
  sendCertificationExpiryWarnings,
} from '@/lib/memberships/certification-expiry';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { createMembership, createUser } from '@/tests/support/factories';
import { createCertification, holdCertification, setProgramSettings } from '@/tests/support/mct-factories';

// Years ahead: the job scans every active member, and this database also holds other tests' members
// (the large dataset's thousands among them); in 2041 only this file's members are active.
const NOW = new Date('2041-03-01T20:00:00Z'); // 1 March in Los Angeles, the program's zone
const TODAY = '2041-03-01';

async function viewerOf(userId: string): Promise<Viewer> {
  const v = await loadViewer(userId, NOW);
  if (!v) throw new Error('no viewer');
  return v;
}

async function member(certExpiresOn: string | null, termEndsOn = '2041-08-31') {
  const user = await createUser({ name: 'Cara Certified' });
  await createMembership({ userId: user.id, status: 'ACTIVE', terms: [{ startsOn: '2040-09-01', endsOn: termEndsOn }] });
  const held = await holdCertification({ userId: user.id, earnedOn: '2040-01-10', expiresOn: certExpiresOn });
  return { user, held };
}

const warnings = (email: string) =>
  prisma.notification.findMany({ where: { toEmail: email, template: 'mct.certification-expiring' }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  await setProgramSettings();
});

describe('certification expiry warnings', () => {
  it('warns 90 days ahead once, then 30 days ahead once, however often the job runs', async () => {
    const lastDay = addDays(TODAY, 80); // within 90 days, before the year ends
    const { user, held } = await member(lastDay);
    await Promise.all([sendCertificationExpiryWarnings(NOW), sendCertificationExpiryWarnings(NOW)]);
    await sendCertificationExpiryWarnings(NOW);
    let sent = await warnings(user.email);
    expect(sent.map((n) => n.dedupeKey)).toEqual([certificationWarningKey(held.id, lastDay, 90)]);
    expect(sent[0]).toMatchObject({ urgency: 'IMMEDIATE', subject: expect.stringMatching(/^Your \S+ certification expires in 80 days$/) });
    expect(sent[0]!.textBody).toContain('Renew the certification');

    const later = new Date(NOW.getTime() + 55 * 86_400_000); // 25 days left
    await sendCertificationExpiryWarnings(later);
    await sendCertificationExpiryWarnings(later);
    sent = await warnings(user.email);
    expect(sent.map((n) => n.dedupeKey)).toEqual([
      certificationWarningKey(held.id, lastDay, 90),
      certificationWarningKey(held.id, lastDay, 30),
    ]);
  });

  it('leaves alone a member whose certification lasts the year, or who holds another that does', async () => {
    const fine = await member('2041-08-31');
    const covered = await member(addDays(TODAY, 40));
    await holdCertification({
      userId: covered.user.id,
      certificationId: (await createCertification()).id,
      earnedOn: '2026-01-01',
      expiresOn: null,
    });
    await sendCertificationExpiryWarnings(NOW);
    expect(await warnings(fine.user.email)).toHaveLength(0);
    expect(await warnings(covered.user.email)).toHaveLength(0);
    expect(await getMyCertificationOutlook(await viewerOf(fine.user.id), NOW)).toBeNull();
  });

  it('shows the member their risk on the dashboard, and the admins the list; nobody else reads the list', async () => {
    const lastDay = addDays(TODAY, 20);
    const { user } = await member(lastDay);
    const mine = await getMyCertificationOutlook(await viewerOf(user.id), NOW);
    expect(mine).toMatchObject({ termEndsOn: '2041-08-31', outlook: { atRisk: true, lastDay, best: { code: expect.any(String) } } });

    const admin = await createUser({ roles: ['ADMIN'] });
    const list = await listMembersAtRisk(await viewerOf(admin.id), NOW);
    expect(list?.find((m) => m.userId === user.id)).toMatchObject({ email: user.email, outlook: { lastDay } });
    expect(await listMembersAtRisk(await viewerOf(user.id), NOW)).toBeNull();
  });
});
