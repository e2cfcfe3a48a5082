// Server actions and guards as a caller meets them: signed out, forbidden, malformed input.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { assertProviderStaff, assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createAward, createMembership, createProvider, createUser, uniqueEmail } from '@/tests/support/factories';
import { loadViewer } from '@/lib/auth/viewer';

// define-action.ts falls back to the request's session (lib/auth/guards.ts, which needs Next.js and
// Auth.js at runtime); every action here passes resolveViewer instead, so the fallback must not run.
vi.mock('@/lib/auth/guards', () => ({
  getViewer: () => {
    throw new Error('the session fallback was used; tests pass resolveViewer');
  },
}));

const renameSchema = z.object({
  name: z.string().trim().min(2, 'Enter your full name'),
  timeZone: z.string().min(1, 'Choose a time zone'),
});

describe('defineAction', () => {
  it('asks a signed-out caller to sign in, without running the action', async () => {
    const handler = vi.fn(async () => 'done');
    const action = defineAction(renameSchema, handler, { resolveViewer: async () => null });
    const result = await action({ name: 'Casey Candidate', timeZone: 'UTC' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/sign in again/i);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a candidate an admin-only action', async () => {
    const candidate = await loadViewer((await createUser()).id);
    const changed = vi.fn();
    const action = defineAction(
      renameSchema,
      async (viewer) => {
        assertRole(viewer, 'ADMIN');
        changed();
        return 'changed';
      },
      { resolveViewer: async () => candidate },
    );
    expect(await action({ name: 'Casey Candidate', timeZone: 'UTC' })).toEqual({
      ok: false,
      error: 'You do not have access to this.',
      fieldErrors: undefined,
    });
    expect(changed).not.toHaveBeenCalled();
  });

  it('runs the action for an admin with the parsed input', async () => {
    const admin = await loadViewer((await createUser({ roles: ['ADMIN'] })).id);
    const action = defineAction(
      renameSchema,
      async (viewer, input) => {
        assertRole(viewer, 'ADMIN');
        return `${viewer.id}:${input.name}`;
      },
      { resolveViewer: async () => admin },
    );
    expect(await action({ name: '  Avery Admin  ', timeZone: 'UTC' })).toEqual({ ok: true, data: `${admin!.id}:Avery Admin` });
  });

  it('returns malformed input as messages per field, without running the action', async () => {
    const handler = vi.fn(async () => 'done');
    const resolveViewer = vi.fn(async () => null);
    const action = defineAction(renameSchema, handler, { resolveViewer });
    const result = await action({ name: ' x ', timeZone: '' });
    expect(result).toEqual({
      ok: false,
      error: 'Some fields need attention.',
      fieldErrors: { name: ['Enter your full name'], timeZone: ['Choose a time zone'] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes the field errors of a refused operation through to the form', async () => {
    const viewer = await loadViewer((await createUser()).id);
    const action = defineAction(
      renameSchema,
      async () => {
        throw new AppError('CONFLICT', 'Someone else changed this.', { name: ['Reload to see the latest name'] });
      },
      { resolveViewer: async () => viewer },
    );
    expect(await action({ name: 'Casey', timeZone: 'UTC' })).toEqual({
      ok: false,
      error: 'Someone else changed this.',
      fieldErrors: { name: ['Reload to see the latest name'] },
    });
  });

  it('reports an unexpected failure without its internals', async () => {
    const viewer = await loadViewer((await createUser()).id);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const action = defineAction(
      renameSchema,
      async () => {
        throw new Error('connection to 10.0.0.5:5432 refused');
      },
      { resolveViewer: async () => viewer },
    );
    const result = await action({ name: 'Casey', timeZone: 'UTC' });
    spy.mockRestore();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/Nothing was saved/);
    expect(JSON.stringify(result)).not.toContain('10.0.0.5');
  });
});

describe('loadViewer', () => {
  it('reads roles, provider staff and program status from the records', async () => {
    const user = await createUser({ roles: ['REVIEWER'] });
    const provider = await createProvider({ staffIds: [user.id] });
    await createAward({ userId: user.id, startsOn: '2026-07-01', endsOn: '2027-06-30' });
    await createMembership({ userId: user.id, status: 'ACTIVE', terms: [{ startsOn: '2026-03-02', endsOn: '2027-03-01' }] });
    const viewer = await loadViewer(user.id, new Date('2026-12-15T20:00:00Z'));
    expect(viewer).toMatchObject({
      id: user.id,
      roles: ['REVIEWER'],
      providerIds: [provider.id],
      canNominate: true,
      mvp: { isActiveMvp: true },
      mct: { standing: 'IN_RENEWAL', termEndsOn: '2027-03-01' },
    });
  });

  it('makes a verified address on an employee domain a nominator, and an unverified one not', async () => {
    const verified = await createUser({ email: uniqueEmail('emery', 'microsoft.com') });
    const unverified = await createUser({ email: uniqueEmail('emery', 'microsoft.com'), emailVerified: null });
    expect((await loadViewer(verified.id))?.isEmployee).toBe(true);
    expect((await loadViewer(verified.id))?.canNominate).toBe(true);
    expect((await loadViewer(unverified.id))?.canNominate).toBe(false);
  });

  it('returns nothing for an erased (anonymised) account, or an unknown id', async () => {
    const erased = await createUser({ anonymizedAt: new Date(), roles: ['ADMIN'] });
    expect(await loadViewer(erased.id)).toBeNull();
    expect(await loadViewer('00000000-0000-7000-8000-00000000dead')).toBeNull();
  });

  it('takes a revoked role away at once', async () => {
    const user = await createUser({ roles: ['ADMIN'] });
    expect((await loadViewer(user.id))?.roles).toEqual(['ADMIN']);
    await prisma.userRole.delete({ where: { userId_role: { userId: user.id, role: 'ADMIN' } } });
    expect((await loadViewer(user.id))?.roles).toEqual([]);
  });
});

describe('ISC provider staff', () => {
  it('may act for their own provider and is refused for another', async () => {
    const staff = await createUser();
    const own = await createProvider({ staffIds: [staff.id] });
    const other = await createProvider();
    const viewer = await loadViewer(staff.id);
    expect(() => assertProviderStaff(viewer, own.id)).not.toThrow();
    expect(() => assertProviderStaff(viewer, other.id)).toThrow('You are not staff of this ISC provider.');
  });

  it('sees the refusal as an action result', async () => {
    const staff = await createUser();
    await createProvider({ staffIds: [staff.id] });
    const other = await createProvider();
    const viewer = await loadViewer(staff.id);
    const confirm = defineAction(
      z.object({ providerId: z.string().uuid() }),
      async (v, input) => {
        assertProviderStaff(v, input.providerId);
        return 'confirmed';
      },
      { resolveViewer: async () => viewer },
    );
    expect(await confirm({ providerId: other.id })).toMatchObject({ ok: false, error: 'You are not staff of this ISC provider.' });
  });
});
