import 'server-only';
import type { Tx } from '@/lib/db';
import type { NotificationUrgency } from '@/lib/generated/prisma/enums';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import { renderTemplate, type TemplateData, type TemplateName } from './templates';

type QueueEmail<T extends TemplateName> = {
  to: string;
  userId?: string | null;
  template: T;
  data: TemplateData<T>;
  urgency: NotificationUrgency;
  /** Makes the email go out once however often the caller runs (reminders). */
  dedupeKey?: string;
};

/** Writes an email to the outbox inside the caller's transaction and queues its delivery. The
 * email exists exactly when the change it reports was committed; the worker sends it. Returns
 * null when an email with the same dedupeKey was queued before. */
export async function queueEmail<T extends TemplateName>(tx: Tx, email: QueueEmail<T>): Promise<string | null> {
  const rendered = renderTemplate(email.template, email.data);
  if (email.dedupeKey) {
    const existing = await tx.notification.findUnique({ where: { dedupeKey: email.dedupeKey }, select: { id: true } });
    if (existing) return null;
  }
  const row = await tx.notification.create({
    data: {
      toEmail: email.to,
      userId: email.userId ?? null,
      template: email.template,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      urgency: email.urgency,
      dedupeKey: email.dedupeKey ?? null,
    },
    select: { id: true },
  });
  await enqueueJob(tx, QUEUES.deliverNotification, { notificationId: row.id }, { singletonKey: row.id });
  return row.id;
}
