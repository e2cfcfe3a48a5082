// The MCT forms' schemas, shared by each form (react-hook-form + zodResolver) and its server action.
import { z } from 'zod';
import { calendarDate, optionalCalendarDate } from '@/lib/date-fields';
import type { CertificationLevel } from '@/lib/generated/prisma/enums';

const id = (message = 'Something is missing from this form; reload the page.') => z.uuid(message);
const version = z.number().int().min(0);

// ─── Candidates ───

export const addCertificationSchema = z
  .object({
    certificationId: id('Choose a certification from the catalogue'),
    credentialId: z
      .string()
      .trim()
      .min(3, 'Enter the credential ID shown on your Microsoft Learn transcript')
      .max(80, 'Keep the credential ID under 80 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, 'Use the credential ID as shown: letters, digits, dots, dashes and slashes'),
    earnedOn: calendarDate('Enter the date you earned it'),
    expiresOn: optionalCalendarDate,
  })
  .refine((v) => !v.expiresOn || v.expiresOn >= v.earnedOn, {
    path: ['expiresOn'],
    message: 'The expiry date cannot be before the date you earned it',
  });
export type AddCertificationInput = z.input<typeof addCertificationSchema>;

export const removeCertificationSchema = z.object({ id: id() });

export const acceptAgreementSchema = z.object({ agreementId: id() });

export const applySchema = z.object({});

export const submitProviderApplicationSchema = z.object({
  applicationId: id(),
  agreementId: id(),
  acceptAgreement: z.literal(true, { message: 'Tick the box to accept the agreement' }),
});
export type SubmitProviderApplicationInput = z.input<typeof submitProviderApplicationSchema>;

export const withdrawApplicationSchema = z.object({ applicationId: id() });

// ─── Admin: enrollment settings and pauses ───

/** "400", "400.5" or "400.50" as minor units; null when it is not an amount. */
export function parseAmountToCents(value: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export const enrollmentSettingsSchema = z
  .object({
    version,
    selfServiceEnabled: z.boolean(),
    selfServiceOffReason: z.string().trim().max(1000, 'Keep the reason under 1,000 characters'),
    mctFeeWaived: z.boolean(),
    mctFee: z
      .string()
      .trim()
      .refine((v) => v === '' || parseAmountToCents(v) !== null, 'Enter an amount such as 400 or 400.00'),
    mctFeeCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD'),
    mctFeeWaiverNote: z.string().trim().max(500, 'Keep the note under 500 characters'),
  })
  .superRefine((v, ctx) => {
    if (!v.selfServiceEnabled && v.selfServiceOffReason.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['selfServiceOffReason'],
        message: 'Tell candidates why self-service is off (at least 10 characters)',
      });
    }
    if (!v.mctFeeWaived && !parseAmountToCents(v.mctFee)) {
      ctx.addIssue({ code: 'custom', path: ['mctFee'], message: 'Enter the fee, or mark it as waived' });
    }
  })
  .transform(({ mctFee, ...rest }) => ({ ...rest, mctFeeCents: parseAmountToCents(mctFee) ?? 0 }));
export type EnrollmentSettingsInput = z.input<typeof enrollmentSettingsSchema>;

const pauseFields = {
  startsOn: calendarDate('Enter the first day of the pause'),
  endsOn: calendarDate('Enter the last day of the pause'),
  reason: z.string().trim().min(5, 'Say why enrollment is paused; candidates read it').max(1000, 'Keep the reason under 1,000 characters'),
};
const endNotBeforeStart = (v: { startsOn: string; endsOn: string }) => v.endsOn >= v.startsOn;
const endNotBeforeStartMessage = { path: ['endsOn'], message: 'The last day cannot be before the first day' };

export const addPauseSchema = z.object(pauseFields).refine(endNotBeforeStart, endNotBeforeStartMessage);
export type AddPauseInput = z.input<typeof addPauseSchema>;

export const updatePauseSchema = z.object({ id: id(), version, ...pauseFields }).refine(endNotBeforeStart, endNotBeforeStartMessage);
export type UpdatePauseInput = z.input<typeof updatePauseSchema>;

export const removePauseSchema = z.object({ id: id(), version });

// ─── Admin: certification catalogue ───

export const CERTIFICATION_LEVELS = [
  'FUNDAMENTALS',
  'ASSOCIATE',
  'EXPERT',
  'SPECIALTY',
  'MOS',
  'BUSINESS_USER',
] as const satisfies readonly CertificationLevel[];

export const certificationSchema = z.object({
  id: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
  /** The entry's version the page showed: a change made meanwhile by another admin is not overwritten. */
  version,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, 'Enter the exam or credential code, such as AZ-104')
    .max(40, 'Keep the code under 40 characters')
    .regex(/^[A-Z0-9][A-Z0-9-]*$/, 'Use letters, digits and dashes, such as AZ-104'),
  name: z.string().trim().min(3, 'Enter the certification’s name').max(200, 'Keep the name under 200 characters'),
  level: z.enum(CERTIFICATION_LEVELS, { message: 'Choose a level' }),
  isEligible: z.boolean(),
  validityMonths: z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 120), 'Enter 1 to 120 months, or leave it empty')
    .transform((v) => (v === '' ? null : Number(v))),
  retiredOn: optionalCalendarDate,
});
export type CertificationInput = z.input<typeof certificationSchema>;

export const removeCatalogueEntrySchema = z.object({ id: id() });

// ─── Admin: application decisions ───

export const decideApplicationSchema = z
  .object({
    applicationId: id(),
    version,
    decision: z.enum(['APPROVE', 'REJECT'], { message: 'Choose approve or reject' }),
    reason: z.string().trim().max(2000, 'Keep the reason under 2,000 characters'),
  })
  .refine((v) => v.decision === 'APPROVE' || v.reason.length >= 10, {
    path: ['reason'],
    message: 'Tell the candidate why (at least 10 characters); they read it',
  });
export type DecideApplicationInput = z.input<typeof decideApplicationSchema>;

/** The draft key of the admin's decision form of an MCT application. */
export const applicationDecisionDraftKey = (applicationId: string) => `mct.application.decide.${applicationId}`;
