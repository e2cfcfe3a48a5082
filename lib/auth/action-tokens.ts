import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { prisma, type Tx } from '@/lib/db';
import type { ActionTokenPurpose } from '@/lib/generated/prisma/enums';

/** SHA-256 of a token, as stored: a database leak does not leak working links. */
export function hashToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** Issues a single-use, expiring link token inside the caller's transaction; returns the raw token
 * to put in the emailed URL (only its hash is stored). */
export async function issueActionToken(
  tx: Tx,
  input: { purpose: ActionTokenPurpose; email: string; subjectId: string; userId?: string | null; expiresAt: Date },
): Promise<string> {
  const raw = randomBytes(32).toString('base64url');
  await tx.actionToken.create({
    data: {
      purpose: input.purpose,
      tokenHash: hashToken(raw),
      email: input.email,
      subjectId: input.subjectId,
      userId: input.userId ?? null,
      expiresAt: input.expiresAt,
    },
  });
  return raw;
}

export type ConsumedToken =
  | { status: 'valid'; email: string; subjectId: string }
  | { status: 'expired'; email: string; subjectId: string }
  | { status: 'used'; email: string; subjectId: string }
  | { status: 'unknown' };

/** Reads what a link token is worth without using it up: the same answers as consumeActionToken,
 * for pages that only show what following the link would do (mail scanners open emailed links
 * before people do, so opening one must never use it). 'valid' here is no promise: only
 * consumeActionToken decides who gets to use it. */
export async function peekActionToken(raw: string, purpose: ActionTokenPurpose, now = new Date()): Promise<ConsumedToken> {
  const token = await prisma.actionToken.findUnique({
    where: { tokenHash: hashToken(raw) },
    select: { purpose: true, email: true, subjectId: true, expiresAt: true, usedAt: true },
  });
  if (!token || token.purpose !== purpose) return { status: 'unknown' };
  const base = { email: token.email, subjectId: token.subjectId };
  // In the order consumeActionToken answers: expired first, then used.
  if (token.expiresAt <= now) return { status: 'expired', ...base };
  return token.usedAt ? { status: 'used', ...base } : { status: 'valid', ...base };
}

/** Uses a link token once. Exactly one of any number of concurrent calls gets 'valid'; the others
 * get 'used'. An expired or unknown token is never marked used. */
export async function consumeActionToken(raw: string, purpose: ActionTokenPurpose, now = new Date()): Promise<ConsumedToken> {
  const tokenHash = hashToken(raw);
  const token = await prisma.actionToken.findUnique({
    where: { tokenHash },
    select: { purpose: true, email: true, subjectId: true, expiresAt: true },
  });
  if (!token || token.purpose !== purpose) return { status: 'unknown' };
  const base = { email: token.email, subjectId: token.subjectId };
  if (token.expiresAt <= now) return { status: 'expired', ...base };
  const claimed = await prisma.actionToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: now } });
  return claimed.count === 1 ? { status: 'valid', ...base } : { status: 'used', ...base };
}
