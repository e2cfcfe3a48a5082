// Certificates on PostgreSQL: issued once by their holder, for their own accepted award or begun membership
// year; checked by anyone with the code; gone with the holder's erasure.
import { describe, expect, it } from 'vitest';
import { issueCertificate } from '@/lib/certificates/service';
import { verifyCertificate } from '@/lib/certificates/queries';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { erasePersonalData } from '@/lib/privacy/erase';
import { createAward, createMembership, createUser } from '@/tests/support/factories';
import { viewerOf } from '@/tests/support/review-factories';

const NOW = new Date('2026-12-04T12:00:00Z');

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('certificates', () => {
  it('an MVP issues the certificate of an accepted award once; anyone checks it by its code', async () => {
    const user = await createUser({ name: 'Ada Lovelace' });
    const award = await createAward({ userId: user.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const viewer = await viewerOf(user.id);

    const [first, second] = await Promise.all([
      issueCertificate(viewer, { kind: 'MVP', recordId: award.id }, NOW),
      issueCertificate(viewer, { kind: 'MVP', recordId: award.id }, NOW),
    ]);
    expect(second.code).toBe(first.code);
    expect(await prisma.certificate.count({ where: { recordId: award.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'certificate.issued', actorId: user.id } })).toBe(1);

    const checked = await verifyCertificate(first.code.toLowerCase().replaceAll('-', ' '), NOW);
    expect(checked).toMatchObject({
      kind: 'MVP',
      holderName: 'Ada Lovelace',
      startsOn: '2026-07-01',
      endsOn: '2027-06-30',
      standing: 'CURRENT',
    });
    expect(checked?.category).toMatch(/^Category /);
    expect((await verifyCertificate(first.code, new Date('2027-07-01T12:00:00Z')))?.standing).toBe('ENDED');

    // The name is the one it was issued in; a revoked award's certificate says so.
    await prisma.user.update({ where: { id: user.id }, data: { name: 'Someone Else' } });
    await prisma.award.update({ where: { id: award.id }, data: { revokedAt: NOW } });
    expect(await verifyCertificate(first.code, NOW)).toMatchObject({ holderName: 'Ada Lovelace', standing: 'REVOKED' });
    expect(await verifyCertificate('0000-0000-0000-0000', NOW)).toBeNull();
    expect(await verifyCertificate('not a code', NOW)).toBeNull();
  });

  it('refuses someone else’s award, an award not accepted or revoked, and a person without a name', async () => {
    const holder = await createUser();
    const other = await viewerOf((await createUser()).id);
    const accepted = await createAward({ userId: holder.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    expect((await refusal(issueCertificate(other, { kind: 'MVP', recordId: accepted.id }, NOW))).code).toBe('NOT_FOUND');
    // Someone else asking for an issued certificate's record gets nothing either.
    await issueCertificate(await viewerOf(holder.id), { kind: 'MVP', recordId: accepted.id }, NOW);
    expect((await refusal(issueCertificate(other, { kind: 'MVP', recordId: accepted.id }, NOW))).code).toBe('NOT_FOUND');

    const pending = await createAward({ userId: holder.id, startsOn: '2027-07-01', endsOn: '2028-06-30', acceptedAt: null });
    expect((await refusal(issueCertificate(await viewerOf(holder.id), { kind: 'MVP', recordId: pending.id }, NOW))).message).toMatch(
      /^Accept your award first/,
    );
    const revoked = await createAward({ userId: holder.id, startsOn: '2025-07-01', endsOn: '2026-06-30', revokedAt: NOW });
    expect((await refusal(issueCertificate(await viewerOf(holder.id), { kind: 'MVP', recordId: revoked.id }, NOW))).code).toBe('CONFLICT');

    const nameless = await createUser();
    await prisma.user.update({ where: { id: nameless.id }, data: { name: null } });
    const own = await createAward({ userId: nameless.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    expect((await refusal(issueCertificate(await viewerOf(nameless.id), { kind: 'MVP', recordId: own.id }, NOW))).message).toMatch(
      /^Add your name in your profile/,
    );
    expect(await prisma.certificate.count({ where: { recordId: { in: [pending.id, revoked.id, own.id] } } })).toBe(0);
  });

  it('an MCT issues the certificate of a begun membership year, not of the next one', async () => {
    const user = await createUser({ name: 'Grace Hopper' });
    const membership = await createMembership({
      userId: user.id,
      status: 'ACTIVE',
      terms: [
        { startsOn: '2026-01-10', endsOn: '2027-01-09' },
        { startsOn: '2027-01-10', endsOn: '2028-01-09' },
      ],
    });
    const [current, next] = [...membership.terms].sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime());
    const viewer = await viewerOf(user.id);
    const { code } = await issueCertificate(viewer, { kind: 'MCT', recordId: current!.id }, NOW);
    expect(await verifyCertificate(code, NOW)).toMatchObject({
      kind: 'MCT',
      holderName: 'Grace Hopper',
      category: null,
      standing: 'CURRENT',
    });
    expect((await refusal(issueCertificate(viewer, { kind: 'MCT', recordId: next!.id }, NOW))).message).toMatch(/has not begun yet/);
  });

  it('is gone with its holder’s erasure: the code no longer checks', async () => {
    const user = await createUser({ name: 'To Be Erased' });
    const award = await createAward({ userId: user.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    const { code } = await issueCertificate(await viewerOf(user.id), { kind: 'MVP', recordId: award.id }, NOW);
    await prisma.$transaction((tx) => erasePersonalData(tx, user.id, NOW));
    expect(await verifyCertificate(code, NOW)).toBeNull();
  });
});
