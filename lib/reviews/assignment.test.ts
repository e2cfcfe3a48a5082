import { describe, expect, it } from 'vitest';
import { planAssignments, type AssignableReviewer, type AssignableSubmission } from './assignment';
import { hasConflict } from './conflicts';

/** A small deterministic PRNG (mulberry32) so generated cases are repeatable. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['contoso.com', 'fabrikam.com', 'gmail.com', 'northwind.test'];

function generate(seed: number) {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const categories = ['azure', 'ai', 'security'].slice(0, 1 + Math.floor(random() * 3));
  const reviewers: AssignableReviewer[] = Array.from({ length: 3 + Math.floor(random() * 10) }, (_, i) => ({
    id: `r${String(i).padStart(2, '0')}`,
    email: `reviewer${i}@${pick(DOMAINS)}`,
    categoryIds: categories.filter(() => random() < 0.7),
    load: Math.floor(random() * 3),
  }));
  const submissions: AssignableSubmission[] = Array.from({ length: 1 + Math.floor(random() * 25) }, (_, i) => ({
    id: `s${String(i).padStart(3, '0')}`,
    categoryId: pick(categories),
    candidateId: `c${i}`,
    candidateEmail: `candidate${i}@${pick(DOMAINS)}`,
    nominatorId: random() < 0.3 ? pick(reviewers).id : null,
    endorserIds: random() < 0.2 ? [pick(reviewers).id] : [],
    declaredReviewerIds: random() < 0.2 ? [pick(reviewers).id] : [],
    assignedReviewerIds: random() < 0.2 ? [pick(reviewers).id] : [],
  }));
  return { reviewers, submissions, perSubmission: 1 + Math.floor(random() * 3) };
}

describe('planAssignments on 300 generated programs', () => {
  for (let seed = 1; seed <= 300; seed++) {
    it(`keeps every rule (case ${seed})`, () => {
      const { reviewers, submissions, perSubmission } = generate(seed);
      const plan = planAssignments(submissions, reviewers, perSubmission);
      const byId = new Map(reviewers.map((r) => [r.id, r]));
      const seen = new Set<string>();
      for (const a of plan.assignments) {
        const s = submissions.find((x) => x.id === a.submissionId)!;
        const r = byId.get(a.reviewerId)!;
        expect(hasConflict(r, s)).toBe(false);
        expect(r.categoryIds).toContain(s.categoryId);
        expect(s.assignedReviewerIds).not.toContain(r.id);
        const key = `${a.submissionId}/${a.reviewerId}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
      // Every submission gets its reviewers, or is reported short by exactly what it lacks.
      for (const s of submissions) {
        const got = plan.assignments.filter((a) => a.submissionId === s.id).length;
        const needed = Math.max(0, perSubmission - s.assignedReviewerIds.length);
        const missing = plan.shortfalls.find((x) => x.submissionId === s.id)?.missing ?? 0;
        expect(got + missing).toBe(needed);
        if (missing > 0) {
          // Short only when no other eligible reviewer was left for it.
          const eligible = reviewers.filter(
            (r) => r.categoryIds.includes(s.categoryId) && !hasConflict(r, s) && !s.assignedReviewerIds.includes(r.id),
          );
          expect(got).toBe(eligible.length);
        }
      }
    });
  }
});

describe('planAssignments balance', () => {
  it('spreads one category evenly across reviewers with no conflicts', () => {
    const reviewers = Array.from({ length: 7 }, (_, i) => ({ id: `r${i}`, email: `r${i}@gmail.com`, categoryIds: ['azure'], load: 0 }));
    const submissions = Array.from({ length: 40 }, (_, i) => ({
      id: `s${String(i).padStart(2, '0')}`,
      categoryId: 'azure',
      candidateId: `c${i}`,
      candidateEmail: `c${i}@example.org`,
      nominatorId: null,
      endorserIds: [],
      declaredReviewerIds: [],
      assignedReviewerIds: [],
    }));
    const plan = planAssignments(submissions, reviewers, 3);
    expect(plan.assignments).toHaveLength(120);
    expect(plan.shortfalls).toEqual([]);
    const loads = reviewers.map((r) => plan.assignments.filter((a) => a.reviewerId === r.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('gives new work to the reviewer with the lighter existing load', () => {
    const reviewers = [
      { id: 'busy', email: 'busy@gmail.com', categoryIds: ['azure'], load: 10 },
      { id: 'free', email: 'free@gmail.com', categoryIds: ['azure'], load: 0 },
    ];
    const s = {
      id: 's',
      categoryId: 'azure',
      candidateId: 'c',
      candidateEmail: 'c@x.org',
      nominatorId: null,
      endorserIds: [],
      declaredReviewerIds: [],
      assignedReviewerIds: [],
    };
    expect(planAssignments([s], reviewers, 1).assignments).toEqual([{ submissionId: 's', reviewerId: 'free' }]);
  });

  it('never assigns the nominator even when they are the only reviewer of the category', () => {
    const reviewers = [{ id: 'nom', email: 'nom@gmail.com', categoryIds: ['azure'], load: 0 }];
    const s = {
      id: 's',
      categoryId: 'azure',
      candidateId: 'c',
      candidateEmail: 'c@x.org',
      nominatorId: 'nom',
      endorserIds: [],
      declaredReviewerIds: [],
      assignedReviewerIds: [],
    };
    expect(planAssignments([s], reviewers, 2)).toEqual({ assignments: [], shortfalls: [{ submissionId: 's', missing: 2 }] });
  });
});
