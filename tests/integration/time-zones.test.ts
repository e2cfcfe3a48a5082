// A person's time zone: taken from the browser at sign-up, or at the first visit of someone who never
// chose one; offered (never forced) to someone who chose another; chosen in the profile. On PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { createAccount } from '@/lib/auth/accounts';
import { prisma } from '@/lib/db';
import { adoptTimeZoneSchema, profileSchema } from '@/lib/people/schema';
import { adoptTimeZone, updateProfile } from '@/lib/people/service';
import { signUpSchema } from '@/lib/auth/schema';
import { createUser, uniqueEmail } from '@/tests/support/factories';
import { viewerOf } from '@/tests/support/review-factories';

vi.mock('next-auth', async () => (await import('@/tests/support/next-runtime')).nextAuthShim);

describe('time zones', () => {
  it('takes the browser’s zone at sign-up, and drops a zone that does not exist', async () => {
    const email = uniqueEmail('zone');
    await createAccount(signUpSchema.parse({ name: 'Berta Berlin', email, timeZone: 'Europe/Berlin' }));
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ timeZone: 'Europe/Berlin' });
    expect((await viewerOf((await prisma.user.findUniqueOrThrow({ where: { email } })).id)).timeZoneChosen).toBe(true);

    const other = uniqueEmail('zone');
    await createAccount(signUpSchema.parse({ name: 'Nora Nowhere', email: other, timeZone: 'Mars/Olympus_Mons' }));
    const nora = await prisma.user.findUniqueOrThrow({ where: { email: other } });
    expect(nora).toMatchObject({ timeZone: 'UTC', timeZoneChosenAt: null });
  });

  it('adopts the browser’s zone at a first visit, but never overrides a zone the person chose', async () => {
    const user = await createUser();
    const viewer = await viewerOf(user.id);
    expect(viewer.timeZoneChosen).toBe(false);
    expect(await adoptTimeZone(viewer, adoptTimeZoneSchema.parse({ timeZone: 'America/Los_Angeles', firstVisit: true }))).toEqual({
      timeZone: 'America/Los_Angeles',
      changed: true,
    });
    // Another device in another zone: a first visit again changes nothing.
    expect(await adoptTimeZone(viewer, { timeZone: 'Asia/Tokyo', firstVisit: true })).toEqual({
      timeZone: 'America/Los_Angeles',
      changed: false,
    });
    // Accepting the offer to switch does.
    expect(await adoptTimeZone(viewer, { timeZone: 'Asia/Tokyo', firstVisit: false })).toEqual({ timeZone: 'Asia/Tokyo', changed: true });
    const audits = await prisma.auditEvent.findMany({
      where: { entityId: user.id, action: 'profile.time-zone-adopted' },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((a) => (a.after as { timeZone: string }).timeZone)).toEqual(['America/Los_Angeles', 'Asia/Tokyo']);
    expect(adoptTimeZoneSchema.safeParse({ timeZone: 'Not/AZone', firstVisit: true }).success).toBe(false);
  });

  it('counts a zone saved in the profile as chosen', async () => {
    const user = await createUser();
    await updateProfile(await viewerOf(user.id), profileSchema.parse({ name: 'Una Utc', timeZone: 'UTC', notificationMode: 'IMMEDIATE' }));
    const viewer = await viewerOf(user.id);
    expect(viewer).toMatchObject({ timeZone: 'UTC', timeZoneChosen: true });
    expect(await adoptTimeZone(viewer, { timeZone: 'Europe/Paris', firstVisit: true })).toMatchObject({ changed: false });
  });
});
