// ISC provider forms' schemas: a confirmed completion (one by one, and each row of a CSV upload),
// starting a manual MCT application, and the admin's provider and staff forms.
import { z } from 'zod';
import { calendarDate } from '@/lib/date-fields';

import { COMPLETIONS_CSV_MAX_BYTES, COMPLETIONS_CSV_MAX_ROWS } from './limits';

export { COMPLETIONS_CSV_MAX_BYTES, COMPLETIONS_CSV_MAX_ROWS };

/** First characters that make spreadsheet programs run a cell as a formula (CSV injection). */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

/** The character that would make a value run as a formula when it is opened in a spreadsheet, or null. */
export function formulaPrefixOf(value: string): string | null {
  for (const candidate of [value, value.trim()]) {
    const first = candidate.charAt(0);
    if ((FORMULA_PREFIXES as readonly string[]).includes(first)) return first;
  }
  return null;
}

/** Names a formula prefix as people read it. */
export function describeFormulaPrefix(prefix: string): string {
  if (prefix === '\t') return 'a tab';
  if (prefix === '\r') return 'a carriage return';
  return `“${prefix}”`;
}

/** A text field that refuses values a spreadsheet program would run as a formula. */
export const noFormula = (schema: z.ZodString) =>
  schema.refine((v) => formulaPrefixOf(v) === null, {
    message: 'Must not start with =, +, -, @ or a tab: spreadsheet programs would run it as a formula',
  });

/** Whether a string is an http:// or https:// address a browser can open (a host, nothing unparsable). */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:\/\/\S+$/i.test(value) && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const candidateEmailField = z
  .string()
  .trim()
  .min(1, 'Enter the candidate’s email address')
  .max(320, 'That email address is too long')
  .email('Enter an email address like name@example.com')
  .transform((e) => e.toLowerCase());

/** One confirmed ISC completion, as typed in the form or read from a CSV row. */
export const completionFields = {
  candidateName: noFormula(z.string().trim().min(1, 'Enter the candidate’s full name').max(200, 'Keep the name under 200 characters')),
  candidateEmail: candidateEmailField,
  completedOn: calendarDate('Enter the completion date'),
  certificateId: noFormula(
    z.string().trim().min(1, 'Enter the certificate ID you issued').max(80, 'Keep the certificate ID under 80 characters'),
  ),
};
export const completionRowSchema = z.object(completionFields);

export const confirmCompletionSchema = z.object({ providerId: z.uuid(), ...completionFields });
export type ConfirmCompletionInput = z.input<typeof confirmCompletionSchema>;

export const findCandidateCompletionsSchema = z.object({ providerId: z.uuid(), candidateEmail: candidateEmailField });

export const startApplicationSchema = z.object({
  providerId: z.uuid(),
  candidateEmail: candidateEmailField,
  iscCompletionId: z.uuid('Choose one of the candidate’s completions'),
});
export type StartApplicationInput = z.input<typeof startApplicationSchema>;

// ─── Admin: providers and their staff ───

export const providerSchema = z
  .object({
    id: z.union([z.literal(''), z.uuid()]).transform((v) => v || null),
    /** The provider's version the page showed: another admin's change meanwhile is not overwritten. */
    version: z.number().int().min(0),
    name: z.string().trim().min(3, 'Enter the provider’s name').max(200, 'Keep the name under 200 characters'),
    country: z
      .string()
      .trim()
      .min(2, 'Enter the country the provider teaches in (shown on the public list)')
      .max(100, 'Keep it under 100 characters'),
    contactEmail: z
      .string()
      .trim()
      .min(1, 'Enter a contact email address')
      .max(320, 'That email address is too long')
      .email('Enter an email address like name@example.com')
      .transform((e) => e.toLowerCase()),
    website: z
      .string()
      .trim()
      .max(2048, 'That address is too long')
      .refine((v) => v === '' || isWebAddress(v), 'Enter an address starting with https://')
      .transform((v) => v || null),
    approvedFrom: calendarDate('Enter the first day of the approval'),
    approvedUntil: calendarDate('Enter the last day of the approval'),
  })
  .refine((v) => v.approvedUntil >= v.approvedFrom, { path: ['approvedUntil'], message: 'The approval cannot end before it starts' });
export type ProviderInput = z.input<typeof providerSchema>;

export const addStaffSchema = z.object({
  providerId: z.uuid(),
  email: z
    .string()
    .trim()
    .min(1, 'Enter the staff member’s email address')
    .email('Enter an email address like name@example.com')
    .transform((e) => e.toLowerCase()),
});
export type AddStaffInput = z.input<typeof addStaffSchema>;

export const removeStaffSchema = z.object({ providerId: z.uuid(), userId: z.uuid() });

/** The draft key of the admin's provider form: a new provider, or the edit of one. */
export const providerDraftKey = (providerId?: string) => (providerId ? `provider.edit.${providerId}` : 'provider.new');
