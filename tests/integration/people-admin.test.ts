// The program team's people pages and audit log: search, role grants and revocations with their
// audit entries, the last-admin rule (also when two admins revoke each other at once), and the
// audit log's filters.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineAction } from '@/lib/actions/define-action';
import { auditFilterSchema } from '@/lib/audit/schema';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { changeRoleSchema, searchPeopleSchema, setReviewerCategoriesSchema } from '@/lib/people/admin-schema';
import { getPersonForAdmin, searchPeople } from '@/lib/people/admin-queries';
import { changeRole, setReviewerCategories } from '@/lib/people/admin-service';
import { createCategory, createUser, unique, uniqueEmail } from '@/tests/support/factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { listAuditEvents } from '@/lib/admin/audit-log';

vi.mock('@/lib/auth/guards', () => ({
  getViewer: () => {
    throw new Error('the session fallback was used; tests pass resolveViewer');
  },
}));

async function viewerOf(user: { id: string }): Promise<Viewer> {
  const viewer = await loadViewer(user.id);
  if (!viewer) throw new Error('no viewer');
  return viewer;
}

const filter = (raw: Record<string, unknown>) => auditFilterSchema.parse(raw);

let admin: Viewer;
beforeAll(async () => {
  admin = await viewerOf(await createUser({ roles: ['ADMIN'], name: 'Avery Admin' }));
});

