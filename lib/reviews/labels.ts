// How reviewers are named to each other: anonymously, by the order they were assigned to the
// submission ("Reviewer A", "Reviewer B", ...). The review page and the discussion use the same labels.

const REVIEWER_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The anonymous label of each of a submission's reviewers (assignments in the order they were
 * made, removed ones left out), keyed by the key `keyOf` gives (the assignment or reviewer id). */
export function anonymousReviewerLabels<T>(assignments: readonly T[], keyOf: (a: T) => string): Map<string, string> {
  return new Map(assignments.map((a, i) => [keyOf(a), `Reviewer ${REVIEWER_LETTERS[i] ?? String(i + 1)}`]));
}
