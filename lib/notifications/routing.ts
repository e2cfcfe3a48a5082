import type { NotificationMode, NotificationStatus, NotificationUrgency } from '@/lib/generated/prisma/enums';

/** Where a new email goes, decided when it is queued: immediate ones always go out; optional ones
 * (status changes, reminders) wait for the daily digest or are not sent at all, as the person chose.
 * Someone without an account has chosen nothing, so they get everything at once. */
export function routeEmail(
  urgency: NotificationUrgency,
  mode: NotificationMode | null,
): Extract<NotificationStatus, 'QUEUED' | 'DIGESTED' | 'SUPPRESSED'> {
  if (urgency === 'IMMEDIATE' || mode === null || mode === 'IMMEDIATE') return 'QUEUED';
  return mode === 'DAILY_DIGEST' ? 'DIGESTED' : 'SUPPRESSED';
}

/** Whether an email is optional, so it carries an unsubscribe link: digestible ones, and the digest
 * that carries them. */
export function isOptionalEmail(n: { urgency: NotificationUrgency; template: string }): boolean {
  return n.urgency === 'DIGESTIBLE' || n.template === DIGEST_TEMPLATE;
}

/** The template of the daily digest (lib/notifications/templates/digest.ts). */
export const DIGEST_TEMPLATE = 'notifications.daily-digest';
