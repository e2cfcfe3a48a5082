// Forms of deciding: closing review, a decision on a submission, releasing decisions in bulk.
// Safe for the browser.
import { z } from 'zod';

/** Why an admin goes ahead with fewer reviews than the cycle asks for: kept in the audit log. */
const shortReasonSchema = z
  .string()
  .trim()
  .max(1000, 'Keep the reason under 1,000 characters')
  .transform((v) => v || undefined)
  .optional();

/** The shortest reason accepted for going ahead with too few reviews. */
export const SHORT_REASON_MIN = 10;

export const closeReviewSchema = z.object({
  cycleId: z.uuid(),
  version: z.number().int().min(0),
  /** Required (by the service) when some submission has fewer submitted reviews than the cycle asks for. */
  shortReason: shortReasonSchema,
});
export type CloseReviewValues = z.input<typeof closeReviewSchema>;

export const decideSchema = z.object({
  submissionId: z.uuid(),
  /** The version of the decision the admin saw; null when there was none yet. */
  version: z.number().int().min(0).nullable(),
  outcome: z.enum(['AWARD', 'NO_AWARD'], { message: 'Choose award or no award' }),
  feedback: z
    .string()
    .trim()
    .min(20, 'Write feedback for the candidate (at least 20 characters)')
    .max(5000, 'Keep the feedback under 5,000 characters'),
  /** Required (by the service) when the submission has fewer submitted reviews than its cycle asks for. */
  shortReason: shortReasonSchema,
});
export type DecideFormValues = z.input<typeof decideSchema>;

/** The draft key of the decision form of a submission. */
export const decisionDraftKey = (submissionId: string) => `decision.${submissionId}`;

export const releaseDecisionsSchema = z.object({
  cycleId: z.uuid(),
  /** The decisions the admin saw and confirmed; anything decided since is left for the next release. */
  submissionIds: z.array(z.uuid()).min(1, 'There is no decision to release').max(1000),
  confirm: z.boolean().refine((v) => v, 'Confirm that the candidates and nominators will be told'),
});
export type ReleaseDecisionsValues = z.input<typeof releaseDecisionsSchema>;

export const DECISION_SORTS = ['candidate', 'mean', 'median', 'spread', 'normalised', 'reviews'] as const;
export type DecisionSort = (typeof DECISION_SORTS)[number];
export const DECISION_FILTERS = ['all', 'disputed', 'undecided', 'unreleased', 'released'] as const;
export type DecisionFilter = (typeof DECISION_FILTERS)[number];

/** The decisions table's view, from the page's search parameters (unknown values fall back). */
export const decisionViewSchema = z.object({
  cycle: z.uuid().optional().catch(undefined),
  category: z.uuid().optional().catch(undefined),
  sort: z.enum(DECISION_SORTS).catch('mean'),
  dir: z.enum(['asc', 'desc']).catch('desc'),
  show: z.enum(DECISION_FILTERS).catch('all'),
  /** The table's page (the export and the release list always cover every row). */
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DecisionView = z.output<typeof decisionViewSchema>;

/** Rows per page of the decisions table: a category of a cycle at program scale has hundreds. */
export const DECISIONS_PAGE_SIZE = 25;
