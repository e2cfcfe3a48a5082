// Sessions end when an admin says so (issue 15): sessions are JWTs, so each carries the account's
// session version from sign-in, and every request compares it with the account's. Removing a role,
// merging an account away and erasing a person raise the version: their sessions end at the next
// request, and signing in again starts a fresh one.
import { describe, expect, it, vi } from 'vitest';
import { getViewer } from '@/lib/auth/guards';
import { prisma } from '@/lib/db';
import { changeRole } from '@/lib/people/admin-service';
import { changeRoleSchema } from '@/lib/people/admin-schema';
import { mergeAccounts } from '@/lib/people/merge';
import { mergeAccountsSchema } from '@/lib/people/merge-schema';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { createUser, uniqueEmail } from '@/tests/support/factories';
import { signInAs } from '@/tests/support/next-runtime';

vi.mock('@/lib/auth/config', async () => (await import('@/tests/support/next-runtime')).authConfigShim);
vi.mock('next-auth', async () => (await import('@/tests/support/next-runtime')).nextAuthShim);
vi.mock('next/cache', async () => (await import('@/tests/support/next-runtime')).nextCacheShim);

/** Signs in as the person, as a session made now would carry their current version. */
async function signInNow(userId: string): Promise<void> {
  const row = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  signInAs(userId, row.sessionVersion);
}

async function admin(): Promise<Viewer> {
  const a = await createUser({ roles: ['ADMIN'], email: uniqueEmail('admin') });
  return (await loadViewer(a.id))!;
}

describe('revocable sessions', () => {
  it('removing a role ends the person’s sessions; signing in again works without the role', async () => {
    const reviewer = await createUser({ roles: ['REVIEWER'], email: uniqueEmail('reviewer') });
    await signInNow(reviewer.id);
    expect((await getViewer())?.roles).toEqual(['REVIEWER']);

    await changeRole(await admin(), changeRoleSchema.parse({ userId: reviewer.id, role: 'REVIEWER', grant: false }));
    expect(await getViewer()).toBeNull();

    await signInNow(reviewer.id);
    expect((await getViewer())?.roles).toEqual([]);
  });

  it('granting a role leaves sessions as they are', async () => {
    const person = await createUser({ email: uniqueEmail('person') });
    await signInNow(person.id);
    await changeRole(await admin(), changeRoleSchema.parse({ userId: person.id, role: 'REVIEWER', grant: true }));
    expect((await getViewer())?.roles).toEqual(['REVIEWER']);
  });

  it('merging ends the sessions of both accounts', async () => {
    const target = await createUser({ email: uniqueEmail('target') });
    const source = await createUser({ email: uniqueEmail('source') });
    await signInNow(source.id);
    const sourceSession = (await prisma.user.findUniqueOrThrow({ where: { id: source.id } })).sessionVersion;
    await signInNow(target.id);
    const targetSession = (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion;

    await mergeAccounts(await admin(), mergeAccountsSchema.parse({ targetId: target.id, sourceId: source.id }));
    signInAs(source.id, sourceSession);
    expect(await getViewer()).toBeNull();
    signInAs(target.id, targetSession);
    expect(await getViewer()).toBeNull();
    await signInNow(target.id);
    expect((await getViewer())?.id).toBe(target.id);
  });
});
