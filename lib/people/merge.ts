import 'server-only';
// Merging two accounts of one person (an admin action): every record of the merged account moves to
// the remaining one, relation by relation from lib/people/user-records.ts. Rules:
// - Roles, reviewer categories, provider staff, drafts, endorsements, conflict declarations and
//   agreement acceptances are united; where both accounts hold the same one, the remaining
//   account's row stays (what pointed at the other is pointed at it).
// - Two MCT memberships, two lounge records, two open MCT applications, two open nominations in
//   one category, two awards of one category starting the same day, two assignments to review the
//   same submission, a nomination of one account by the other, or a review of one's own submission
//   cannot be combined: the merge is refused and the admin told what to resolve first.
// - The merged account's row stays, empty, with mergedIntoId and mergedAt and its email address:
//   signing in with that address (link, password or Entra ID) lands in the remaining account
//   (lib/auth/merged-account.ts, used by lib/auth/config.ts), and so do its old sessions (lib/auth/viewer.ts).
// - The earliest verification of an email address is kept.
import type { z } from 'zod';
import { endSessions } from '@/lib/auth/session-version';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { mergeAccountsSchema, previewMergeSchema } from './merge-schema';
import { sqlIdent as q, USER_RELATIONS, type UserRelation } from './user-records';
import type { Viewer } from '@/lib/auth/viewer';

type Db = Tx | typeof prisma;

export type MergeCount = { relation: string; model: string; count: number; duplicates: number };
export type MergePreview = {
  target: { id: string; email: string; name: string | null };
  source: { id: string; email: string; name: string | null };
  moves: MergeCount[];
  conflicts: string[];
};

const raw = Prisma.raw;

async function countRows(db: Db, r: UserRelation, userId: string): Promise<number> {
  const rows = await db.$queryRaw<
    { n: bigint }[]
  >`SELECT count(*) AS n FROM ${raw(q(r.model))} WHERE ${raw(q(r.column))} = ${userId}::uuid`;
  return Number(rows[0]?.n ?? 0);
}

/** SQL matching a source row `s` and a target row `t` of a union/clash key. */
const keyMatch = (key: readonly string[]) => (key.length ? key.map((k) => `s.${q(k)} = t.${q(k)}`).join(' AND ') : 'TRUE');

async function countDuplicates(
  db: Db,
  r: UserRelation,
  key: readonly string[],
  where: string | undefined,
  sourceId: string,
  targetId: string,
) {
  const filter = where ? ` AND (${where.replaceAll('"status"', 's."status"')}) AND (${where.replaceAll('"status"', 't."status"')})` : '';
  const sql = `SELECT count(*) AS n FROM ${q(r.model)} s WHERE s.${q(r.column)} = $1::uuid AND EXISTS (SELECT 1 FROM ${q(r.model)} t WHERE t.${q(r.column)} = $2::uuid AND ${keyMatch(key)}${filter})`;
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(sql, sourceId, targetId);
  return Number(rows[0]?.n ?? 0);
}

async function loadPerson(db: Db, id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, image: true, emailVerified: true, anonymizedAt: true, mergedIntoId: true },
  });
}

type Person = NonNullable<Awaited<ReturnType<typeof loadPerson>>>;

/** What the merge would move, and every reason it cannot run yet. Reads only. */
async function analyse(db: Db, target: Person, source: Person): Promise<MergePreview> {
  const conflicts: string[] = [];
  if (source.id === target.id) conflicts.push('An account cannot be merged into itself.');
  if (target.anonymizedAt || source.anonymizedAt)
    conflicts.push('One of the accounts had its personal data erased; erased accounts cannot be merged.');
  if (target.mergedIntoId) conflicts.push('This account was itself merged into another one; merge into that one instead.');
  if (source.mergedIntoId) conflicts.push('That account was already merged into another one.');
  const openErasure = await db.privacyRequest.count({
    where: { userId: { in: [source.id, target.id] }, kind: 'ERASURE', status: 'REQUESTED' },
  });
  if (openErasure)
    conflicts.push('One of the accounts has an open request to erase its data; handle it on the privacy requests page first.');
  const crossNominations = await db.nomination.count({
    where: {
      OR: [
        { nominatorId: source.id, nomineeId: target.id },
        { nominatorId: target.id, nomineeId: source.id },
      ],
    },
  });
  if (crossNominations)
    conflicts.push('One account nominated the other: merged, it would be a self-nomination. Withdraw that nomination first.');
  const ownReviews = await db.reviewAssignment.count({
    where: {
      status: { not: 'REMOVED' },
      OR: [
        { reviewerId: source.id, submission: { candidateId: target.id } },
        { reviewerId: target.id, submission: { candidateId: source.id } },
      ],
    },
  });
  if (ownReviews) conflicts.push('One account is assigned to review the other’s submission; remove that assignment first.');

  const moves: MergeCount[] = [];
  for (const r of USER_RELATIONS) {
    const count = source.id === target.id ? 0 : await countRows(db, r, source.id);
    let duplicates = 0;
    if (count > 0 && (r.merge.kind === 'union' || r.merge.kind === 'refuse-on-clash')) {
      duplicates = await countDuplicates(
        db,
        r,
        r.merge.key,
        r.merge.kind === 'refuse-on-clash' ? r.merge.where : undefined,
        source.id,
        target.id,
      );
      if (duplicates > 0 && r.merge.kind === 'refuse-on-clash') conflicts.push(r.merge.explain);
    }
    moves.push({ relation: r.relation, model: r.model, count, duplicates });
  }
  return {
    target: { id: target.id, email: target.email, name: target.name },
    source: { id: source.id, email: source.email, name: source.name },
    moves,
    conflicts: [...new Set(conflicts)],
  };
}

