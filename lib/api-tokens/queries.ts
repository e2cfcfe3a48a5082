import 'server-only';
import { assertProviderStaff, assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { tokenStatusOf } from './rules';
import { scopeName } from './scopes';

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true, email: true } },
  revokedBy: { select: { name: true, email: true } },
} satisfies Prisma.ApiTokenSelect;

/** How many tokens a list shows (active first, then the latest others). */
const TOKENS_SHOWN = 100;

async function listTokens(where: Prisma.ApiTokenWhereInput, now: Date) {
  const rows = await prisma.apiToken.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: TOKENS_SHOWN,
    select: tokenSelect,
  });
  const tokens = rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: t.scopes.map(scopeName),
    createdAt: t.createdAt,
    createdBy: t.createdBy.name ?? t.createdBy.email,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
    revokedBy: t.revokedBy ? (t.revokedBy.name ?? t.revokedBy.email) : null,
    status: tokenStatusOf(t, now),
  }));
  return [...tokens.filter((t) => t.status === 'ACTIVE'), ...tokens.filter((t) => t.status !== 'ACTIVE')];
}

export type TokenRow = Awaited<ReturnType<typeof listTokens>>[number];

/** A provider's tokens (never their secrets). Staff of that provider and admins. */
export async function listProviderTokens(viewer: Viewer, providerId: string, now: Date = new Date()) {
  assertProviderStaff(viewer, providerId);
  return listTokens({ providerId }, now);
}

/** The admins' read-only export tokens. Admins only. */
export async function listExportTokens(viewer: Viewer, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  return listTokens({ providerId: null }, now);
}
