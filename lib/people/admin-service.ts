import 'server-only';
// The program team's grants and revocations of roles, and reviewers' categories.
import type { z } from 'zod';
import { endSessions } from '@/lib/auth/session-version';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import type { changeRoleSchema, setReviewerCategoriesSchema } from './admin-schema';
import type { Viewer } from '@/lib/auth/viewer';

async function rolesOf(tx: Tx, userId: string): Promise<Role[]> {
  const rows = await tx.userRole.findMany({ where: { userId }, select: { role: true }, orderBy: { role: 'asc' } });
  return rows.map((r) => r.role);
}

/** Locks every ADMIN grant until the transaction ends and returns who holds one. Two admins revoking
 * each other at once queue here, and the second sees the first one's revocation. */
async function lockAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<
    { userId: string }[]
  >`SELECT "userId"::text AS "userId" FROM "UserRole" WHERE "role" = 'ADMIN' FOR UPDATE`;
  return rows.map((r) => r.userId);
}

/** Grants or revokes one role; the last admin cannot be removed. */
export async function changeRole(viewer: Viewer | null, input: z.output<typeof changeRoleSchema>): Promise<{ roles: Role[] }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, anonymizedAt: true, mergedInto: { select: { email: true } } },
    });
    if (!person || person.anonymizedAt) throw new AppError('NOT_FOUND', 'That person does not exist.');
    // A merged account signs in as the account it was merged into: a role here would never apply.
    if (person.mergedInto) {
      throw new AppError('CONFLICT', `This account was merged into ${person.mergedInto.email}; change the roles there.`);
    }
    if (input.role === 'ADMIN' && !input.grant) {
      const admins = await lockAdmins(tx);
      if (admins.includes(input.userId) && admins.length <= 1) {
        throw new AppError(
          'CONFLICT',
          input.userId === viewer.id
            ? 'You are the last admin; grant ADMIN to someone else before removing your own.'
            : 'This is the last admin; grant ADMIN to someone else first.',
        );
      }
    }
    const before = await rolesOf(tx, input.userId);
    const has = before.includes(input.role);
    if (input.grant === has) {
      throw new AppError(
        'CONFLICT',
        input.grant ? `They already have the ${input.role} role.` : `They do not have the ${input.role} role.`,
      );
    }
    if (input.grant) {
      await tx.userRole.create({ data: { userId: input.userId, role: input.role, grantedById: viewer.id } });
    } else {
      await tx.userRole.delete({ where: { userId_role: { userId: input.userId, role: input.role } } });
      if (input.role === 'REVIEWER') await tx.reviewerCategory.deleteMany({ where: { reviewerId: input.userId } });
      // A removed role ends the person's sessions, so nothing they had open keeps acting with it.
      await endSessions(tx, [input.userId]);
    }
    const after = await rolesOf(tx, input.userId);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: input.grant ? 'role.granted' : 'role.revoked',
      entityType: 'User',
      entityId: input.userId,
      before: { roles: before },
      after: { roles: after },
    });
    return { roles: after };
  });
}

/** Sets the award categories a reviewer reviews. */
export async function setReviewerCategories(
  viewer: Viewer | null,
  input: z.output<typeof setReviewerCategoriesSchema>,
): Promise<{ categoryIds: string[] }> {
  assertRole(viewer, 'ADMIN');
  const wanted = [...new Set(input.categoryIds)].sort();
  return prisma.$transaction(async (tx) => {
    const roles = await rolesOf(tx, input.userId);
    if (!roles.includes('REVIEWER')) throw new AppError('CONFLICT', 'Grant the REVIEWER role before choosing categories.');
    const known = await tx.awardCategory.count({ where: { id: { in: wanted } } });
    if (known !== wanted.length)
      throw new AppError('INVALID', 'Some fields need attention.', { categoryIds: ['Choose categories from the list'] });
    const before = (await tx.reviewerCategory.findMany({ where: { reviewerId: input.userId }, select: { categoryId: true } }))
      .map((c) => c.categoryId)
      .sort();
    await tx.reviewerCategory.deleteMany({ where: { reviewerId: input.userId, categoryId: { notIn: wanted } } });
    await tx.reviewerCategory.createMany({
      data: wanted.map((categoryId) => ({ reviewerId: input.userId, categoryId })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'reviewer_categories.set',
      entityType: 'User',
      entityId: input.userId,
      before: { categoryIds: before },
      after: { categoryIds: wanted },
    });
    return { categoryIds: wanted };
  });
}
