// Schemas of the MCT membership forms (training deliveries, renewal, admin decision, alumni, lounge),
// shared by the forms in the browser and the actions on the server.
import { z } from 'zod';
import { noFormula } from '@/lib/providers/schema';
import { deliveryFormatOf } from './delivery-formats';
import { calendarDate } from '@/lib/date-fields';

// Formats and the draft key live in a module without zod, for the pages that must stay light.
export { DELIVERY_DRAFT_KEY, DELIVERY_FORMAT_LABELS, DELIVERY_FORMATS, deliveryFormatOf, type DeliveryFormatKey } from './delivery-formats';

export const MAX_STUDENTS = 1000;

const deliveryFields = {
  courseCode: noFormula(
    z.string().trim().min(1, 'Enter the course code, for example AZ-104T00').max(40, 'Keep the course code under 40 characters'),
  ),
  courseTitle: noFormula(z.string().trim().min(1, 'Enter the course title').max(200, 'Keep the course title under 200 characters')),
  startDate: calendarDate('Enter the first day of the training'),
  endDate: calendarDate('Enter the last day of the training'),
  format: z
    .string()
    .trim()
    .min(1, { message: 'Choose the delivery format: in person, virtual or hybrid', abort: true })
    .transform((v, ctx) => {
      const format = deliveryFormatOf(v);
      if (!format) {
        ctx.addIssue({ code: 'custom', message: `“${v}” is not a delivery format: write in person, virtual or hybrid` });
        return z.NEVER;
      }
      return format;
    }),
  studentCount: z
    .string()
    .trim()
    .min(1, { message: 'Enter the number of students', abort: true })
    .refine((v) => /^\d+$/.test(v), { message: 'Write the number of students as a whole number, such as 12', abort: true })
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_STUDENTS, `The number of students must be between 1 and ${MAX_STUDENTS}`),
  trainingPartner: noFormula(
    z.string().trim().min(1, 'Enter the training partner (or your own company)').max(200, 'Keep the partner’s name under 200 characters'),
  ),
  satisfactionScore: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d(\.\d{1,2})?$/.test(v), { message: 'Write the score as a number from 1 to 9, such as 8.4', abort: true })
    .transform((v) => (v === '' ? null : Number(v)))
    .refine((n) => n === null || (n >= 1 && n <= 9), 'The satisfaction score is on the 1–9 scale'),
};

const endNotBeforeStart = { path: ['endDate'], message: 'The last day cannot be before the first day' };

/** One training delivery, as typed in the form or read from a spreadsheet row (all cells as text). */
export const deliverySchema = z.object(deliveryFields).refine((v) => v.endDate >= v.startDate, endNotBeforeStart);
export type DeliveryInput = z.input<typeof deliverySchema>;
export type DeliveryValues = z.output<typeof deliverySchema>;

export const removeDeliverySchema = z.object({ id: z.uuid() });

/** Submitting the renewal of the current term; the version guards against a second tab. */
export const submitRenewalSchema = z.object({ termId: z.uuid() });

export const decideRenewalSchema = z.discriminatedUnion('decision', [
  z.object({
    renewalId: z.uuid(),
    version: z.number().int(),
    decision: z.literal('APPROVE'),
    note: z.string().trim().max(2000).optional(),
  }),
  z.object({
    renewalId: z.uuid(),
    version: z.number().int(),
    decision: z.literal('ASK_FOR_MORE'),
    note: z
      .string()
      .trim()
      .min(10, 'Say what the member should add or fix (at least 10 characters)')
      .max(2000, 'Keep it under 2,000 characters'),
  }),
  z.object({
    renewalId: z.uuid(),
    version: z.number().int(),
    decision: z.literal('REJECT'),
    note: z
      .string()
      .trim()
      .min(10, 'Give the member the reason (at least 10 characters): they read it')
      .max(2000, 'Keep it under 2,000 characters'),
  }),
]);
export type DecideRenewalInput = z.input<typeof decideRenewalSchema>;

export const switchToAlumniSchema = z.object({
  version: z.number().int(),
  confirm: z.literal(true, { error: 'Tick the box to confirm you understand what changes' }),
  /** The alumni agreement shown on the page: accepted with the switch. */
  alumniAgreementId: z.uuid('The alumni agreement is missing from this page; reload it.'),
  acceptAgreement: z.literal(true, { error: 'Accept the MCT alumni agreement to become alumni' }),
});

export const requestLoungeSchema = z.object({});
