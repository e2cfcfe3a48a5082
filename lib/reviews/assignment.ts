// Automatic assignment of reviewers: a fixed number per submission, only reviewers of the
// submission's category, never one with a conflict, spreading the work as evenly as possible.
import { hasConflict, type ConflictReviewer, type ConflictSubmission } from './conflicts';

export type AssignableReviewer = ConflictReviewer & {
  categoryIds: readonly string[];
  /** Open reviews already on their desk (the load to balance against). */
  load: number;
};

export type AssignableSubmission = ConflictSubmission & {
  id: string;
  categoryId: string;
  /** Reviewers already assigned (not removed). */
  assignedReviewerIds: readonly string[];
};

export type AssignmentPlan = {
  assignments: { submissionId: string; reviewerId: string }[];
  /** Submissions that could not get enough reviewers, and how many they still lack. */
  shortfalls: { submissionId: string; missing: number }[];
};

/** Plans assignments so each submission has `perSubmission` reviewers. Deterministic: the same
 * input gives the same plan. Submissions with the fewest possible reviewers are served first, and
 * each slot goes to the eligible reviewer with the lightest load (ties by id). */
export function planAssignments(
  submissions: readonly AssignableSubmission[],
  reviewers: readonly AssignableReviewer[],
  perSubmission: number,
): AssignmentPlan {
  const load = new Map(reviewers.map((r) => [r.id, r.load]));
  const eligibleFor = (s: AssignableSubmission) =>
    reviewers.filter((r) => r.categoryIds.includes(s.categoryId) && !s.assignedReviewerIds.includes(r.id) && !hasConflict(r, s));

  const queue = submissions
    .map((s) => ({ s, eligible: eligibleFor(s), needed: Math.max(0, perSubmission - s.assignedReviewerIds.length) }))
    .filter((q) => q.needed > 0)
    .sort((a, b) => a.eligible.length - b.eligible.length || a.s.id.localeCompare(b.s.id));

  const plan: AssignmentPlan = { assignments: [], shortfalls: [] };
  for (const { s, eligible, needed } of queue) {
    const chosen = [...eligible].sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id.localeCompare(b.id)).slice(0, needed);
    for (const r of chosen) {
      plan.assignments.push({ submissionId: s.id, reviewerId: r.id });
      load.set(r.id, load.get(r.id)! + 1);
    }
    if (chosen.length < needed) plan.shortfalls.push({ submissionId: s.id, missing: needed - chosen.length });
  }
  return plan;
}
