import { describe, expect, it } from 'vitest';
import { findMentions, handleOf } from './mentions';

const people = [
  { userId: 'a', label: 'Reviewer A' },
  { userId: 'b', label: 'Reviewer B' },
  { userId: 'admin', label: 'Avery Admin' },
  { userId: 'zoe', label: 'Zoë O’Brien' },
];

describe('mentions', () => {
  it('makes a handle of a label’s letters and digits', () => {
    expect(handleOf('Reviewer B')).toBe('ReviewerB');
    expect(handleOf('Zoë O’Brien')).toBe('ZoëOBrien');
  });

  it('finds each person mentioned once, in any case, beside punctuation', () => {
    const found = findMentions('@reviewerb, what did you make of the talks? (cc @AveryAdmin) @ReviewerB again', people);
    expect(found.map((m) => m.userId)).toEqual(['b', 'admin']);
    expect(findMentions('@ZoëOBrien see above', people).map((m) => m.userId)).toEqual(['zoe']);
  });

  it('ignores email addresses, unknown handles and handles run into other words', () => {
    expect(findMentions('write to someone@ReviewerA.example or @Nobody', people)).toEqual([]);
    expect(findMentions('@ReviewerAB is not Reviewer A', people)).toEqual([]);
  });
});
