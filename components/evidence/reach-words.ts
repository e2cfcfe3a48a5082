// The reach lines' words in the reader's language, for a server component to pass to the reach
// components (components/evidence/reach-percentile.tsx).
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ReachWords } from '@/lib/evidence/reach';

export async function reachWords(): Promise<ReachWords> {
  const [t, tf] = await Promise.all([getTranslations('review.reach'), getTranslations('evidenceForm')]);
  return { t: (key, values) => t(key, values), type: (type) => tf(`types.${type}`), metric: (metric) => tf(`metrics.${metric}`) };
}
