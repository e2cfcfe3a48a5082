import { describe, expect, it } from 'vitest';
import { mergeDraft } from './merge';

const defaults = { title: '', isPaid: false, metrics: {} as Record<string, string>, itemIds: [] as string[] };

describe('mergeDraft', () => {
  it('restores the fields the form has, with values of the right type', () => {
    expect(mergeDraft(defaults, { title: 'AKS', isPaid: true, metrics: { VIEWS: '12' }, itemIds: ['a', 'b'] })).toEqual({
      title: 'AKS',
      isPaid: true,
      metrics: { VIEWS: '12' },
      itemIds: ['a', 'b'],
    });
  });

  it('ignores unknown fields and values of the wrong type (an old draft of a changed form)', () => {
    expect(mergeDraft(defaults, { title: 42, isPaid: 'yes', extra: 'x', metrics: { VIEWS: { nested: true } }, itemIds: [1, 'a'] })).toEqual(
      {
        title: '',
        isPaid: false,
        metrics: {},
        itemIds: ['a'],
      },
    );
  });

  it('returns the defaults for anything that is not an object', () => {
    expect(mergeDraft(defaults, null)).toBe(defaults);
    expect(mergeDraft(defaults, 'text')).toBe(defaults);
    expect(mergeDraft(defaults, [1, 2])).toBe(defaults);
  });
});
