import 'server-only';
// What the program team reads about a person: roles, derived program status, staff memberships,
// reviewer categories and recent history.
import { assertRole } from '@/lib/auth/policy';
import { readCategoryOptions } from '@/lib/categories/queries';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SearchPeopleInput } from './admin-schema';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';

export const PEOPLE_PAGE_SIZE = 25;
const HISTORY_LIMIT = 20;

/** People whose name or email contains the search text, a page at a time. */
export async function searchPeople(viewer: Viewer | null, input: SearchPeopleInput) {
  assertRole(viewer, 'ADMIN');
  const where: Prisma.UserWhereInput = input.q
    ? {
        anonymizedAt: null,
        OR: [{ name: { contains: input.q, mode: 'insensitive' } }, { email: { contains: input.q.toLowerCase() } }],
      }
    : { anonymizedAt: null };
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ email: 'asc' }],
    skip: (input.page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE + 1,
    select: { id: true, name: true, email: true, roles: { select: { role: true }, orderBy: { role: 'asc' } } },
  });
  return {
    people: rows.slice(0, PEOPLE_PAGE_SIZE).map((p) => ({ id: p.id, name: p.name, email: p.email, roles: p.roles.map((r) => r.role) })),
    page: input.page,
    hasMore: rows.length > PEOPLE_PAGE_SIZE,
  };
}

/** Everything the person page shows about one person. */
export async function getPersonForAdmin(viewer: Viewer | null, userId: string) {
  assertRole(viewer, 'ADMIN');
  const person = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      anonymizedAt: true,
      createdAt: true,
      mergedAt: true,
      mergedInto: { select: { id: true, email: true } },
      roles: { select: { role: true, grantedAt: true, grantedBy: { select: { email: true } } }, orderBy: { role: 'asc' } },
      providerStaff: { select: { addedAt: true, provider: { select: { id: true, name: true } } } },
      reviewerCategories: { select: { categoryId: true } },
    },
  });
  if (!person) throw new AppError('NOT_FOUND', 'That person does not exist.');
  // Program status comes from the one place that derives it.
  const [derived, categories, history] = await Promise.all([
    loadViewer(userId),
    readCategoryOptions(),
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { entityType: 'User', entityId: userId }] },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: HISTORY_LIMIT,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, entityId: true },
    }),
  ]);
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    isAnonymized: Boolean(person.anonymizedAt),
    mergedInto: person.mergedInto ? { ...person.mergedInto, mergedAt: person.mergedAt } : null,
    createdAt: person.createdAt,
    roles: person.roles.map((r) => ({ role: r.role, grantedAt: r.grantedAt, grantedBy: r.grantedBy?.email ?? null })),
    providers: person.providerStaff.map((s) => ({ id: s.provider.id, name: s.provider.name, addedAt: s.addedAt })),
    reviewerCategoryIds: person.reviewerCategories.map((c) => c.categoryId),
    categories,
    mvp: derived ? { activeCategories: derived.mvp.active.map((a) => a.categoryName), isFormerMvp: derived.mvp.isFormerMvp } : null,
    mct: derived?.mct ?? null,
    isEmployee: derived?.isEmployee ?? false,
    history: history.map((h) => ({ ...h, id: h.id.toString() })),
  };
}
