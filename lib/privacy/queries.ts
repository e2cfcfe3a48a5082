import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

/** The viewer's own privacy requests: the open erasure request, if any, and the last export. */
export async function getOwnPrivacyState(viewer: Viewer) {
  const [openErasure, lastExport, lastRejected] = await Promise.all([
    prisma.privacyRequest.findFirst({
      where: { userId: viewer.id, kind: 'ERASURE', status: 'REQUESTED' },
      select: { id: true, requestedAt: true },
    }),
    prisma.privacyRequest.findFirst({
      where: { userId: viewer.id, kind: 'EXPORT' },
      orderBy: { requestedAt: 'desc' },
      select: { requestedAt: true },
    }),
    prisma.privacyRequest.findFirst({
      where: { userId: viewer.id, kind: 'ERASURE', status: 'REJECTED' },
      orderBy: { completedAt: 'desc' },
      select: { reason: true, completedAt: true },
    }),
  ]);
  return { openErasure, lastExport, lastRejected };
}

const HANDLED_LIMIT = 50;

/** Erasure requests for the admin page: every open one (oldest first), then the latest handled. */
export async function listErasureRequests(viewer: Viewer | null) {
  assertRole(viewer, 'ADMIN');
  const select = {
    id: true,
    status: true,
    reason: true,
    requestedAt: true,
    completedAt: true,
    handledBy: { select: { email: true } },
    user: { select: { id: true, name: true, email: true, anonymizedAt: true, roles: { select: { role: true } } } },
  } as const;
  const [open, handled] = await Promise.all([
    prisma.privacyRequest.findMany({ where: { kind: 'ERASURE', status: 'REQUESTED' }, orderBy: { requestedAt: 'asc' }, select }),
    prisma.privacyRequest.findMany({
      where: { kind: 'ERASURE', status: { not: 'REQUESTED' } },
      orderBy: { completedAt: 'desc' },
      take: HANDLED_LIMIT,
      select,
    }),
  ]);
  const shape = (r: (typeof open)[number]) => ({
    id: r.id,
    status: r.status,
    reason: r.reason,
    requestedAt: r.requestedAt,
    completedAt: r.completedAt,
    handledBy: r.handledBy?.email ?? null,
    person: {
      id: r.user.id,
      name: r.user.name,
      email: r.user.email,
      isErased: Boolean(r.user.anonymizedAt),
      isAdmin: r.user.roles.some((x) => x.role === 'ADMIN'),
    },
  });
  return { open: open.map(shape), handled: handled.map(shape) };
}
