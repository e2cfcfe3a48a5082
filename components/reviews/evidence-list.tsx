import { getLocale, getTranslations } from 'next-intl/server';
import { ReachPercentileLine } from '@/components/evidence/reach-percentile';
import { reachWords } from '@/components/evidence/reach-words';
import type { ReachFigure } from '@/lib/evidence/reach';
import { REACH_METRIC_VALUES } from '@/lib/evidence/types';
import type { ContributionRole, ContributionType, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';
import { formatDay, formatNumber } from '@/lib/format';
import { safeExternalHref } from '@/lib/security/safe-url';

type Item = {
  id: string;
  type: ContributionType;
  role: ContributionRole;
  title: string;
  description: string;
  startDate: Date;
  endDate: Date | null;
  url: string | null;
  audience: TargetAudience;
  technologyArea: string | null;
  isPaid: boolean;
  privateNote: string | null;
  isHighImpact: boolean;
  metrics: Record<string, number>;
};

const isMetric = (key: string): key is ReachMetric => (REACH_METRIC_VALUES as readonly string[]).includes(key);

/** The frozen evidence of a submission as reviewers read it, in their language, private notes included, each
 * item with its reach percentile among the cycle's items of its type (`reach`, by item id). */
export async function EvidenceList({ items, reach }: { items: Item[]; reach: Record<string, ReachFigure[]> }) {
  const [t, tf, te, locale, words] = await Promise.all([
    getTranslations('review.evidenceList'),
    getTranslations('evidenceForm'),
    getTranslations('evidence'),
    getLocale(),
    reachWords(),
  ]);
  if (items.length === 0) return <p className="text-sm text-slate-700">{t('empty')}</p>;
  // One line of text (one string in the page's payload, not a dozen pieces).
  const meta = (item: Item) =>
    [
      tf(`types.${item.type}`),
      tf(`roles.${item.role}`),
      `${formatDay(item.startDate, locale)}${item.endDate ? ` – ${formatDay(item.endDate, locale)}` : ''}`,
      t('forAudience', { audience: tf(`audiences.${item.audience}`).toLocaleLowerCase(locale) }),
      ...(item.technologyArea ? [item.technologyArea] : []),
      ...(item.isPaid ? [t('paid')] : []),
    ].join(' · ');
  return (
    // The items' styles live once on the list (app/globals.css, .evidence-items): the review page lists up to 20
    // items, and each element's classes would be sent twice (HTML and RSC payload).
    <ol className="evidence-items">
      {items.map((item) => {
        const metrics = Object.entries(item.metrics).filter(([, v]) => typeof v === 'number');
        const href = safeExternalHref(item.url);
        return (
          <li key={item.id}>
            <div className="ev-head">
              <h3>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                    {item.title}
                    <span className="sr-only">{` ${t('newTab')}`}</span>
                  </a>
                ) : (
                  item.title
                )}
              </h3>
              {item.isHighImpact ? (
                <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{te('highImpact')}</span>
              ) : null}
            </div>
            <p className="ev-meta">{meta(item)}</p>
            <p className="ev-text">{item.description}</p>
            {metrics.length > 0 ? (
              <dl className="facts">
                {metrics.map(([metric, value]) => (
                  <div key={metric}>
                    <dt>{`${isMetric(metric) ? tf(`metrics.${metric}`) : metric}:`}</dt>
                    <dd>{formatNumber(value, locale)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <ReachPercentileLine item={item} figures={reach[item.id]} scope="cycle" words={words} />
            {item.privateNote ? (
              <div className="mt-3 rounded bg-slate-100 p-2 text-sm">
                <p className="font-medium text-slate-900">{t('privateNote')}</p>
                <p className="whitespace-pre-line text-slate-800">{item.privateNote}</p>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
