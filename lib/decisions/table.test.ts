import { describe, expect, it } from 'vitest';
import { arrangeRows, type DecisionRow } from './table';

const row = (name: string, mean: number | null, extra: Partial<DecisionRow> = {}): DecisionRow => ({
  submissionId: name,
  candidateName: name,
  kind: 'NOMINATION',
  categoryName: 'Azure',
  focusAreaName: null,
  reviewsSubmitted: mean === null ? 0 : 2,
  reviewsAssigned: 2,
  aggregate:
    mean === null ? null : { submissionId: name, reviewCount: 2, mean, median: mean, spread: 0, isDisputed: false, normalised: mean - 3 },
  decision: null,
  ...extra,
});

const rows = [
  row('Bea', 3.2),
  row('Ada', 4.5),
  row('Cy', null),
  row('Dee', 2.1, { decision: { outcome: 'NO_AWARD', releasedAt: null } }),
  row('Eve', 4.0, { decision: { outcome: 'AWARD', releasedAt: new Date() } }),
];
const names = (rs: DecisionRow[]) => rs.map((r) => r.candidateName);

describe('arrangeRows', () => {
  it('sorts by mean, highest first, with unscored rows last', () => {
    expect(names(arrangeRows(rows, { sort: 'mean', dir: 'desc', show: 'all' }))).toEqual(['Ada', 'Eve', 'Bea', 'Dee', 'Cy']);
    expect(names(arrangeRows(rows, { sort: 'mean', dir: 'asc', show: 'all' }))).toEqual(['Dee', 'Bea', 'Eve', 'Ada', 'Cy']);
  });
  it('sorts by name', () => {
    expect(names(arrangeRows(rows, { sort: 'candidate', dir: 'asc', show: 'all' }))).toEqual(['Ada', 'Bea', 'Cy', 'Dee', 'Eve']);
  });
  it('filters undecided, unreleased and released', () => {
    expect(names(arrangeRows(rows, { sort: 'candidate', dir: 'asc', show: 'undecided' }))).toEqual(['Ada', 'Bea', 'Cy']);
    expect(names(arrangeRows(rows, { sort: 'candidate', dir: 'asc', show: 'unreleased' }))).toEqual(['Dee']);
    expect(names(arrangeRows(rows, { sort: 'candidate', dir: 'asc', show: 'released' }))).toEqual(['Eve']);
  });
  it('filters disputed submissions', () => {
    const disputed = row('Fay', 3, {});
    disputed.aggregate = { ...disputed.aggregate!, isDisputed: true, spread: 2.5 };
    expect(names(arrangeRows([...rows, disputed], { sort: 'spread', dir: 'desc', show: 'disputed' }))).toEqual(['Fay']);
  });
});
