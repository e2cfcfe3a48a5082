import Link from 'next/link';
import { getAwardPanel } from '@/lib/awards/queries';
import { RENEWAL_STATUS_COPY } from '@/lib/awards/lifecycle';
import { listReleasedOutcomes } from '@/lib/decisions/queries';
import { formatDay, formatInstant } from '@/lib/format';
import type { Viewer } from '@/lib/auth/viewer';

/** The dashboard's award part: each award's status and renewal, and released outcomes with their feedback. */
export async function AwardStatus({ viewer }: { viewer: Viewer }) {
  const [awards, outcomes] = await Promise.all([getAwardPanel(viewer), listReleasedOutcomes(viewer)]);
  const shown = awards.filter((a) => a.status !== 'ENDED' && a.status !== 'REVOKED');
  return (
    <div className="space-y-3">
      {shown.length > 0 ? (
        <ul className="space-y-3">
          {shown.map((a) => (
            <li key={a.id}>
              {a.status === 'ACTIVE' ? (
                <>
                  <p className="font-medium">
                    Active MVP:{' '}
                    <Link href={`/awards/${a.id}`} className="text-brand-700 underline">
                      {a.categoryName}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-700">
                    Award year {formatDay(a.startsOn)} – {formatDay(a.endsOn)}.
                  </p>
                  {a.canRenew && a.renewalDeadline ? (
                    <p className="text-sm text-slate-700">
                      Renew with your new contributions of the last 12 months by {formatInstant(a.renewalDeadline, viewer.timeZone)}.{' '}
                      <Link href={`/awards/${a.id}/renew`} className="font-medium text-brand-700 underline">
                        Renew your award<span className="sr-only"> in {a.categoryName}</span>
                      </Link>
                    </p>
                  ) : a.renewal ? (
                    <p className="text-sm text-slate-700">
                      Renewal: {RENEWAL_STATUS_COPY[a.renewal.status].label}. {RENEWAL_STATUS_COPY[a.renewal.status].mvp}
                    </p>
                  ) : a.renewalOpensAt ? (
                    <p className="text-sm text-slate-700">Renewal opens on {formatInstant(a.renewalOpensAt, viewer.timeZone)}.</p>
                  ) : null}
                </>
              ) : a.status === 'AWAITING_ACCEPTANCE' ? (
                <>
                  <p className="font-medium">Awarded in {a.categoryName}</p>
                  <p className="text-sm text-slate-700">
                    Accept the code of conduct and the NDA to activate your award (award year {formatDay(a.startsOn)} –{' '}
                    {formatDay(a.endsOn)}).{' '}
                    <Link href={`/awards/${a.id}`} className="font-medium text-brand-700 underline">
                      Accept your award<span className="sr-only"> in {a.categoryName}</span>
                    </Link>
                  </p>
                </>
              ) : (
                <>
                  <p className="font-medium">
                    MVP award in{' '}
                    <Link href={`/awards/${a.id}`} className="text-brand-700 underline">
                      {a.categoryName}
                    </Link>
                    : accepted
                  </p>
                  <p className="text-sm text-slate-700">Your award year starts {formatDay(a.startsOn)}.</p>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {viewer.mvp.isFormerMvp && shown.length === 0 ? <p className="font-medium">Former MVP</p> : null}
      {outcomes.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Outcomes</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {outcomes.map((o) => (
              <li key={o.id}>
                {o.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'} in {o.category.name}:{' '}
                <span className="font-medium">
                  {o.decision.outcome === 'AWARD'
                    ? o.kind === 'RENEWAL'
                      ? 'Renewed'
                      : 'Awarded'
                    : o.kind === 'RENEWAL'
                      ? 'Not renewed'
                      : 'Not awarded'}
                </span>
                .
                <blockquote className="my-1 border-l-4 border-slate-300 pl-3 whitespace-pre-line text-slate-800">
                  {o.decision.feedback}
                </blockquote>
                <Link href={`/outcomes/${o.id}`} className="font-medium text-brand-700 underline">
                  Read the feedback
                  <span className="sr-only">
                    {' '}
                    on your {o.kind === 'RENEWAL' ? 'renewal' : 'nomination'} in {o.category.name}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
