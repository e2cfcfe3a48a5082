import 'server-only';
import type { Tx } from '@/lib/db';
import type { NotificationUrgency } from '@/lib/generated/prisma/enums';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { enqueueJob, QUEUES } from '@/lib/jobs/queue';
import { ONE_TIME_LINK_TEMPLATES, redactLink, sealLink } from './one-time-link';
import { routeEmail } from './routing';
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
 * email exists exactly when the change it reports was committed; the worker sends it. Optional
 * (DIGESTIBLE) emails follow the recipient's choice, read here at queue time: held for the daily
 * digest (DIGESTED, no job) or not sent (SUPPRESSED). Returns null when an email with the same
 * dedupeKey was queued before. An email carrying a one-time link (lib/notifications/one-time-link.ts)
 * is stored with the link redacted and the link sealed beside it, for the worker only. */
export async function queueEmail<T extends TemplateName>(tx: Tx, email: QueueEmail<T>): Promise<string | null> {
  const recipient = await findRecipient(tx, email.userId ?? null, email.to);
  // In the language the recipient chose (lib/i18n); English when they never chose one.
  const rendered = renderTemplate(email.template, email.data, isLocale(recipient?.locale) ? recipient.locale : 'en');
  const link = ONE_TIME_LINK_TEMPLATES.has(email.template) ? (email.data as { url: string }).url : null;
  const stored = link ? redactLink(rendered, link) : rendered;
  const status = routeEmail(email.urgency, recipient?.notificationMode ?? null);
  const data = {
    toEmail: email.to,
    userId: email.userId ?? recipient?.id ?? null,
    status,
    template: email.template,
    subject: rendered.subject,
    textBody: stored.text,
    htmlBody: stored.html,
    sealedLink: link ? sealLink(link, env().AUTH_SECRET) : null,
    urgency: email.urgency,
    dedupeKey: email.dedupeKey ?? null,
  };
  let row: { id: string };
  if (email.dedupeKey) {
    // ON CONFLICT DO NOTHING: a concurrent transaction queueing the same key waits for the other and
    // then skips, instead of failing (and rolling back) the caller's transaction.
    const { count } = await tx.notification.createMany({ data: [data], skipDuplicates: true });
    if (count === 0) return null;
    row = await tx.notification.findUniqueOrThrow({ where: { dedupeKey: email.dedupeKey }, select: { id: true } });
  } else {
    row = await tx.notification.create({ data, select: { id: true } });
  }
  if (status === 'QUEUED') await enqueueJob(tx, QUEUES.deliverNotification, { notificationId: row.id }, { singletonKey: row.id });
  return row.id;
}

/** The account an email goes to: by id when the caller knows it, else by address (stored lower-cased). */
async function findRecipient(tx: Tx, userId: string | null, to: string) {
  const select = { id: true, notificationMode: true, locale: true } as const;
  if (userId) return tx.user.findUnique({ where: { id: userId }, select });
  return tx.user.findUnique({ where: { email: to.trim().toLowerCase() }, select });
}
