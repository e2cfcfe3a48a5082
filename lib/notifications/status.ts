import type { NotificationStatus } from '@/lib/generated/prisma/enums';

/** The delivery states an admin sees: "retrying" is a queued email that failed at least once. */
export const DELIVERY_STATES = ['QUEUED', 'RETRYING', 'SENDING', 'SENT', 'FAILED', 'DIGESTED', 'SUPPRESSED'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  QUEUED: 'Queued',
  RETRYING: 'Failed, retrying',
  SENDING: 'Sending',
  SENT: 'Sent',
  FAILED: 'Failed',
  DIGESTED: 'Held for daily digest',
  SUPPRESSED: 'Not sent (unsubscribed)',
};

/** The delivery state of an outbox row. */
export function deliveryState(n: { status: NotificationStatus; attempts: number }): DeliveryState {
  return n.status === 'QUEUED' && n.attempts > 0 ? 'RETRYING' : n.status;
}
