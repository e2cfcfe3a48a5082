import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { NominationHistory, NominationStatusBadge } from '@/components/nominations/nomination-history';
import { RespondForm } from '@/components/nominations/respond-form';
import { WithdrawForm, type WithdrawFormCopy } from '@/components/nominations/withdraw-form';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { describeMetricsIn } from '@/lib/evidence/types';
import { evidenceFormCopy, type EvidenceFormCopy } from '@/components/evidence/evidence-form-copy';
import { formatDay, formatInstant } from '@/lib/format';
import type { ContributionType, ReachMetric } from '@/lib/generated/prisma/enums';
import { getNominationForViewer, type NominationDetail } from '@/lib/nominations/queries';
import { canWithdrawNomination, isInvitationExpired } from '@/lib/nominations/rules';
import { RELATIONSHIP_LABELS } from '@/lib/nominations/schema';
import type { Locale } from '@/lib/i18n/locales';
import { safeExternalHref } from '@/lib/security/safe-url';
import type { Viewer } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nomination'))('title') };
}

type T = Awaited<ReturnType<typeof getTranslations<'nomination'>>>;
/** What the page's parts need to speak the reader's language. */
type Words = { t: T; locale: Locale; withdraw: WithdrawFormCopy; labels: EvidenceFormCopy };

const withdrawCopy = (t: T): WithdrawFormCopy => ({
  start: t('withdraw.start'),
  reason: t('withdraw.reason'),
  withdrawing: t('withdraw.withdrawing'),
  confirm: t('withdraw.confirm'),
  keep: t('withdraw.keep'),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ endorsed?: string; submitted?: string }> };

