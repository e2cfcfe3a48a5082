// The agreement forms' schemas, shared by each form and its server action. Safe for the browser.
import { z } from 'zod';
import type { AgreementKind } from '@/lib/generated/prisma/enums';
import { calendarDate } from '@/lib/date-fields';

export const AGREEMENT_KINDS = ['MVP_CODE_OF_CONDUCT', 'MVP_NDA', 'MCT_PROGRAM', 'MCT_ALUMNI'] as const satisfies readonly AgreementKind[];

export const AGREEMENT_KIND_LABELS: Record<AgreementKind, string> = {
  MVP_CODE_OF_CONDUCT: 'MVP Code of Conduct',
  MVP_NDA: 'MVP Non-Disclosure Agreement',
  MCT_PROGRAM: 'MCT Program Agreement',
  MCT_ALUMNI: 'MCT Alumni Agreement',
};

export const agreementSchema = z.object({
  /** Absent when publishing a new version; present when correcting one not yet in force. */
  id: z.uuid().optional(),
  revision: z.number().int().min(0),
  kind: z.enum(AGREEMENT_KINDS, { error: 'Choose which agreement this is a version of' }),
  version: z
    .string()
    .trim()
    .min(1, 'Name the version, for example “2027” or “2027.1”')
    .max(40, 'Keep the version under 40 characters')
    .regex(/^[\w.\- ]+$/, 'Use letters, digits, dots, dashes and spaces'),
  title: z.string().trim().min(3, 'Give the agreement its title').max(200, 'Keep the title under 200 characters'),
  body: z
    .string()
    .trim()
    .min(20, 'Paste the agreement’s text (at least 20 characters)')
    .max(50_000, 'Keep the text under 50,000 characters'),
  effectiveFrom: calendarDate('Enter the day this version comes into force'),
});
export type AgreementInput = z.input<typeof agreementSchema>;

export const acceptAgreementsSchema = z.object({
  agreementIds: z.array(z.uuid()).min(1, 'Nothing to accept; reload the page.').max(10),
  accept: z.literal(true, { error: 'Tick the box to accept the new versions' }),
});
