import { describeReachLine, reachExplanation, reachLineFor, reachLineLabel, type ReachFigure, type ReachScope } from '@/lib/evidence/reach';
import type { ContributionType } from '@/lib/generated/prisma/enums';

/** One item's reach percentile in a line ("Reach percentile (views): 82nd percentile of 140 …"); nothing for an item without figures. */
export function ReachPercentileLine({
  item,
  figures,
  scope,
}: {
  item: { type: ContributionType; metrics: Partial<Record<string, number>> };
  figures: readonly ReachFigure[] | undefined;
  scope: ReachScope;
}) {
  const line = reachLineFor(item, figures);
  if (line.kind === 'none') return null;
  return (
    <p className="text-sm text-slate-700" data-reach={line.kind}>
      <span className="font-medium text-slate-900">{reachLineLabel(line.metric)}:</span> {describeReachLine(line, item.type, scope)}
    </p>
  );
}

/** The one sentence that says what the percentiles mean, above the items. */
export function ReachExplanation({ scope }: { scope: ReachScope }) {
  return <p className="mb-3 text-sm text-slate-600">{reachExplanation(scope)}</p>;
}
