import { describe, expect, it } from 'vitest';
import { canTransitionMembership, MEMBERSHIP_TRANSITIONS, nextTermAfter, reminderDue, renewalOpensOn, termFrom } from './lifecycle';

describe('membership transitions', () => {
  it('allows exactly the listed moves', () => {
    const states = Object.keys(MEMBERSHIP_TRANSITIONS) as (keyof typeof MEMBERSHIP_TRANSITIONS)[];
    const allowed = states.flatMap((from) => states.filter((to) => canTransitionMembership(from, to)).map((to) => `${from}->${to}`));
    expect(allowed.sort()).toEqual(['ACTIVE->ALUMNI', 'ACTIVE->LAPSED', 'ALUMNI->ACTIVE', 'LAPSED->ACTIVE', 'LAPSED->ALUMNI']);
  });
});

describe('membership year dates', () => {
  it('lasts 12 months from approval, both days included', () => {
    expect(termFrom('2026-03-02')).toEqual({ startsOn: '2026-03-02', endsOn: '2027-03-01' });
    expect(termFrom('2026-01-01')).toEqual({ startsOn: '2026-01-01', endsOn: '2026-12-31' });
  });
  it('handles a start on a leap day', () => {
    expect(termFrom('2028-02-29')).toEqual({ startsOn: '2028-02-29', endsOn: '2029-02-27' });
  });
  it('renews from the day after the current year ends', () => {
    expect(nextTermAfter('2027-03-01')).toEqual({ startsOn: '2027-03-02', endsOn: '2028-03-01' });
  });
  it('opens renewal 90 days before the end', () => {
    expect(renewalOpensOn('2027-03-01')).toBe('2026-12-01');
  });
});

describe('renewal reminders', () => {
  const term = { endsOn: '2027-03-01', isRenewed: false };
  it('sends nothing before the window', () => {
    expect(reminderDue(term, '2026-11-30', [])).toBeNull();
  });
  it('sends each reminder on its day, once', () => {
    expect(reminderDue(term, '2026-12-01', [])).toBe(90);
    expect(reminderDue(term, '2026-12-02', [90])).toBeNull();
    expect(reminderDue(term, '2026-12-31', [90])).toBe(60);
    expect(reminderDue(term, '2027-01-30', [90, 60])).toBe(30);
    expect(reminderDue(term, '2027-02-14', [90, 60, 30])).toBe(15);
    expect(reminderDue(term, '2027-02-20', [90, 60, 30, 15])).toBeNull();
  });
  it('sends only the latest due reminder after a gap, not a burst', () => {
    expect(reminderDue(term, '2027-02-20', [])).toBe(15);
  });
  it('sends none after renewal or once the year has ended', () => {
    expect(reminderDue({ ...term, isRenewed: true }, '2027-01-30', [])).toBeNull();
    expect(reminderDue(term, '2027-03-02', [])).toBeNull();
  });
  it('still reminds on the last day of the year', () => {
    expect(reminderDue(term, '2027-03-01', [90, 60, 30])).toBe(15);
  });
});
