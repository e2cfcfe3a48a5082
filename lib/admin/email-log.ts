import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { endOfDayIn, startOfDayIn } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationFilter } from '@/lib/notifications/schema';
import { deliveryState, type DeliveryState } from '@/lib/notifications/status';
import type { Viewer } from '@/lib/auth/viewer';

export const NOTIFICATION_PAGE_SIZE = 50;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function statusWhere(state: DeliveryState): Prisma.NotificationWhereInput {
  if (state === 'QUEUED') return { status: 'QUEUED', attempts: 0 };
  if (state === 'RETRYING') return { status: 'QUEUED', attempts: { gt: 0 } };
  return { status: state };
}

/** Every email the portal sent or holds, newest first, for admins: filtered by delivery state,
 * template, recipient (part of the address) and a date range in the admin's time zone (the end date
 * includes its whole day). */
export async function listNotifications(viewer: Viewer | null, filter: NotificationFilter) {
  assertRole(viewer, 'ADMIN');
  const where: Prisma.NotificationWhereInput = {
    ...(filter.status ? statusWhere(filter.status) : {}),
    ...(filter.template ? { template: filter.template } : {}),
    ...(filter.recipient ? { toEmail: { contains: filter.recipient.toLowerCase(), mode: 'insensitive' } } : {}),
  };
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: startOfDayIn(filter.from, viewer.timeZone) } : {}),
      ...(filter.to ? { lte: endOfDayIn(filter.to, viewer.timeZone) } : {}),
    };
  }
  const rows = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (filter.page - 1) * NOTIFICATION_PAGE_SIZE,
    take: NOTIFICATION_PAGE_SIZE + 1,
    select: { id: true, toEmail: true, template: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true },
  });
  return {
    notifications: rows
      .slice(0, NOTIFICATION_PAGE_SIZE)
      .map(({ status, ...r }) => ({ ...r, state: deliveryState({ status, attempts: r.attempts }) })),
    page: filter.page,
    hasMore: rows.length > NOTIFICATION_PAGE_SIZE,
  };
}

/** One email with both parts, its delivery history and its digest (or the emails it carried), for admins. */
export async function getNotification(viewer: Viewer | null, id: string) {
  assertRole(viewer, 'ADMIN');
  if (!UUID.test(id)) return null;
  const n = await prisma.notification.findUnique({
    where: { id },
    select: {
      id: true,
      toEmail: true,
      userId: true,
      template: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      urgency: true,
      status: true,
      attempts: true,
      lastError: true,
      dedupeKey: true,
      createdAt: true,
      sentAt: true,
      updatedAt: true,
      digest: { select: { id: true, subject: true, status: true, attempts: true, sentAt: true } },
      parts: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, subject: true, template: true, createdAt: true } },
    },
  });
  if (!n) return null;
  return {
    ...n,
    state: deliveryState(n),
    digest: n.digest ? { id: n.digest.id, subject: n.digest.subject, state: deliveryState(n.digest), sentAt: n.digest.sentAt } : null,
  };
}