export default async function NominationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const flags = await searchParams;
  const viewer = await requireUser();
  if (!UUID.test(id)) notFound();
  const n = await getNominationForViewer(viewer, id);
  if (!n) notFound();
  const what = n.focusAreaName ? `${n.categoryName} > ${n.focusAreaName}` : n.categoryName;
  const isNominee = n.role === 'nominee';
  const [t, status, relationships, locale, labels] = await Promise.all([
    getTranslations('nomination'),
    getTranslations('nominationStatus'),
    getTranslations('nominationForm.relationships'),
    getLocale(),
    evidenceFormCopy(),
  ]);
  const words: Words = { t, locale, withdraw: withdrawCopy(t), labels };
  const relationship =
    n.relationship in RELATIONSHIP_LABELS ? relationships(n.relationship as keyof typeof RELATIONSHIP_LABELS) : relationships('OTHER');

  return (
    <div className="space-y-6">
      <PageHeader
        title={isNominee ? t('yourNomination', { category: n.categoryName }) : t('nominationOf', { name: n.nomineeName })}
        description={
          <>
            <NominationStatusBadge status={n.status} /> {status(`${n.status}.${isNominee ? 'nominee' : 'nominator'}`)}
          </>
        }
      />
      {flags.endorsed ? (
        <Alert tone="success" title={t('endorsedTitle')}>
          {t('endorsedBody')}
        </Alert>
      ) : null}
      {flags.submitted && n.status === 'SUBMITTED' ? (
        <Alert tone="success" title={t('submittedTitle')}>
          {t('submittedBody')}
        </Alert>
      ) : null}

      {isNominee ? <NextStep n={n} viewer={viewer} words={words} /> : null}
      {n.role === 'nominator' && canWithdrawNomination(n.role, n.status) ? (
        <Card title={t('changedMind')}>
          <p className="mb-3 text-sm text-slate-700">{t('untilAccepts', { name: n.nomineeName })}</p>
          <WithdrawForm nominationId={n.id} explanation={t('withdrawNominator', { name: n.nomineeName })} copy={words.withdraw} />
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t('theNomination')}>
            <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium text-slate-900">{t('nominee')}</dt>
              <dd>{n.nomineeName}</dd>
              <dt className="font-medium text-slate-900">{t('nominatedBy')}</dt>
              <dd>
                {n.nominatorName} ({relationship}), {formatDay(n.createdAt, locale)}
              </dd>
              <dt className="font-medium text-slate-900">{t('category')}</dt>
              <dd>{what}</dd>
              <dt className="font-medium text-slate-900">{t('deadline')}</dt>
              <dd>{formatInstant(n.submissionDeadline, viewer.timeZone, locale)}</dd>
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-900">{t('impactSeen', { name: n.nominatorName })}</h3>
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{n.statement}</p>
            {n.endorsements.length > 0 ? (
              <>
                <h3 className="mt-4 text-sm font-semibold text-slate-900">{t('endorsements')}</h3>
                <ul className="mt-1 space-y-3">
                  {n.endorsements.map((e, i) => (
                    <li key={i} className="text-sm">
                      <p className="font-medium">
                        {e.endorserName}, {formatDay(e.createdAt, locale)}
                      </p>
                      <p className="whitespace-pre-wrap break-words text-slate-800">{e.statement}</p>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
          {n.submission ? <SubmissionSnapshot submission={n.submission} words={words} /> : null}
        </div>
        <Card title={t('history')}>
          <NominationHistory events={n.events} timeZone={viewer.timeZone} label={t('historyLabel')} />
        </Card>
      </div>
    </div>
  );
}

function NextStep({ n, viewer, words }: { n: NominationDetail; viewer: Viewer; words: Words }) {
  const { t, locale } = words;
  const at = (date: Date) => formatInstant(date, viewer.timeZone, locale);
  if (n.status === 'INVITED') {
    if (isInvitationExpired(n.inviteExpiresAt, new Date())) {
      return (
        <Alert tone="warning" title={t('expiredTitle')}>
          {t('expiredBody', { date: at(n.inviteExpiresAt), name: n.nominatorName })}
        </Alert>
      );
    }
    return (
      <Card title={t('next')}>
        <p className="mb-2 text-sm text-slate-700">
          {t('invited', { nominator: n.nominatorName, category: n.categoryName, deadline: at(n.submissionDeadline) })}
        </p>
        <p className="mb-4 text-sm text-slate-700">{t('answerBy', { date: at(n.inviteExpiresAt) })}</p>
        <RespondForm
          nominationId={n.id}
          copy={{
            check: t('respond.check'),
            declineReason: t('respond.declineReason'),
            declining: t('respond.declining'),
            decline: t('respond.decline'),
            back: t('respond.back'),
            accepting: t('respond.accepting'),
            accept: t('respond.accept'),
            declineStart: t('respond.declineStart'),
          }}
        />
      </Card>
    );
  }
  if (n.status === 'ACCEPTED') {
    return (
      <Card title={t('next')}>
        <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
          <li>{t('stepLog')}</li>
          <li>{t('stepCheck')}</li>
          <li>{t('stepSubmit', { date: at(n.submissionDeadline) })}</li>
        </ol>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href={`/nominations/${n.id}/submit`}>{t('chooseSubmit')}</ButtonLink>
          <ButtonLink href="/evidence" variant="secondary">
            {t('openLog')}
          </ButtonLink>
        </div>
        <div className="mt-6">
          <WithdrawForm nominationId={n.id} explanation={t('withdrawAccepted')} copy={words.withdraw} />
        </div>
      </Card>
    );
  }
  if (n.status === 'SUBMITTED') {
    return (
      <Card title={t('next')}>
        <p className="mb-4 text-sm text-slate-700">{t('reviewersWill')}</p>
        <WithdrawForm nominationId={n.id} explanation={t('withdrawSubmitted')} copy={words.withdraw} />
      </Card>
    );
  }
  return null;
}

function SubmissionSnapshot({ submission, words }: { submission: NonNullable<NominationDetail['submission']>; words: Words }) {
  const { t, locale, labels } = words;
  const day = (date: Date) => formatDay(date, locale);
  const reach = (metrics: unknown) => describeMetricsIn(metrics as Partial<Record<ReachMetric, number>>, locale === 'en' ? null : labels);
  return (
    <Card title={t('whatSubmitted')}>
      <p className="text-sm text-slate-700">
        {t('submittedOn', {
          date: day(submission.submittedAt),
          start: day(submission.windowStart),
          end: day(submission.windowEnd),
          withdrawn: submission.status === 'WITHDRAWN' ? t('withdrawnSuffix') : '',
        })}
      </p>
      <ol className="mt-3 space-y-3">
        {submission.items.map((item) => (
          <li key={item.id} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium text-slate-900">
              {item.title}
              {item.isHighImpact ? (
                <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('highImpact')}</span>
              ) : null}
            </p>
            <p className="text-slate-700">
              {labels.types[item.type as ContributionType] ?? item.type} · {day(item.startDate)}
              {item.endDate ? t('until', { date: day(item.endDate) }) : ''}
              {item.technologyArea ? ` · ${item.technologyArea}` : ''}
            </p>
            {reach(item.metrics) ? <p className="text-slate-700">{reach(item.metrics)}</p> : null}
            <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{item.description}</p>
            {item.url ? (
              <p className="mt-1 break-all">
                {safeExternalHref(item.url) ? (
                  <a
                    href={safeExternalHref(item.url)!}
                    className="text-brand-700 underline"
                    rel="noopener noreferrer nofollow"
                    target="_blank"
                  >
                    {item.url}
                  </a>
                ) : (
                  item.url
                )}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="mt-3 text-sm">
        <Link href="/evidence" className="font-medium text-brand-700 underline">
          {t('yourLog')}
        </Link>
      </p>
    </Card>
  );
}
