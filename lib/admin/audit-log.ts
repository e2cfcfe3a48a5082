import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { endOfDayIn, startOfDayIn } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AuditFilter } from '@/lib/audit/schema';
import type { Viewer } from '@/lib/auth/viewer';

export const AUDIT_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit log, newest first, filtered by person (actor email or id), record, action and a date
 * range read in the admin's time zone (the end date includes its whole day). */
export async function listAuditEvents(viewer: Viewer | null, filter: AuditFilter) {
  assertRole(viewer, 'ADMIN');
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.person) {
    if (UUID.test(filter.person)) {
      where.actorId = filter.person;
    } else {
      const email = filter.person.toLowerCase();
      const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
      // The label keeps the email of entries whose account was later erased or never existed.
      where.OR = user ? [{ actorId: user.id }, { actorLabel: email }] : [{ actorLabel: email }];
    }
  }
  if (filter.entityType) where.entityType = filter.entityType;
  if (filter.entityId) where.entityId = filter.entityId;
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: startOfDayIn(filter.from, viewer.timeZone) } : {}),
      ...(filter.to ? { lte: endOfDayIn(filter.to, viewer.timeZone) } : {}),
    };
  }
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      at: true,
      actorId: true,
      actorLabel: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
    },
  });
  return {
    events: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      ...r,
      id: r.id.toString(),
      before: r.before === null ? null : JSON.stringify(r.before, null, 2),
      after: r.after === null ? null : JSON.stringify(r.after, null, 2),
    })),
    page: filter.page,
    hasMore: rows.length > AUDIT_PAGE_SIZE,
  };
}
