// Reach as a percentile: raw figures (5,000 views, 5,000 attendees) mean nothing across kinds of
// contribution, so each item's main reach figure is ranked among the items of the same type in the
// same cycle. The ranking itself is SQL (the "ReachPercentile" materialized view, refreshed by a
// job: lib/evidence/reach-queries.ts); this module picks the figure an item is shown by and says it
// in words. Safe for the browser.
import type { ContributionType, ReachMetric } from '@/lib/generated/prisma/enums';
import { CONTRIBUTION_TYPES, METRIC_LABELS } from './types';

/** Groups smaller than this say "not enough to compare" (the view uses the same number). */
export const MIN_COMPARABLE_ITEMS = 20;

/** How often the worker refreshes the percentiles (the cron of reach.refresh-percentiles). */
export const REACH_REFRESH_MINUTES = 5;

/** One row of the view: an item's figure, ranked in its category, across its type, or not at all. */
export type ReachFigure = {
  itemId: string;
  metric: ReachMetric;
  basis: 'CATEGORY' | 'TYPE' | 'TOO_FEW';
  /** The award category it was ranked in (basis CATEGORY only). */
  categoryName: string | null;
  /** How many items (this one included) it was measured against. */
  comparedWith: number;
  /** 0–100: the share of the others with a lower figure; null when too few. */
  percentile: number | null;
};

/** What one item shows: nothing (no figures), a figure not ranked yet, too few to compare, or a rank. */
export type ReachLine =
  | { kind: 'none' }
  | { kind: 'pending'; metric: ReachMetric }
  | { kind: 'too-few'; metric: ReachMetric; comparedWith: number }
  | { kind: 'ranked'; metric: ReachMetric; percentile: number; comparedWith: number; categoryName: string | null };

/** The item's main reach figure (its type's most telling metric that it has) and where it ranks. */
export function reachLineFor(
  item: { type: ContributionType; metrics: Partial<Record<string, number>> },
  figures: readonly ReachFigure[] | undefined,
): ReachLine {
  const metric = CONTRIBUTION_TYPES[item.type].metrics.find((m) => typeof item.metrics[m] === 'number');
  if (!metric) return { kind: 'none' };
  const figure = figures?.find((f) => f.metric === metric);
  if (!figure) return { kind: 'pending', metric };
  if (figure.basis === 'TOO_FEW' || figure.percentile === null) return { kind: 'too-few', metric, comparedWith: figure.comparedWith };
  return { kind: 'ranked', metric, percentile: figure.percentile, comparedWith: figure.comparedWith, categoryName: figure.categoryName };
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 100th. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
}

/** Whose items an item is compared with: the cycle's submissions (review page) or everyone's log of the last 12 months. */
export type ReachScope = 'cycle' | 'window';

const SCOPE_WORDS: Record<ReachScope, string> = { cycle: 'this cycle', window: 'in the last 12 months' };

/** The keys of the reach lines' messages (`review.reach` in lib/i18n/messages). */
export type ReachMessageKey =
  | 'label'
  | 'items'
  | 'pending'
  | 'tooFew'
  | 'ranked'
  | 'inCategory'
  | 'acrossAll'
  | 'scopeCycle'
  | 'scopeWindow'
  | 'populationCycle'
  | 'populationWindow'
  | 'explanation';

/** The reach lines' words in the reader's language: the `review.reach` messages (numbers written by the
 * translator, the reader's way) and the names of contribution types and metrics. */
export type ReachWords = {
  t: (key: ReachMessageKey, values?: Record<string, string | number>) => string;
  type: (type: ContributionType) => string;
  metric: (metric: ReachMetric) => string;
};

const scopeKey = (scope: ReachScope) => (scope === 'cycle' ? 'scopeCycle' : 'scopeWindow');

function describeIn(words: ReachWords, line: Exclude<ReachLine, { kind: 'none' }>, type: ContributionType, scope: ReachScope): string {
  const { t } = words;
  const items = (count: number) => t('items', { count, type: words.type(type) });
  switch (line.kind) {
    case 'pending':
      return t('pending', { minutes: REACH_REFRESH_MINUTES });
    case 'too-few':
      return t('tooFew', { items: items(line.comparedWith), scope: t(scopeKey(scope)), min: MIN_COMPARABLE_ITEMS });
    case 'ranked':
      return t('ranked', {
        percentile: line.percentile,
        items: items(line.comparedWith),
        where: line.categoryName ? t('inCategory', { category: line.categoryName }) : t('acrossAll'),
        scope: t(scopeKey(scope)),
      });
  }
}

/** The line in words, after the metric's name: "82nd percentile of 140 “Video” items in Azure this cycle"
 * (in English unless `words` says it in another language). */
export function describeReachLine(
  line: Exclude<ReachLine, { kind: 'none' }>,
  type: ContributionType,
  scope: ReachScope,
  words?: ReachWords,
): string {
  if (words) return describeIn(words, line, type, scope);
  const items = (n: number) => `${n.toLocaleString('en-US')} “${CONTRIBUTION_TYPES[type].label}” item${n === 1 ? '' : 's'}`;
  switch (line.kind) {
    case 'pending':
      return `not ranked yet (percentiles are refreshed every ${REACH_REFRESH_MINUTES} minutes)`;
    case 'too-few':
      return `not enough to compare (${items(line.comparedWith)} ${SCOPE_WORDS[scope]}; a percentile needs ${MIN_COMPARABLE_ITEMS})`;
    case 'ranked':
      return `${ordinal(line.percentile)} percentile of ${items(line.comparedWith)} ${line.categoryName ? `in ${line.categoryName}` : 'across all categories'} ${SCOPE_WORDS[scope]}`;
  }
}

/** The metric's name as the line starts: "Reach percentile (views)". */
export function reachLineLabel(metric: ReachMetric, words?: ReachWords): string {
  if (words) return words.t('label', { metric: words.metric(metric).toLocaleLowerCase() });
  return `Reach percentile (${METRIC_LABELS[metric].toLowerCase()})`;
}

/** The one sentence each page shows above its items. */
export function reachExplanation(scope: ReachScope, words?: ReachWords): string {
  if (words) {
    const population = words.t(scope === 'cycle' ? 'populationCycle' : 'populationWindow');
    return words.t('explanation', { population, min: MIN_COMPARABLE_ITEMS, minutes: REACH_REFRESH_MINUTES });
  }
  const population =
    scope === 'cycle'
      ? 'the items of the same type submitted in this award cycle'
      : 'everyone’s contributions of the same type dated in the last 12 months';
  return `A reach percentile ranks an item’s main reach figure among ${population}, within its award category when at least ${MIN_COMPARABLE_ITEMS} have that figure and across all categories otherwise (the 80th percentile is higher than 80% of them; fewer than ${MIN_COMPARABLE_ITEMS} items are not enough to compare), and is refreshed every ${REACH_REFRESH_MINUTES} minutes.`;
}
