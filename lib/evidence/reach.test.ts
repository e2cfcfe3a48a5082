import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { describeReachLine, ordinal, reachExplanation, reachLineFor, reachLineLabel, type ReachFigure, type ReachWords } from './reach';

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

/** The reach lines' words as the review page reads them (components/evidence/reach-words.ts), in `locale`. */
function wordsIn(locale: Locale): ReachWords {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: 'review.reach' });
  const tf = createTranslator({ locale, messages, namespace: 'evidenceForm' });
  return { t: (key, values) => t(key, values), type: (type) => tf(`types.${type}`), metric: (metric) => tf(`metrics.${metric}`) };
}

describe('the reach lines in the reader’s language', () => {
  const lines = [
    { kind: 'ranked', metric: 'VIEWS', percentile: 82, comparedWith: 140, categoryName: 'Azure' },
    { kind: 'ranked', metric: 'VIEWS', percentile: 3, comparedWith: 1200, categoryName: null },
    { kind: 'ranked', metric: 'VIEWS', percentile: 11, comparedWith: 21, categoryName: null },
    { kind: 'ranked', metric: 'VIEWS', percentile: 101, comparedWith: 12345, categoryName: 'AI' },
    { kind: 'too-few', metric: 'VIEWS', comparedWith: 1 },
    { kind: 'too-few', metric: 'VIEWS', comparedWith: 7 },
    { kind: 'pending', metric: 'VIEWS' },
  ] as const;

  it('says in English, from the messages, exactly what the English lines say', () => {
    const en = wordsIn('en');
    for (const scope of ['cycle', 'window'] as const) {
      for (const line of lines) expect(describeReachLine(line, 'BLOG', scope, en)).toBe(describeReachLine(line, 'BLOG', scope));
      expect(reachExplanation(scope, en)).toBe(reachExplanation(scope));
    }
    for (const metric of ['VIEWS', 'PAGE_VISIT_SECONDS', 'ATTENDEES'] as const)
      expect(reachLineLabel(metric, en)).toBe(reachLineLabel(metric));
  });

  it('says the percentile, the count and the type’s Spanish name in Spanish, numbers written the Spanish way', () => {
    const es = wordsIn('es');
    expect(describeReachLine(lines[0], 'VIDEO', 'cycle', es)).toBe('percentil 82 de 140 elementos “Vídeo” en Azure en este ciclo');
    expect(describeReachLine(lines[3], 'BLOG', 'window', es)).toBe(
      'percentil 101 de 12.345 elementos “Entrada de blog o artículo” en AI en los últimos 12 meses',
    );
    expect(describeReachLine(lines[1], 'VIDEO', 'cycle', es)).toBe(
      'percentil 3 de 1200 elementos “Vídeo” en todas las categorías en este ciclo',
    );
    expect(describeReachLine(lines[4], 'VIDEO', 'cycle', es)).toBe(
      'no hay suficientes para comparar (1 elemento “Vídeo” en este ciclo; un percentil necesita 20)',
    );
    expect(describeReachLine(lines[6], 'VIDEO', 'cycle', es)).toBe('todavía sin clasificar (los percentiles se actualizan cada 5 minutos)');
    expect(reachLineLabel('VIEWS', es)).toBe('Percentil de alcance (visualizaciones)');
    const explanation = reachExplanation('cycle', es);
    expect(explanation).toMatch(/^Un percentil de alcance .* ciclo de premios: .* al menos 20 .* cada 5 minutos\.$/);
    expect(explanation.match(/\.(\s|$)/g)).toHaveLength(1);
  });
});
