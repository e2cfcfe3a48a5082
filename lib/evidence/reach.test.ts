import { describe, expect, it } from 'vitest';
import { describeReachLine, ordinal, reachExplanation, reachLineFor, type ReachFigure } from './reach';

const figure = (overrides: Partial<ReachFigure>): ReachFigure => ({
  itemId: 'item',
  metric: 'VIEWS',
  basis: 'CATEGORY',
  categoryName: 'Azure',
  comparedWith: 140,
  percentile: 82,
  ...overrides,
});

describe('reachLineFor', () => {
  it('shows the type’s most telling figure the item has', () => {
    // A video's views come before its subscribers; a blog post without views is shown by its subscribers.
    const figures = [figure({ metric: 'SUBSCRIBERS', percentile: 10 }), figure({ metric: 'VIEWS', percentile: 82 })];
    expect(reachLineFor({ type: 'VIDEO', metrics: { SUBSCRIBERS: 5, VIEWS: 9000 } }, figures)).toMatchObject({
      metric: 'VIEWS',
      percentile: 82,
    });
    expect(reachLineFor({ type: 'BLOG', metrics: { SUBSCRIBERS: 5 } }, figures)).toMatchObject({ metric: 'SUBSCRIBERS', percentile: 10 });
  });

  it('says nothing for an item without figures, and “not ranked yet” before the next refresh', () => {
    expect(reachLineFor({ type: 'MENTORING', metrics: {} }, [])).toEqual({ kind: 'none' });
    expect(reachLineFor({ type: 'VIDEO', metrics: { VIEWS: 10 } }, undefined)).toEqual({ kind: 'pending', metric: 'VIEWS' });
  });

  it('passes on “too few” with the count', () => {
    const line = reachLineFor({ type: 'VIDEO', metrics: { VIEWS: 10 } }, [figure({ basis: 'TOO_FEW', percentile: null, comparedWith: 4 })]);
    expect(line).toEqual({ kind: 'too-few', metric: 'VIEWS', comparedWith: 4 });
  });
});

describe('describeReachLine', () => {
  it('names the percentile, the count, the category or “all categories”, and the scope', () => {
    expect(
      describeReachLine({ kind: 'ranked', metric: 'VIEWS', percentile: 82, comparedWith: 140, categoryName: 'Azure' }, 'VIDEO', 'cycle'),
    ).toBe('82nd percentile of 140 “Video” items in Azure this cycle');
    expect(
      describeReachLine({ kind: 'ranked', metric: 'VIEWS', percentile: 3, comparedWith: 1200, categoryName: null }, 'BLOG', 'window'),
    ).toBe('3rd percentile of 1,200 “Blog post or article” items across all categories in the last 12 months');
    expect(describeReachLine({ kind: 'too-few', metric: 'VIEWS', comparedWith: 1 }, 'VIDEO', 'cycle')).toBe(
      'not enough to compare (1 “Video” item this cycle; a percentile needs 20)',
    );
    expect(describeReachLine({ kind: 'pending', metric: 'VIEWS' }, 'VIDEO', 'cycle')).toMatch(/^not ranked yet/);
  });

  it('writes ordinals as people do', () => {
    expect([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 52, 100, 101, 111].map(ordinal)).toEqual([
      '0th',
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '52nd',
      '100th',
      '101st',
      '111th',
    ]);
  });

  it('explains itself in one sentence with the threshold and the refresh', () => {
    for (const scope of ['cycle', 'window'] as const) {
      const text = reachExplanation(scope);
      expect(text.match(/\.(\s|$)/g)).toHaveLength(1);
      expect(text).toContain('20');
      expect(text).toContain('not enough to compare');
      expect(text).toContain('every 5 minutes');
    }
  });
});
