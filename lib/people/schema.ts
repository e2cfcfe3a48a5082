import { z } from 'zod';
import { isValidTimeZone } from '@/lib/dates';

export const profileSchema = z.object({
  name: z.string().trim().min(2, 'Enter your full name').max(200, 'Keep your name under 200 characters'),
  timeZone: z.string().refine(isValidTimeZone, 'Choose a time zone from the list'),
  notificationMode: z.enum(['IMMEDIATE', 'DAILY_DIGEST', 'OFF'], { message: 'Choose how you want to get updates' }),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** Taking the browser's time zone (first visit, or accepting the offer to switch). */
export const adoptTimeZoneSchema = z.object({
  timeZone: z.string().max(64).refine(isValidTimeZone, 'Unknown time zone'),
  /** On a first visit, a zone the person already chose stays. */
  firstVisit: z.boolean(),
});
