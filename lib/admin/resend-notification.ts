import 'server-only';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import type { z } from 'zod';
import type { resendNotificationSchema } from '@/lib/notifications/schema';
import type { Viewer } from '@/lib/auth/viewer';

/** Puts a FAILED email back in the queue for the worker (a new job with the usual retries), audited.
 * Only failed ones: anything else is on its way, sent, or held on purpose. */
export async function resendNotification(viewer: Viewer | null, input: z.output<typeof resendNotificationSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const before = await tx.notification.findUnique({
      where: { id: input.id },
      select: { status: true, attempts: true, lastError: true, toEmail: true, template: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'This email does not exist.');
    // Claimed with a conditional update: two admins pressing Resend queue it once.
    const { count } = await tx.notification.updateMany({ where: { id: input.id, status: 'FAILED' }, data: { status: 'QUEUED' } });
    if (count === 0) throw new AppError('CONFLICT', `Only a failed email can be sent again; this one is ${before.status.toLowerCase()}.`);
    await enqueueJob(tx, QUEUES.deliverNotification, { notificationId: input.id }, { singletonKey: input.id });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'notification.resent',
      entityType: 'Notification',
      entityId: input.id,
      before,
      after: { status: 'QUEUED' },
    });
  });
}
