import { describe, expect, it } from 'vitest';
import { anonymousReviewerLabels, formerReviewerLabel, otherLanguageReviewerLabels, reviewerLabel } from './labels';

describe('reviewer labels', () => {
  it('names reviewers by assignment order, in the reader’s language', () => {
    const assignments = [{ id: 'x' }, { id: 'y' }];
    expect([...anonymousReviewerLabels(assignments, (a) => a.id).values()]).toEqual(['Reviewer A', 'Reviewer B']);
    expect([...anonymousReviewerLabels(assignments, (a) => a.id, 'es').values()]).toEqual(['Revisor A', 'Revisor B']);
    expect(otherLanguageReviewerLabels(assignments, (a) => a.id, 'es').get('y')).toEqual(['Reviewer B']);
    expect(reviewerLabel(26)).toBe('Reviewer 27');
    expect([formerReviewerLabel(), formerReviewerLabel('es')]).toEqual(['Former reviewer', 'Revisor anterior']);
  });
});
