// The evidence item as the form, the server action, the service and the CSV import all parse it.
// Safe for the browser. "Not in the future" depends on the candidate's calendar day, so the schema
// is made for a time zone: the form uses the candidate's, the service re-parses with the
// candidate's, and the action's first parse uses the zone where the day starts first, so it never
// refuses a date the candidate's own zone accepts.
import { z } from 'zod';
import { type DateKey, isIsoDay, todayIn } from '@/lib/dates';
import type { ReachMetric } from '@/lib/generated/prisma/enums';
import {
  CONTRIBUTION_ROLE_VALUES,
  CONTRIBUTION_TYPE_VALUES,
  CONTRIBUTION_TYPES,
  REACH_METRIC_VALUES,
  TARGET_AUDIENCE_VALUES,
  type ContributionTypeInfo,
} from './types';
import { CSV_MAX_BYTES } from './import-limits';
import { EARLIEST_EVIDENCE_DATE } from './window';

/** The time zone whose calendar day starts first (UTC+14). */
export const EARLIEST_TIME_ZONE = 'Pacific/Kiritimati';

/** Largest reach number accepted (fits the database column with room to spare). */
export const MAX_METRIC_VALUE = 2_000_000_000;

/** Whether a string is an absolute http:// or https:// address. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || UUID.test(v), message);

/** What is wrong with an evidence date for a candidate in `timeZone`, or null: a real date, not
 * before 1990, not after the candidate's today. */
export function evidenceDateProblem(value: string, timeZone: string, what = 'date'): string | null {
  if (!isIsoDay(value)) return `Enter the ${what} as a date (YYYY-MM-DD)`;
  if (value < EARLIEST_EVIDENCE_DATE) return 'Dates before 1990 are not accepted';
  if (value > todayIn(timeZone)) return 'The date cannot be in the future';
  return null;
}

const dateField = (timeZone: string, opts: { required: boolean; what: string }) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === '') {
        if (opts.required) ctx.addIssue({ code: 'custom', message: `Enter the ${opts.what}` });
        return;
      }
      const problem = evidenceDateProblem(value, timeZone, opts.what);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const metricValue = z
  .string()
  .trim()
  .max(13, 'That number is too large')
  .refine((v) => v === '' || /^\d+$/.test(v.replace(/[,_ ]/g, '')), 'Enter a whole number, digits only')
  .refine((v) => !/^\d+$/.test(v.replace(/[,_ ]/g, '')) || Number(v.replace(/[,_ ]/g, '')) <= MAX_METRIC_VALUE, 'That number is too large');

const parseMetric = (raw: string | undefined): number | null => {
  const digits = (raw ?? '').trim().replace(/[,_ ]/g, '');
  return digits === '' ? null : Number(digits);
};

