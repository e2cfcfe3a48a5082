// Correcting a certification on one's own record. Safe for the browser.
import { z } from 'zod';
import { calendarDate, optionalCalendarDate } from '@/lib/date-fields';

export const updateHeldCertificationSchema = z
  .object({
    id: z.uuid('Something is missing from this form; reload the page.'),
    earnedOn: calendarDate('Enter the date you earned it'),
    expiresOn: optionalCalendarDate,
  })
  .refine((v) => !v.expiresOn || v.expiresOn >= v.earnedOn, {
    path: ['expiresOn'],
    message: 'The expiry date cannot be before the date you earned it',
  });
export type UpdateHeldCertificationInput = z.input<typeof updateHeldCertificationSchema>;
