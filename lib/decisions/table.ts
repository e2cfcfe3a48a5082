// The decisions table's rows, and how the admin filters and sorts them. Pure; safe for the browser.
import type { SubmissionAggregate } from '@/lib/reviews/aggregate';
import type { DecisionFilter, DecisionSort, DecisionView } from './schema';

export type DecisionRow = {
  submissionId: string;
  candidateName: string;
  kind: 'NOMINATION' | 'RENEWAL';
  categoryName: string;
  focusAreaName: string | null;
  reviewsSubmitted: number;
  reviewsAssigned: number;
  aggregate: SubmissionAggregate | null;
  decision: { outcome: 'AWARD' | 'NO_AWARD'; releasedAt: Date | null } | null;
};

const FILTERS: Record<DecisionFilter, (r: DecisionRow) => boolean> = {
  all: () => true,
  disputed: (r) => Boolean(r.aggregate?.isDisputed),
  undecided: (r) => !r.decision,
  unreleased: (r) => Boolean(r.decision && !r.decision.releasedAt),
  released: (r) => Boolean(r.decision?.releasedAt),
};

const SORT_KEYS: Record<DecisionSort, (r: DecisionRow) => number | string | null> = {
  candidate: (r) => r.candidateName.toLowerCase(),
  mean: (r) => r.aggregate?.mean ?? null,
  median: (r) => r.aggregate?.median ?? null,
  spread: (r) => r.aggregate?.spread ?? null,
  normalised: (r) => r.aggregate?.normalised ?? null,
  reviews: (r) => r.reviewsSubmitted,
};

/** Filters and sorts rows as the table's view says; rows without a value sort last either way. */
export function arrangeRows(rows: readonly DecisionRow[], view: Pick<DecisionView, 'sort' | 'dir' | 'show'>): DecisionRow[] {
  const key = SORT_KEYS[view.sort];
  const sign = view.dir === 'asc' ? 1 : -1;
  return rows.filter(FILTERS[view.show]).sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return order * sign || a.candidateName.localeCompare(b.candidateName);
  });
}

/** One page of the arranged rows (pages from 1; a page past the end shows the last one). */
export function pageOfRows<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pageCount: number } {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount };
}