/** The evidence item schema for a candidate in `timeZone`. */
export function evidenceItemSchemaFor(timeZone: string) {
  return z
    .object({
      id: optionalId('Unknown contribution').optional(),
      /** The version of the item the form was loaded with (editing only): a save from a stale tab is refused. */
      version: z.number().int().min(0).optional(),
      type: z.enum(CONTRIBUTION_TYPE_VALUES, { message: 'Choose the type of contribution' }),
      role: z.enum(CONTRIBUTION_ROLE_VALUES, { message: 'Choose your role' }),
      title: z.string().trim().min(1, 'Give the contribution a title').max(100, 'Keep the title to 100 characters or fewer'),
      description: z
        .string()
        .trim()
        .min(1, 'Describe the contribution and its impact')
        .max(1000, 'Keep the description to 1,000 characters or fewer'),
      startDate: dateField(timeZone, { required: true, what: 'date' }),
      endDate: dateField(timeZone, { required: false, what: 'end date' }),
      url: z
        .string()
        .trim()
        .max(2048, 'That web address is too long')
        .refine((v) => v === '' || isHttpUrl(v), 'Enter a web address starting with http:// or https://'),
      audience: z.enum(TARGET_AUDIENCE_VALUES, { message: 'Choose the audience' }),
      categoryId: optionalId('Choose a technology area from the list'),
      focusAreaId: optionalId('Choose a focus area from the list'),
      metrics: z.partialRecord(z.enum(REACH_METRIC_VALUES), metricValue),
      isPaid: z.boolean(),
      isFullTimeJob: z.boolean(),
      isHighImpact: z.boolean(),
      privateNote: z.string().trim().max(1000, 'Keep the note to 1,000 characters or fewer'),
    })
    .superRefine((v, ctx) => {
      if (isIsoDay(v.startDate) && isIsoDay(v.endDate) && v.endDate < v.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date cannot be before the start date' });
      }
      if (v.focusAreaId && !v.categoryId) {
        ctx.addIssue({ code: 'custom', path: ['focusAreaId'], message: 'Choose the technology area first' });
      }
    })
    .transform((v) => {
      // Only the metrics the type asks for are kept: a value typed for another type before the
      // type was changed is not evidence of this one.
      const info = (CONTRIBUTION_TYPES as Partial<Record<string, ContributionTypeInfo>>)[v.type];
      const metrics: Partial<Record<ReachMetric, number>> = {};
      for (const metric of info?.metrics ?? []) {
        const value = parseMetric(v.metrics[metric]);
        if (value !== null) metrics[metric] = value;
      }
      return {
        id: v.id ? v.id : undefined,
        version: v.version,
        type: v.type,
        role: v.role,
        title: v.title,
        description: v.description,
        startDate: v.startDate as DateKey,
        endDate: v.endDate === '' ? null : (v.endDate as DateKey),
        url: v.url === '' ? null : v.url,
        audience: v.audience,
        categoryId: v.categoryId === '' ? null : v.categoryId,
        focusAreaId: v.focusAreaId === '' ? null : v.focusAreaId,
        metrics,
        isPaid: v.isPaid,
        // Only paid work can be someone's full-time job.
        isFullTimeJob: v.isPaid && v.isFullTimeJob,
        isHighImpact: v.isHighImpact,
        privateNote: v.privateNote === '' ? null : v.privateNote,
      };
    });
}

/** The action's first parse (see the top of this file); the service parses again in the candidate's zone. */
export const evidenceItemSchema = evidenceItemSchemaFor(EARLIEST_TIME_ZONE);

export type EvidenceItemInput = z.input<typeof evidenceItemSchema>;
export type EvidenceItemData = z.output<typeof evidenceItemSchema>;

/** Draft keys of the evidence form (components/forms/use-form-draft.ts). */
export const EVIDENCE_NEW_DRAFT_KEY = 'evidence.new';
export const evidenceEditDraftKey = (id: string) => `evidence.edit.${id}`;

/** An empty form, with the type's usual role. */
export function emptyEvidenceItem(): EvidenceItemInput {
  return {
    type: 'BLOG',
    role: CONTRIBUTION_TYPES.BLOG.defaultRole,
    title: '',
    description: '',
    startDate: '',
    endDate: '',
    url: '',
    audience: 'DEVELOPERS',
    categoryId: '',
    focusAreaId: '',
    metrics: {},
    isPaid: false,
    isFullTimeJob: false,
    isHighImpact: false,
    privateNote: '',
  };
}

const uuid = z.string().regex(UUID, 'Unknown contribution');

export const deleteEvidenceItemSchema = z.object({ id: uuid });

export { CSV_MAX_BYTES, CSV_MAX_ROWS } from './import-limits';

export const evidenceImportSchema = z.object({
  csv: z
    .string()
    .min(1, 'Paste the CSV or choose a file')
    .refine((s) => new TextEncoder().encode(s).length <= CSV_MAX_BYTES, 'The file is larger than 1 MB. Split it into smaller files.'),
  fileName: z.string().trim().max(255).default('pasted.csv'),
  /** 'all' saves only when every row is valid; 'valid-only' saves the valid rows and skips the rest. */
  mode: z.enum(['all', 'valid-only']).default('all'),
});
export type EvidenceImportInput = z.input<typeof evidenceImportSchema>;

export const evidencePreviewSchema = evidenceImportSchema.pick({ csv: true, fileName: true });