async function findSource(db: Db, email: string): Promise<Person> {
  const found = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  const source = found ? await loadPerson(db, found.id) : null;
  if (!source) throw new AppError('NOT_FOUND', 'Some fields need attention.', { sourceEmail: ['No account has this email address'] });
  return source;
}

/** The preview an admin sees before merging the account with `sourceEmail` into `targetId`. */
export async function previewMerge(viewer: Viewer | null, input: z.output<typeof previewMergeSchema>): Promise<MergePreview> {
  assertRole(viewer, 'ADMIN');
  const target = await loadPerson(prisma, input.targetId);
  if (!target) throw new AppError('NOT_FOUND', 'That person does not exist.');
  const source = await findSource(prisma, input.sourceEmail);
  return analyse(prisma, target, source);
}

async function moveRelation(tx: Tx, r: UserRelation, sourceId: string, targetId: string): Promise<void> {
  const table = q(r.model);
  const column = q(r.column);
  if (r.merge.kind === 'delete') {
    await tx.$executeRawUnsafe(`DELETE FROM ${table} WHERE ${column} = $1::uuid`, sourceId);
    return;
  }
  if (r.merge.kind === 'union') {
    const match = keyMatch(r.merge.key);
    for (const p of r.merge.repoint ?? []) {
      await tx.$executeRawUnsafe(
        `UPDATE ${q(p.model)} x SET ${q(p.column)} = t."id" FROM ${table} s, ${table} t
         WHERE x.${q(p.column)} = s."id" AND s.${column} = $1::uuid AND t.${column} = $2::uuid AND ${match}`,
        sourceId,
        targetId,
      );
    }
    await tx.$executeRawUnsafe(
      `DELETE FROM ${table} s USING ${table} t WHERE s.${column} = $1::uuid AND t.${column} = $2::uuid AND ${match}`,
      sourceId,
      targetId,
    );
  }
  await tx.$executeRawUnsafe(`UPDATE ${table} SET ${column} = $2::uuid WHERE ${column} = $1::uuid`, sourceId, targetId);
}

/** Merges the account with `sourceId` into `targetId` in one transaction: both rows locked in id
 * order (two merges of the same pair in opposite directions cannot deadlock), every record moved,
 * the merge audited with counts before and after. */
export async function mergeAccounts(
  viewer: Viewer | null,
  input: z.output<typeof mergeAccountsSchema>,
  now: Date = new Date(),
): Promise<{ moved: number; target: { id: string; email: string } }> {
  assertRole(viewer, 'ADMIN');
  if (input.sourceId === input.targetId) throw new AppError('CONFLICT', 'An account cannot be merged into itself.');
  if (input.sourceId === viewer.id)
    throw new AppError('CONFLICT', 'You cannot merge your own account away while signed in with it; ask another admin.');
  return prisma.$transaction(
    async (tx) => {
      const [first, second] = [input.sourceId, input.targetId].sort();
      await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" IN (${first}::uuid, ${second}::uuid) ORDER BY "id" FOR UPDATE`;
      const [target, source] = await Promise.all([loadPerson(tx, input.targetId), loadPerson(tx, input.sourceId)]);
      if (!target || !source) throw new AppError('NOT_FOUND', 'One of the accounts no longer exists; reload the page.');
      const plan = await analyse(tx, target, source);
      if (plan.conflicts.length) throw new AppError('CONFLICT', `The accounts cannot be merged yet. ${plan.conflicts.join(' ')}`);
      const targetBefore = Object.fromEntries(
        await Promise.all(USER_RELATIONS.map(async (r) => [r.relation, await countRows(tx, r, target.id)] as const)),
      );
      for (const r of USER_RELATIONS) await moveRelation(tx, r, source.id, target.id);
      const verified = [target.emailVerified, source.emailVerified]
        .filter((d): d is Date => d !== null)
        .sort((a, b) => a.getTime() - b.getTime())[0];
      await tx.user.update({
        where: { id: target.id },
        data: { emailVerified: verified ?? null, name: target.name ?? source.name, image: target.image ?? source.image },
      });
      await tx.user.update({ where: { id: source.id }, data: { mergedIntoId: target.id, mergedAt: now } });
      // Both people sign in again: sessions opened before the merge saw other records and roles.
      await endSessions(tx, [source.id, target.id]);
      const targetAfter = Object.fromEntries(
        await Promise.all(USER_RELATIONS.map(async (r) => [r.relation, await countRows(tx, r, target.id)] as const)),
      );
      const moved = Object.fromEntries(plan.moves.filter((m) => m.count > 0).map((m) => [m.relation, m.count]));
      const left = (await Promise.all(USER_RELATIONS.map((r) => countRows(tx, r, source.id)))).reduce((a, b) => a + b, 0);
      if (left !== 0) throw new Error(`merge left ${left} rows on the merged account`);
      const actor = actorOf(viewer);
      await recordAudit(tx, {
        actor,
        action: 'user.merged',
        entityType: 'User',
        entityId: target.id,
        before: {
          target: { email: target.email, records: nonZero(targetBefore) },
          source: { id: source.id, email: source.email, records: moved },
        },
        after: { target: { email: target.email, records: nonZero(targetAfter) } },
      });
      await recordAudit(tx, {
        actor,
        action: 'user.merged_into',
        entityType: 'User',
        entityId: source.id,
        before: { records: moved },
        after: { mergedIntoId: target.id, records: {} },
      });
      return { moved: Object.values(moved).reduce((a, b) => a + b, 0), target: { id: target.id, email: target.email } };
    },
    { timeout: 60_000 },
  );
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
