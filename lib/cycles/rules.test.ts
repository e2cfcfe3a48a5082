import { describe, expect, it } from 'vitest';
import {
  checkDateChanges,
  daysOf,
  editedInstants,
  instantsOf,
  isTakingNominations,
  overlappingCycle,
  scheduleProblems,
  shiftedByYears,
  type CycleDays,
} from './rules';

const DAYS: CycleDays = {
  nominationsOpenOn: '2027-09-01',
  nominationsCloseOn: '2028-03-31',
  submissionDeadlineOn: '2028-04-15',
  reviewDueOn: '2028-05-15',
  decisionsReleaseOn: '2028-06-01',
  renewalOpensOn: '2028-03-01',
  renewalDeadlineOn: '2028-04-30',
};
const LA = 'America/Los_Angeles';

describe('a cycle’s days and instants', () => {
  it('opens at the first moment of a day and closes with its whole day, in the admin’s time zone', () => {
    const at = instantsOf(DAYS, LA);
    expect(at.nominationsOpenAt.toISOString()).toBe('2027-09-01T07:00:00.000Z');
    expect(at.nominationsCloseAt.toISOString()).toBe('2028-04-01T06:59:59.999Z');
    expect(at.renewalOpensAt.toISOString()).toBe('2028-03-01T08:00:00.000Z'); // before the clocks change
    expect(daysOf(at, LA)).toEqual(DAYS);
  });

  it('keeps a day an admin in another time zone left unchanged exactly as stored', () => {
    const stored = instantsOf(DAYS, LA);
    const shown = daysOf(stored, 'Europe/Berlin');
    expect(shown.nominationsCloseOn).toBe('2028-04-01'); // 23:59 in Los Angeles is the next morning in Berlin
    const saved = editedInstants(stored, { ...shown, submissionDeadlineOn: '2028-04-20' }, 'Europe/Berlin');
    expect(saved.nominationsCloseAt).toEqual(stored.nominationsCloseAt);
    expect(saved.submissionDeadline.toISOString()).toBe('2028-04-20T21:59:59.999Z');
  });
});

describe('the schedule', () => {
  it('accepts dates in order, one day for several steps included', () => {
    expect(scheduleProblems(DAYS)).toEqual({});
    const oneDay = Object.fromEntries(Object.keys(DAYS).map((k) => [k, '2027-09-01'])) as CycleDays;
    expect(scheduleProblems(oneDay)).toEqual({});
  });

  it('names the field that comes too early', () => {
    expect(scheduleProblems({ ...DAYS, submissionDeadlineOn: '2028-03-30' })).toEqual({
      submissionDeadlineOn: ['Evidence cannot be due before nominations close.'],
    });
    expect(scheduleProblems({ ...DAYS, nominationsCloseOn: '2027-08-31', submissionDeadlineOn: '2027-09-15' })).toMatchObject({
      nominationsCloseOn: ['Nominations cannot close before they open.'],
    });
    expect(scheduleProblems({ ...DAYS, renewalDeadlineOn: '2028-06-01' })).toMatchObject({
      reviewDueOn: ['Reviews cannot be due before MVP renewals are in.'],
    });
  });
});

describe('two cycles open for nominations in one category', () => {
  const at = instantsOf(DAYS, LA);
  const other = {
    id: 'b',
    name: 'Mid-year round',
    status: 'OPEN' as const,
    opensAt: new Date('2028-01-01T00:00:00Z'),
    closesAt: new Date('2028-02-01T00:00:00Z'),
    categoryIds: ['azure', 'security'],
  };
  const mine = { id: 'a', opensAt: at.nominationsOpenAt, closesAt: at.nominationsCloseAt, categoryIds: ['azure', 'm365'] };

  it('are refused when their dates overlap and they share a category', () => {
    expect(overlappingCycle(mine, [other])).toEqual({ cycle: other, categoryIds: ['azure'] });
  });

  it('are fine in other categories, on other days, or when the other is not open', () => {
    expect(overlappingCycle({ ...mine, categoryIds: ['m365'] }, [other])).toBeNull();
    expect(overlappingCycle(mine, [{ ...other, opensAt: new Date('2028-05-01'), closesAt: new Date('2028-06-01') }])).toBeNull();
    expect(overlappingCycle(mine, [{ ...other, status: 'CLOSED' }])).toBeNull();
    expect(overlappingCycle(mine, [{ ...other, status: 'PLANNED' }])).toBeNull();
    expect(overlappingCycle({ ...mine, id: 'b' }, [other])).toBeNull(); // itself
  });
});

describe('changing the dates of a cycle that is under way', () => {
  const before = instantsOf(DAYS, LA);
  const now = new Date('2027-12-01T00:00:00Z');

  it('lets a draft change anything', () => {
    const after = instantsOf({ ...DAYS, nominationsOpenOn: '2027-08-01' }, LA);
    expect(checkDateChanges({ status: 'PLANNED', before, after, now, hasCandidates: true, changeNote: '' }).errors).toEqual({});
  });

  it('refuses to move a date that has passed, or into the past', () => {
    const moved = instantsOf({ ...DAYS, nominationsOpenOn: '2027-10-01', submissionDeadlineOn: '2027-11-20' }, LA);
    const { errors } = checkDateChanges({ status: 'OPEN', before, after: moved, now, hasCandidates: false, changeNote: '' });
    expect(errors.nominationsOpenOn).toEqual(['Nominations open has passed; it can no longer change.']);
    expect(errors.submissionDeadlineOn).toEqual(['Evidence due cannot move into the past.']);
  });

  it('asks for a note when candidates rely on a changed date, and tells which changed', () => {
    const after = instantsOf({ ...DAYS, submissionDeadlineOn: '2028-04-30' }, LA);
    const silent = checkDateChanges({ status: 'OPEN', before, after, now, hasCandidates: true, changeNote: ' ' });
    expect(silent.errors.changeNote?.[0]).toMatch(/Candidates already rely on these dates/);
    const told = checkDateChanges({ status: 'OPEN', before, after, now, hasCandidates: true, changeNote: 'Two more weeks.' });
    expect(told).toEqual({ errors: {}, reliedOnChanged: ['submissionDeadline'] });
    expect(checkDateChanges({ status: 'OPEN', before, after, now, hasCandidates: false, changeNote: '' }).errors).toEqual({});
  });
});

describe('taking nominations and next year', () => {
  it('takes nominations only when open and within its dates', () => {
    const c = { status: 'OPEN' as const, nominationsOpenAt: new Date('2027-09-01'), nominationsCloseAt: new Date('2028-04-01') };
    expect(isTakingNominations(c, new Date('2027-10-01'))).toBe(true);
    expect(isTakingNominations(c, new Date('2028-04-02'))).toBe(false);
    expect(isTakingNominations({ ...c, status: 'IN_REVIEW' }, new Date('2027-10-01'))).toBe(false);
  });

  it('moves every day by a year, 29 February to 28', () => {
    expect(shiftedByYears({ a: '2027-09-01', b: '2028-02-29' }, 1)).toEqual({ a: '2028-09-01', b: '2029-02-28' });
  });
});
