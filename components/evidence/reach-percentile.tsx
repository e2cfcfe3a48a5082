import {
  describeReachLine,
  reachExplanation,
  reachLineFor,
  reachLineLabel,
  type ReachFigure,
  type ReachScope,
  type ReachWords,
} from '@/lib/evidence/reach';
import type { ContributionType } from '@/lib/generated/prisma/enums';

/** One item's reach percentile in a line ("Reach percentile (views): 82nd percentile of 140 …"); nothing for an item without
 * figures. In English unless `words` (components/evidence/reach-words.ts) gives the reader's language. */
export function ReachPercentileLine({
  item,
  figures,
  scope,
  words,
}: {
  item: { type: ContributionType; metrics: Partial<Record<string, number>> };
  figures: readonly ReachFigure[] | undefined;
  scope: ReachScope;
  words?: ReachWords;
}) {
  const line = reachLineFor(item, figures);
  if (line.kind === 'none') return null;
  return (
    <p className="text-sm text-slate-700" data-reach={line.kind}>
      <span className="font-medium text-slate-900">{`${reachLineLabel(line.metric, words)}:`}</span>
      {` ${describeReachLine(line, item.type, scope, words)}`}
    </p>
  );
}

/** The one sentence that says what the percentiles mean, above the items. */
export function ReachExplanation({ scope, words }: { scope: ReachScope; words?: ReachWords }) {
  return <p className="mb-3 text-sm text-slate-600">{reachExplanation(scope, words)}</p>;
}
