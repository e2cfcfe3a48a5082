// Forms of reviewing: assigning reviewers, declaring a conflict, the rubric, the cycle's criteria.
// Safe for the browser: each form and its server action parse with the same schema.
import { z } from 'zod';
import { CONFIDENCE_LEVELS } from './confidence';

const id = (what: string) => z.uuid(`Choose ${what}`);

/** Turns zod issues into messages per field ("scores.<criterionId>", "confidence", ...). */
export function issuesToFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export const assignReviewersSchema = z.object({
  submissionIds: z.array(z.uuid()).min(1, 'Select at least one submission').max(200, 'Select at most 200 submissions at once'),
  reviewerIds: z.array(z.uuid()).min(1, 'Select at least one reviewer').max(20, 'Select at most 20 reviewers at once'),
});
export type AssignReviewersInput = z.output<typeof assignReviewersSchema>;

export const autoAssignSchema = z.object({ cycleId: id('a cycle'), categoryId: id('a category') });

export const removeAssignmentSchema = z.object({
  assignmentId: z.uuid(),
  version: z.number().int().min(0),
});

export const declareConflictSchema = z.object({
  submissionId: z.uuid('Choose the candidate you have a conflict with'),
  reason: z
    .string()
    .trim()
    .min(5, 'Say briefly what the conflict is (for example: we work for the same company)')
    .max(1000, 'Keep the reason under 1,000 characters'),
});
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;

export { CONFIDENCE_LEVELS };

// Form values are strings ('' when nothing is chosen yet), so a draft can be partial.
const scoreValue = z
  .string()
  .trim()
  .regex(/^(-?\d{1,3})?$/, 'Choose a score')
  .transform((v) => (v === '' ? null : Number(v)));

/** The rubric form as the action parses it. Scores are checked against the cycle's scale and
 * criteria by reviewSchemaFor, on the server (the action cannot know the cycle) and in the browser. */
export const reviewInputSchema = z.object({
  assignmentId: z.uuid(),
  version: z.number().int().min(0),
  intent: z.enum(['draft', 'submit']),
  scores: z.record(z.string(), scoreValue),
  confidence: z.enum(['', '1', '2', '3', '4'], { message: 'Choose your confidence' }).transform((v) => (v === '' ? null : Number(v))),
  committeeComment: z.string().trim().max(5000, 'Keep the comment for the committee under 5,000 characters'),
  candidateFeedback: z.string().trim().max(5000, 'Keep the feedback for the candidate under 5,000 characters'),
});
export type ReviewFormValues = z.input<typeof reviewInputSchema>;
export type ReviewInput = z.output<typeof reviewInputSchema>;

export type Rubric = { scoreMin: number; scoreMax: number; criteria: readonly { id: string; label: string }[] };

type Issue = { path: string[]; message: string };

/** What is wrong with a review for this cycle: a score off the cycle's scale or for a criterion it
 * does not have, and, to submit, a criterion left unscored, no confidence or a missing comment.
 * Drafts may be partial. Used by reviewSchemaFor (the form) and by the service on the server. */
export function reviewIssues(rubric: Rubric, v: ReviewInput): Issue[] {
  const issues: Issue[] = [];
  const known = new Set(rubric.criteria.map((c) => c.id));
  if (Object.keys(v.scores).some((key) => !known.has(key))) {
    issues.push({ path: ['scores'], message: 'A score names a criterion this cycle does not have' });
  }
  for (const c of rubric.criteria) {
    const score = v.scores[c.id] ?? null;
    if (score === null) {
      if (v.intent === 'submit') issues.push({ path: ['scores', c.id], message: `Score ${c.label.toLowerCase()}` });
    } else if (Number.isInteger(score) && (score < rubric.scoreMin || score > rubric.scoreMax)) {
      issues.push({ path: ['scores', c.id], message: `Scores run from ${rubric.scoreMin} to ${rubric.scoreMax}` });
    }
  }
  if (v.intent !== 'submit') return issues;
  if (v.confidence === null) issues.push({ path: ['confidence'], message: 'Choose your confidence' });
  if (v.committeeComment.length < 10) {
    issues.push({ path: ['committeeComment'], message: 'Write a comment for the committee (at least 10 characters)' });
  }
  if (v.candidateFeedback.length < 10) {
    issues.push({ path: ['candidateFeedback'], message: 'Write feedback the candidate will read (at least 10 characters)' });
  }
  return issues;
}

/** The rubric form for this cycle (reviewIssues as zod issues, so the form shows them by field). */
export function reviewSchemaFor(rubric: Rubric) {
  return reviewInputSchema.superRefine((v, ctx) => {
    for (const issue of reviewIssues(rubric, v)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
}

export const reopenReviewSchema = z.object({ assignmentId: z.uuid(), version: z.number().int().min(0) });

const weight = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,3})?$/, 'Enter a weight such as 0.25 or 30')
  .transform(Number)
  .refine((n) => n > 0, 'A weight must be more than 0');

export const criteriaSchema = z.object({
  cycleId: z.uuid(),
  version: z.number().int().min(0),
  criteria: z
    .array(
      z.object({
        id: z.union([z.uuid(), z.literal('')]),
        label: z.string().trim().min(3, 'Name the criterion').max(120, 'Keep the name under 120 characters'),
        description: z.string().trim().max(1000, 'Keep the description under 1,000 characters'),
        weight,
      }),
    )
    .min(1, 'Keep at least one criterion')
    .max(12, 'Use at most 12 criteria')
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((r, i) => {
        const key = r.label.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'label'], message: 'Two criteria have this name' });
        seen.add(key);
      });
    }),
});
export type CriteriaFormValues = z.input<typeof criteriaSchema>;
export type CriteriaInput = z.output<typeof criteriaSchema>;

export const sendRemindersSchema = z.object({});
