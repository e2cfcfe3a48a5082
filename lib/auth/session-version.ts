import 'server-only';
// Sessions are JWTs (the password provider needs them), which cannot be deleted. So each carries the
// account's session version from the moment it was signed in (`sv`), and every request compares it
// with the account's (lib/people/viewer.ts loadViewer): erasing a person, removing a role, removing
// someone from a provider's staff and merging accounts raise the version, which ends every session of
// that account at its next request. A token without a version (issued before versions existed) counts
// as version 0.
import type { Tx } from '@/lib/db';
import { prisma } from '@/lib/db';
import { resolveMergedUserId } from '@/lib/auth/merged-account';

/** Ends every session of these accounts (inside the caller's transaction). */
export async function endSessions(tx: Tx, userIds: readonly string[]): Promise<void> {
  await tx.user.updateMany({ where: { id: { in: [...userIds] } }, data: { sessionVersion: { increment: 1 } } });
}

/** What a new session's token holds: the account it lands in (the remaining one after a merge) and
 * that account's current session version. */
export async function sessionClaimsFor(userId: string): Promise<{ sub: string; sv: number }> {
  const sub = await resolveMergedUserId(userId);
  const row = await prisma.user.findUnique({ where: { id: sub }, select: { sessionVersion: true } });
  return { sub, sv: row?.sessionVersion ?? 0 };
}
