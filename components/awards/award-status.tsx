import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { richLink, richSrOnly } from '@/components/ui/rich-link';
import { getAwardPanel } from '@/lib/awards/queries';
import { listReleasedOutcomes } from '@/lib/decisions/queries';
import { formatDay, formatInstant } from '@/lib/format';
import type { Viewer } from '@/lib/auth/viewer';

const linkClass = 'font-medium text-brand-700 underline';

/** The dashboard's award part: each award's status and renewal, and released outcomes with their feedback. */
export async function AwardStatus({ viewer }: { viewer: Viewer }) {
  const [awards, outcomes, t, renewalStatus, locale] = await Promise.all([
    getAwardPanel(viewer),
    listReleasedOutcomes(viewer),
    getTranslations('awardStatus'),
    getTranslations('renewalStatus'),
    getLocale(),
  ]);
  const day = (date: Date) => formatDay(date, locale);
  const at = (date: Date) => formatInstant(date, viewer.timeZone, locale);
  const shown = awards.filter((a) => a.status !== 'ENDED' && a.status !== 'REVOKED');
  return (
    <div className="space-y-3">
      {shown.length > 0 ? (
        <ul className="space-y-3">
          {shown.map((a) => {
            const year = { start: day(a.startsOn), end: day(a.endsOn) };
            const category = richLink(`/awards/${a.id}`, 'text-brand-700 underline');
            return (
              <li key={a.id}>
                {a.status === 'ACTIVE' ? (
                  <>
                    <p className="font-medium">{t.rich('active', { category: a.categoryName, link: category })}</p>
                    <p className="text-sm text-slate-700">{t('year', year)}</p>
                    {a.canRenew && a.renewalDeadline ? (
                      <p className="text-sm text-slate-700">
                        {t('renewBy', { date: at(a.renewalDeadline) })}{' '}
                        <Link href={`/awards/${a.id}/renew`} className={linkClass}>
                          {t.rich('renew', { category: a.categoryName, sr: richSrOnly })}
                        </Link>
                      </p>
                    ) : a.renewal ? (
                      <p className="text-sm text-slate-700">
                        {t('renewal', {
                          status: renewalStatus(`${a.renewal.status}.label`),
                          next: renewalStatus(`${a.renewal.status}.mvp`),
                        })}
                      </p>
                    ) : a.renewalOpensAt ? (
                      <p className="text-sm text-slate-700">{t('renewalOpens', { date: at(a.renewalOpensAt) })}</p>
                    ) : null}
                  </>
                ) : a.status === 'AWAITING_ACCEPTANCE' ? (
                  <>
                    <p className="font-medium">{t('awarded', { category: a.categoryName })}</p>
                    <p className="text-sm text-slate-700">
                      {t('acceptToActivate', year)}{' '}
                      <Link href={`/awards/${a.id}`} className={linkClass}>
                        {t.rich('accept', { category: a.categoryName, sr: richSrOnly })}
                      </Link>
                    </p>
                  </>
                ) : (
                  <>
                    <p className="font-medium">{t.rich('accepted', { category: a.categoryName, link: category })}</p>
                    <p className="text-sm text-slate-700">{t('startsOn', { date: year.start })}</p>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {viewer.mvp.isFormerMvp && shown.length === 0 ? <p className="font-medium">{t('formerMvp')}</p> : null}
      {outcomes.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{t('outcomes')}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {outcomes.map((o) => {
              const isRenewal = o.kind === 'RENEWAL';
              const outcome =
                o.decision.outcome === 'AWARD' ? (isRenewal ? 'renewed' : 'awarded') : isRenewal ? 'notRenewed' : 'notAwarded';
              return (
                <li key={o.id}>
                  {t.rich(isRenewal ? 'outcomeRenewal' : 'outcomeNomination', {
                    category: o.category.name,
                    outcome: t(`outcome.${outcome}`),
                    strong: (chunks) => <span className="font-medium">{chunks}</span>,
                  })}
                  <blockquote className="my-1 border-l-4 border-slate-300 pl-3 whitespace-pre-line text-slate-800">
                    {o.decision.feedback}
                  </blockquote>
                  <Link href={`/outcomes/${o.id}`} className={linkClass}>
                    {t.rich(isRenewal ? 'readFeedbackRenewal' : 'readFeedbackNomination', { category: o.category.name, sr: richSrOnly })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
