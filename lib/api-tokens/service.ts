import 'server-only';
// Creating and revoking API tokens. A provider's staff manage their provider's tokens; admins
// create read-only export tokens and may revoke any token. The secret is returned once, here.
import { recordAudit } from '@/lib/audit/record';
import { assertProviderStaff, assertRole, hasRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ApiScope } from '@/lib/generated/prisma/enums';
import type { Viewer } from '@/lib/auth/viewer';
import type { z } from 'zod';
import { canTransitionToken, MAX_ACTIVE_TOKENS, tokenStatusOf } from './rules';
import type { createExportTokenSchema, createProviderTokenSchema, revokeTokenSchema } from './schema';
import { API_SCOPES, scopeName } from './scopes';
import { newTokenSecret } from './secret';

/** A token just created: its secret is in this answer and nowhere else. */
export type CreatedToken = { id: string; name: string; secret: string; prefix: string; expiresAt: Date; scopes: string[] };

const DAY_MS = 86_400_000;

async function createToken(
  tx: Tx,
  viewer: Viewer,
  t: { name: string; scopes: ApiScope[]; providerId: string | null; expiresInDays: number },
  now: Date,
): Promise<CreatedToken> {
  const active = await tx.apiToken.count({
    where: {
      ...(t.providerId ? { providerId: t.providerId } : { providerId: null, createdById: viewer.id }),
      revokedAt: null,
      expiresAt: { gt: now },
    },
  });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new AppError('CONFLICT', `There are already ${MAX_ACTIVE_TOKENS} active tokens; revoke one you no longer use first.`);
  }
  const { secret, prefix, hash } = newTokenSecret();
  const expiresAt = new Date(now.getTime() + t.expiresInDays * DAY_MS);
  const token = await tx.apiToken.create({
    data: {
      name: t.name,
      prefix,
      tokenHash: hash,
      scopes: t.scopes,
      providerId: t.providerId,
      createdById: viewer.id,
      createdAt: now,
      expiresAt,
    },
    select: { id: true },
  });
  const scopes = t.scopes.map(scopeName);
  await recordAudit(tx, {
    actor: { id: viewer.id, label: viewer.email },
    action: 'api_token.created',
    entityType: 'ApiToken',
    entityId: token.id,
    // Never the secret, nor its hash.
    after: { name: t.name, prefix, scopes, providerId: t.providerId, expiresAt },
  });
  return { id: token.id, name: t.name, secret, prefix, expiresAt, scopes };
}

/** A provider's staff member creates a token for their provider, with some of the provider scopes. */
export async function createProviderToken(viewer: Viewer, input: z.output<typeof createProviderTokenSchema>, now: Date = new Date()) {
  assertProviderStaff(viewer, input.providerId);
  return prisma.$transaction(async (tx) => {
    const provider = await tx.iscProvider.findUnique({ where: { id: input.providerId }, select: { id: true } });
    if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
    const scopes = [...new Set(input.scopes)].map((s) => API_SCOPES[s].db);
    return createToken(tx, viewer, { name: input.name, scopes, providerId: provider.id, expiresInDays: Number(input.expiresInDays) }, now);
  });
}

/** An admin creates a read-only token for the exports. */
export async function createExportToken(viewer: Viewer, input: z.output<typeof createExportTokenSchema>, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction((tx) =>
    createToken(
      tx,
      viewer,
      { name: input.name, scopes: ['EXPORTS_READ'], providerId: null, expiresInDays: Number(input.expiresInDays) },
      now,
    ),
  );
}

/** Revokes a token at once: staff of its provider, or an admin (export tokens: admins only). */
export async function revokeToken(viewer: Viewer, input: z.output<typeof revokeTokenSchema>, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({
      where: { id: input.tokenId },
      select: { id: true, name: true, prefix: true, providerId: true, revokedAt: true, expiresAt: true },
    });
    const mayManage = token && (token.providerId ? viewer.providerIds.includes(token.providerId) : false);
    if (!token || (!mayManage && !hasRole(viewer, 'ADMIN'))) throw new AppError('NOT_FOUND', 'That token does not exist.');
    const status = tokenStatusOf(token, now);
    if (!canTransitionToken(status, 'REVOKED')) {
      throw new AppError(
        'CONFLICT',
        status === 'REVOKED' ? 'This token is already revoked.' : 'This token has expired; it no longer works.',
      );
    }
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now, revokedById: viewer.id } });
    await recordAudit(tx, {
      actor: { id: viewer.id, label: viewer.email },
      action: 'api_token.revoked',
      entityType: 'ApiToken',
      entityId: token.id,
      before: { status },
      after: { status: 'REVOKED', name: token.name, prefix: token.prefix, providerId: token.providerId },
    });
  });
}
