import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card, PageHeader } from '@/components/ui/card';
import { richLink } from '@/components/ui/rich-link';
import { requireUser } from '@/lib/auth/guards';
import { getOutcome } from '@/lib/decisions/queries';
import { formatInstant } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('outcomePage'))('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OutcomePage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const viewer = await requireUser();
  const o = UUID.test(submissionId) ? await getOutcome(viewer, submissionId) : null;
  if (!o) notFound();
  const [t, locale] = await Promise.all([getTranslations('outcomePage'), getLocale()]);
  const isAward = o.outcome === 'AWARD';
  const toAccept = isAward && o.award && !o.award.acceptedAt ? o.award : null;
  const isRenewal = o.kind === 'RENEWAL';
  const title = isAward ? (isRenewal ? 'renewed' : 'awarded') : isRenewal ? 'notRenewed' : 'notAwarded';
  const released = formatInstant(o.releasedAt, viewer.timeZone, locale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t(title, { category: o.categoryName })}
        description={t(isRenewal ? 'ofRenewal' : 'ofNomination', { date: released })}
      />
      {toAccept ? <p>{t.rich('accept', { link: richLink(`/awards/${toAccept.id}`, 'font-semibold text-brand-700 underline') })}</p> : null}
      <Card title={t('committee')}>
        <p className="whitespace-pre-line">{o.feedback}</p>
      </Card>
      <Card title={t('reviewers')}>
        {o.reviewerFeedback.length === 0 ? (
          <p className="text-sm text-slate-700">{t('noFeedback')}</p>
        ) : (
          <ul className="space-y-3">
            {o.reviewerFeedback.map((text, i) => (
              <li key={i} className="border-l-4 border-slate-300 pl-3 whitespace-pre-line">
                {text}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
