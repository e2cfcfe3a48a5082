import { z } from 'zod';
import { optionalDay as day, optionalText as text } from '@/lib/query-filters';
import { DELIVERY_STATES } from './status';

/** The admin's email list filters, read from the query string; anything malformed is ignored. */
export const notificationFilterSchema = z.object({
  status: z.enum(DELIVERY_STATES).optional().catch(undefined),
  template: text(80),
  recipient: text(320),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type NotificationFilter = z.output<typeof notificationFilterSchema>;

/** Sends a failed email again. */
export const resendNotificationSchema = z.object({ id: z.uuid('Choose an email.') });
