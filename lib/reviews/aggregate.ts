// Turning reviewers' scores into what the committee compares: each review's weighted score, per
// submission the mean, median and spread (with a flag when reviewers disagree), and a normalised
// score that corrects for harsh and lenient reviewers (z-score of each review within its reviewer's
// own reviews).

export type CriterionWeight = { criterionId: string; weight: number };
export type ReviewScores = { reviewId: string; reviewerId: string; submissionId: string; scores: Record<string, number> };

/** The weighted mean of one review's scores; criteria without a score are left out of both sums.
 * null when nothing was scored. */
export function weightedScore(scores: Record<string, number>, criteria: readonly CriterionWeight[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const c of criteria) {
    const s = scores[c.criterionId];
    if (s === undefined) continue;
    sum += s * c.weight;
    weights += c.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Population standard deviation. */
export function standardDeviation(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

export type SubmissionAggregate = {
  submissionId: string;
  reviewCount: number;
  mean: number;
  median: number;
  /** Highest minus lowest weighted score. */
  spread: number;
  /** Reviewers disagree: the spread is at least `disagreementShare` of the scale's range. */
  isDisputed: boolean;
  /** Mean of the reviews' z-scores within their reviewers' own reviews; 0 is an average review. */
  normalised: number;
};

/** Aggregates submitted reviews per submission. `scale` is the cycle's score range. */
export function aggregateReviews(
  reviews: readonly ReviewScores[],
  criteria: readonly CriterionWeight[],
  scale: { min: number; max: number },
  disagreementShare = 0.4,
): SubmissionAggregate[] {
  const scored = reviews.flatMap((r) => {
    const score = weightedScore(r.scores, criteria);
    return score === null ? [] : [{ ...r, score }];
  });

  // Each reviewer's own mean and spread, to see a review against the reviewer's habits.
  const byReviewer = new Map<string, number[]>();
  // Appended in place: copying the list per review grew with the square of a reviewer's reviews.
  for (const r of scored) {
    const xs = byReviewer.get(r.reviewerId);
    if (xs) xs.push(r.score);
    else byReviewer.set(r.reviewerId, [r.score]);
  }
  const habits = new Map([...byReviewer].map(([id, xs]) => [id, { mean: mean(xs), sd: standardDeviation(xs) }]));
  // A reviewer with a single review, or identical scores throughout, shows no habit to correct.
  const z = (reviewerId: string, score: number) => {
    const h = habits.get(reviewerId)!;
    return h.sd > 0 ? (score - h.mean) / h.sd : 0;
  };

  const bySubmission = new Map<string, typeof scored>();
  for (const r of scored) {
    const rs = bySubmission.get(r.submissionId);
    if (rs) rs.push(r);
    else bySubmission.set(r.submissionId, [r]);
  }
  const range = scale.max - scale.min;
  return [...bySubmission].map(([submissionId, rs]) => {
    const scores = rs.map((r) => r.score);
    const spread = Math.max(...scores) - Math.min(...scores);
    return {
      submissionId,
      reviewCount: rs.length,
      mean: mean(scores),
      median: median(scores),
      spread,
      isDisputed: rs.length > 1 && range > 0 && spread >= disagreementShare * range,
      normalised: mean(rs.map((r) => z(r.reviewerId, r.score))),
    };
  });
}