describe('searchPeople', () => {
  it('finds a person by part of their name, in any case, and by part of their email', async () => {
    const marker = unique('Zephyrine');
    const person = await createUser({ name: `${marker} Quill`, email: uniqueEmail('zq-person') });
    const byName = await searchPeople(admin, searchPeopleSchema.parse({ q: marker.toUpperCase() }));
    expect(byName.people.map((p) => p.id)).toEqual([person.id]);
    const byEmail = await searchPeople(admin, searchPeopleSchema.parse({ q: person.email.slice(0, 14).toUpperCase() }));
    expect(byEmail.people.map((p) => p.id)).toContain(person.id);
    const none = await searchPeople(admin, searchPeopleSchema.parse({ q: `${marker}-nobody` }));
    expect(none.people).toEqual([]);
  });

  it('pages through results', async () => {
    const marker = unique('pagination');
    for (let i = 0; i < 26; i++) await createUser({ name: `${marker} ${i}` });
    const first = await searchPeople(admin, searchPeopleSchema.parse({ q: marker }));
    expect(first.people).toHaveLength(25);
    expect(first.hasMore).toBe(true);
    const second = await searchPeople(admin, searchPeopleSchema.parse({ q: marker, page: '2' }));
    expect(second.people).toHaveLength(1);
    expect(second.hasMore).toBe(false);
  });

  it('refuses a non-admin', async () => {
    const reviewer = await viewerOf(await createUser({ roles: ['REVIEWER'] }));
    await expect(searchPeople(reviewer, searchPeopleSchema.parse({ q: 'a' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPersonForAdmin(reviewer, reviewer.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('changeRole', () => {
  it('grants and revokes REVIEWER, each audited with the roles before and after', async () => {
    const person = await createUser({ roles: ['EMPLOYEE'] });
    expect(await changeRole(admin, { userId: person.id, role: 'REVIEWER', grant: true })).toEqual({ roles: ['REVIEWER', 'EMPLOYEE'] });
    const grant = await prisma.userRole.findUniqueOrThrow({ where: { userId_role: { userId: person.id, role: 'REVIEWER' } } });
    expect(grant.grantedById).toBe(admin.id);

    await changeRole(admin, { userId: person.id, role: 'REVIEWER', grant: false });
    const events = await prisma.auditEvent.findMany({
      where: { entityType: 'User', entityId: person.id },
      orderBy: { id: 'asc' },
      select: { action: true, actorId: true, before: true, after: true },
    });
    expect(events).toEqual([
      { action: 'role.granted', actorId: admin.id, before: { roles: ['EMPLOYEE'] }, after: { roles: ['REVIEWER', 'EMPLOYEE'] } },
      { action: 'role.revoked', actorId: admin.id, before: { roles: ['REVIEWER', 'EMPLOYEE'] }, after: { roles: ['EMPLOYEE'] } },
    ]);
    expect((await loadViewer(person.id))?.roles).toEqual(['EMPLOYEE']);
  });

  it('refuses a grant the person already has, and writes nothing', async () => {
    const person = await createUser({ roles: ['REVIEWER'] });
    await expect(changeRole(admin, { userId: person.id, role: 'REVIEWER', grant: true })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.auditEvent.count({ where: { entityType: 'User', entityId: person.id } })).toBe(0);
  });

  it('sets a reviewer’s categories, audited, and clears them when REVIEWER is revoked', async () => {
    const person = await createUser({ roles: ['REVIEWER'] });
    const [a, b] = [await createCategory(), await createCategory()];
    await setReviewerCategories(admin, { userId: person.id, categoryIds: [a.id, b.id] });
    await setReviewerCategories(admin, { userId: person.id, categoryIds: [b.id] });
    expect((await prisma.reviewerCategory.findMany({ where: { reviewerId: person.id } })).map((c) => c.categoryId)).toEqual([b.id]);
    const last = await prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'User', entityId: person.id, action: 'reviewer_categories.set' },
      orderBy: { id: 'desc' },
    });
    expect(last.before).toEqual({ categoryIds: [a.id, b.id].sort() });
    expect(last.after).toEqual({ categoryIds: [b.id] });
    await changeRole(admin, { userId: person.id, role: 'REVIEWER', grant: false });
    expect(await prisma.reviewerCategory.count({ where: { reviewerId: person.id } })).toBe(0);
  });

  it('refuses a non-admin through the action, and changes nothing', async () => {
    const reviewer = await viewerOf(await createUser({ roles: ['REVIEWER'] }));
    const person = await createUser();
    const action = defineAction(changeRoleSchema, (viewer, input) => changeRole(viewer, input), { resolveViewer: async () => reviewer });
    expect(await action({ userId: person.id, role: 'ADMIN', grant: true })).toEqual({
      ok: false,
      error: 'You do not have access to this.',
      fieldErrors: undefined,
    });
    const categories = defineAction(setReviewerCategoriesSchema, (viewer, input) => setReviewerCategories(viewer, input), {
      resolveViewer: async () => reviewer,
    });
    expect(await categories({ userId: reviewer.id, categoryIds: [] })).toMatchObject({
      ok: false,
      error: 'You do not have access to this.',
    });
    expect(await prisma.userRole.count({ where: { userId: person.id } })).toBe(0);
  });

  it('returns malformed input as field messages', async () => {
    const action = defineAction(changeRoleSchema, (viewer, input) => changeRole(viewer, input), { resolveViewer: async () => admin });
    const result = await action({ userId: 'nope', role: 'OWNER' as 'ADMIN', grant: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['role', 'userId']);
  });
});

describe('the last admin', () => {
  // The rule counts every admin in the database, so these tests set the other admins' grants
  // aside and put them back afterwards (integration files run one after another).
  let setAside: { userId: string; role: 'ADMIN'; grantedById: string | null; grantedAt: Date }[] = [];
  let first: Viewer;
  let second: Viewer;

  beforeAll(async () => {
    first = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    second = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    const others = await prisma.userRole.findMany({ where: { role: 'ADMIN', userId: { notIn: [first.id, second.id] } } });
    setAside = others.map((r) => ({ userId: r.userId, role: 'ADMIN', grantedById: r.grantedById, grantedAt: r.grantedAt }));
    await prisma.userRole.deleteMany({ where: { role: 'ADMIN', userId: { notIn: [first.id, second.id] } } });
  });

  afterAll(async () => {
    await prisma.userRole.createMany({ data: setAside, skipDuplicates: true });
  });

  it('cannot be removed when two admins revoke each other at the same time', async () => {
    const results = await Promise.allSettled([
      changeRole(first, { userId: second.id, role: 'ADMIN', grant: false }),
      changeRole(second, { userId: first.id, role: 'ADMIN', grant: false }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status === 'rejected' && refused[0].reason).toBeInstanceOf(AppError);
    expect(refused[0]?.status === 'rejected' && (refused[0].reason as AppError).code).toBe('CONFLICT');
    expect(await prisma.userRole.count({ where: { role: 'ADMIN' } })).toBe(1);
  });

  it('may not remove their own ADMIN role, and may once someone else is an admin', async () => {
    const [remaining] = await prisma.userRole.findMany({ where: { role: 'ADMIN' } });
    const last = remaining?.userId === first.id ? first : second;
    await expect(changeRole(last, { userId: last.id, role: 'ADMIN', grant: false })).rejects.toThrow(/you are the last admin/i);
    const other = await createUser();
    await changeRole(last, { userId: other.id, role: 'ADMIN', grant: true });
    await changeRole(last, { userId: last.id, role: 'ADMIN', grant: false });
    expect((await prisma.userRole.findMany({ where: { role: 'ADMIN' } })).map((r) => r.userId)).toEqual([other.id]);
  });
});

describe('listAuditEvents', () => {
  it('filters by person (email or id), record and action, newest first', async () => {
    const actor = await viewerOf(await createUser({ roles: ['ADMIN'] }));
    const [p1, p2] = [await createUser(), await createUser()];
    await changeRole(actor, { userId: p1.id, role: 'REVIEWER', grant: true });
    await changeRole(actor, { userId: p2.id, role: 'EMPLOYEE', grant: true });
    await changeRole(actor, { userId: p1.id, role: 'REVIEWER', grant: false });

    const byEmail = await listAuditEvents(admin, filter({ person: actor.email.toUpperCase() }));
    expect(byEmail.events.map((e) => [e.action, e.entityId])).toEqual([
      ['role.revoked', p1.id],
      ['role.granted', p2.id],
      ['role.granted', p1.id],
    ]);
    expect((await listAuditEvents(admin, filter({ person: actor.id }))).events).toHaveLength(3);

    const byRecord = await listAuditEvents(admin, filter({ entityType: 'User', entityId: p1.id }));
    expect(byRecord.events.map((e) => e.action)).toEqual(['role.revoked', 'role.granted']);
    expect(JSON.parse(byRecord.events[0]?.before ?? 'null')).toEqual({ roles: ['REVIEWER'] });

    const byAction = await listAuditEvents(admin, filter({ person: actor.id, action: 'role.revoked' }));
    expect(byAction.events.map((e) => e.entityId)).toEqual([p1.id]);
  });

  it('reads dates in the admin’s time zone and includes the whole end day', async () => {
    const entityId = unique('audit-dates');
    const at = (iso: string) =>
      prisma.auditEvent.create({
        data: { at: new Date(iso), actorLabel: 'system', action: 'test.dated', entityType: 'Test', entityId },
      });
    // 10 January 2026 in Los Angeles (UTC-8) runs from 08:00Z on the 10th to 07:59:59.999Z on the 11th.
    await at('2026-01-10T07:59:59.000Z'); // 9 January, 23:59:59 in LA
    await at('2026-01-10T08:00:00.000Z'); // 10 January, 00:00 in LA
    await at('2026-01-11T07:59:59.000Z'); // 10 January, 23:59:59 in LA
    await at('2026-01-11T08:00:00.000Z'); // 11 January, 00:00 in LA
    const la = { ...admin, timeZone: 'America/Los_Angeles' };
    const oneDay = await listAuditEvents(la, filter({ entityType: 'Test', entityId, from: '2026-01-10', to: '2026-01-10' }));
    expect(oneDay.events.map((e) => e.at.toISOString())).toEqual(['2026-01-11T07:59:59.000Z', '2026-01-10T08:00:00.000Z']);
    const untilTenth = await listAuditEvents(la, filter({ entityType: 'Test', entityId, to: '2026-01-10' }));
    expect(untilTenth.events).toHaveLength(3);
  });

  it('refuses a non-admin', async () => {
    const person = await viewerOf(await createUser());
    await expect(listAuditEvents(person, filter({}))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
