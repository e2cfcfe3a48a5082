import { describe, expect, it } from 'vitest';
import { criteriaSchema, issuesToFieldErrors, reviewSchemaFor } from './schema';

const impact = '0195f0a0-0000-7000-8000-000000000001';
const quality = '0195f0a0-0000-7000-8000-000000000002';
const rubric = {
  scoreMin: 1,
  scoreMax: 5,
  criteria: [
    { id: impact, label: 'Impact and reach' },
    { id: quality, label: 'Quality and technical depth' },
  ],
};
const base = {
  assignmentId: '0195f0a0-0000-7000-8000-0000000000aa',
  version: 0,
  intent: 'draft' as const,
  scores: { [impact]: '', [quality]: '' },
  confidence: '' as const,
  committeeComment: '',
  candidateFeedback: '',
};
const errorsOf = (input: unknown) => {
  const r = reviewSchemaFor(rubric).safeParse(input);
  return r.success ? {} : issuesToFieldErrors(r.error.issues);
};

describe('reviewSchemaFor', () => {
  it('accepts a partial draft', () => {
    const r = reviewSchemaFor(rubric).safeParse({ ...base, scores: { [impact]: '4', [quality]: '' } });
    expect(r.success && r.data.scores).toEqual({ [impact]: 4, [quality]: null });
  });

  it('refuses scores outside the cycle’s scale, in a draft too', () => {
    expect(errorsOf({ ...base, scores: { [impact]: '9', [quality]: '0' } })).toEqual({
      [`scores.${impact}`]: ['Scores run from 1 to 5'],
      [`scores.${quality}`]: ['Scores run from 1 to 5'],
    });
    expect(errorsOf({ ...base, scores: { [impact]: '-1' } })[`scores.${impact}`]).toEqual(['Scores run from 1 to 5']);
  });

  it('follows the cycle’s own scale', () => {
    const wide = { ...rubric, scoreMin: 0, scoreMax: 10 };
    expect(reviewSchemaFor(wide).safeParse({ ...base, scores: { [impact]: '9', [quality]: '0' } }).success).toBe(true);
  });

  it('requires every criterion, a confidence and both comments to submit', () => {
    expect(errorsOf({ ...base, intent: 'submit', scores: { [impact]: '4' } })).toEqual({
      [`scores.${quality}`]: ['Score quality and technical depth'],
      confidence: ['Choose your confidence'],
      committeeComment: ['Write a comment for the committee (at least 10 characters)'],
      candidateFeedback: ['Write feedback the candidate will read (at least 10 characters)'],
    });
  });

  it('refuses a score for a criterion the cycle does not have', () => {
    expect(errorsOf({ ...base, scores: { '0195f0a0-0000-7000-8000-0000000000ff': '3' } }).scores).toEqual([
      'A score names a criterion this cycle does not have',
    ]);
  });

  it('refuses text that is not a score', () => {
    expect(errorsOf({ ...base, scores: { [impact]: 'five' } })[`scores.${impact}`]).toEqual(['Choose a score']);
  });
});

describe('criteriaSchema', () => {
  const row = { id: '', label: 'Impact and reach', description: '', weight: '0.3' };
  it('parses weights and refuses zero, words and duplicate names', () => {
    const ok = criteriaSchema.safeParse({ cycleId: impact, version: 0, criteria: [row] });
    expect(ok.success && ok.data.criteria[0]!.weight).toBe(0.3);
    const bad = criteriaSchema.safeParse({
      cycleId: impact,
      version: 0,
      criteria: [
        { ...row, weight: '0' },
        { ...row, weight: 'heavy' },
      ],
    });
    expect(bad.success ? {} : issuesToFieldErrors(bad.error.issues)).toEqual({
      'criteria.0.weight': ['A weight must be more than 0'],
      'criteria.1.weight': ['Enter a weight such as 0.25 or 30'],
      'criteria.1.label': ['Two criteria have this name'],
    });
  });
});
