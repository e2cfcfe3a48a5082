import { describe, expect, it } from 'vitest';
import { aggregateReviews, median, standardDeviation, weightedScore } from './aggregate';

const criteria = [
  { criterionId: 'impact', weight: 0.3 },
  { criterionId: 'quality', weight: 0.25 },
  { criterionId: 'consistency', weight: 0.15 },
  { criterionId: 'leadership', weight: 0.15 },
  { criterionId: 'fit', weight: 0.15 },
];

describe('weightedScore', () => {
  it('weights each criterion (hand-computed)', () => {
    // 5*.3 + 4*.25 + 3*.15 + 2*.15 + 1*.15 = 1.5 + 1 + .45 + .3 + .15 = 3.4
    expect(weightedScore({ impact: 5, quality: 4, consistency: 3, leadership: 2, fit: 1 }, criteria)).toBeCloseTo(3.4, 10);
  });
  it('leaves unscored criteria out of both sums, and is null with nothing scored', () => {
    // (5*.3 + 3*.25) / .55 = 2.25 / .55
    expect(weightedScore({ impact: 5, quality: 3 }, criteria)).toBeCloseTo(2.25 / 0.55, 10);
    expect(weightedScore({}, criteria)).toBeNull();
  });
});

describe('median and standard deviation', () => {
  it('computes them as a person would', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });
});

describe('aggregateReviews', () => {
  const flat = (reviewId: string, reviewerId: string, submissionId: string, score: number) => ({
    reviewId,
    reviewerId,
    submissionId,
    scores: { impact: score, quality: score, consistency: score, leadership: score, fit: score },
  });

  it('gives mean, median, spread and flags a dispute (hand-computed)', () => {
    const [a] = aggregateReviews([flat('1', 'r1', 'A', 5), flat('2', 'r2', 'A', 2), flat('3', 'r3', 'A', 4)], criteria, { min: 1, max: 5 });
    expect(a).toMatchObject({ submissionId: 'A', reviewCount: 3, median: 4, spread: 3, isDisputed: true });
    expect(a!.mean).toBeCloseTo(11 / 3, 10);
  });

  it('does not flag close scores', () => {
    const [a] = aggregateReviews([flat('1', 'r1', 'A', 4), flat('2', 'r2', 'A', 3)], criteria, { min: 1, max: 5 });
    expect(a!.isDisputed).toBe(false); // spread 1 < 0.4 * 4
  });

  it('corrects for a harsh and a lenient reviewer', () => {
    // The harsh reviewer scores A 3 and B 1, the lenient one A 5 and B 3: the same opinion with
    // different habits. Within each reviewer, A is +1 standard deviation and B is -1.
    const result = aggregateReviews(
      [flat('1', 'harsh', 'A', 3), flat('2', 'harsh', 'B', 1), flat('3', 'lenient', 'A', 5), flat('4', 'lenient', 'B', 3)],
      criteria,
      { min: 1, max: 5 },
    );
    const byId = Object.fromEntries(result.map((r) => [r.submissionId, r]));
    expect(byId.A!.normalised).toBeCloseTo(1, 10);
    expect(byId.B!.normalised).toBeCloseTo(-1, 10);
    expect(byId.A!.mean).toBe(4);
    expect(byId.B!.mean).toBe(2);
  });

  it('does not move a review whose reviewer has no habit to correct', () => {
    const [a] = aggregateReviews([flat('1', 'only-once', 'A', 2)], criteria, { min: 1, max: 5 });
    expect(a!.normalised).toBe(0);
  });

  it('leaves out reviews with no scores', () => {
    expect(aggregateReviews([{ reviewId: 'x', reviewerId: 'r', submissionId: 'A', scores: {} }], criteria, { min: 1, max: 5 })).toEqual([]);
  });
});
