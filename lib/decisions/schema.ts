// Forms of deciding: closing review, a decision on a submission, releasing decisions in bulk.
// Safe for the browser.
import { z } from 'zod';

export const closeReviewSchema = z.object({ cycleId: z.uuid(), version: z.number().int().min(0) });

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
});
export type DecideFormValues = z.input<typeof decideSchema>;

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
export const DECISIONS_PAGE_SIZE = 100;
