import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AcceptAwardForm } from '@/components/awards/accept-award-form-lazy';
import { Alert } from '@/components/ui/alert';
import { CertificatePanel } from '@/components/certificates/certificate-panel';
import { Card, PageHeader } from '@/components/ui/card';
import { richLink } from '@/components/ui/rich-link';
import { getAwardForAcceptance } from '@/lib/awards/queries';
import { requireUser } from '@/lib/auth/guards';
import { certificateCodeFor } from '@/lib/certificates/queries';
import { formatDay, formatInstant } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('awardPage'))('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AwardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  // Only the award's holder sees it; for anyone else it does not exist.
  const data = UUID.test(id) ? await getAwardForAcceptance(viewer, id) : null;
  if (!data) notFound();
  const [t, locale] = await Promise.all([getTranslations('awardPage'), getLocale()]);
  const day = (date: Date) => formatDay(date, locale);
  const { award, status, agreements } = data;
  const what = `${award.category.name}${award.focusArea ? ` (${award.focusArea.name})` : ''}`;
  const year = { start: day(award.startsOn), end: day(award.endsOn) };
  return (
    <div className="space-y-6">
      <PageHeader title={t('heading', { category: award.category.name })} description={t(award.renewsId ? 'yearRenewing' : 'year', year)} />
      {award.acceptedAt && status !== 'REVOKED' ? (
        <>
          <Alert tone="success" title={t('acceptedTitle')}>
            {t('acceptedOn', { date: formatInstant(award.acceptedAt, viewer.timeZone, locale) })}{' '}
            {status === 'ACTIVE' ? t('active') : status === 'ENDED' ? t('ended') : t('startsOn', { date: year.start })}
          </Alert>
          <Card title={t('next')}>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
              <li>{t('nextMvp', { what, ...year })}</li>
              <li>{t.rich('nextLog', { link: richLink('/evidence') })}</li>
              <li>{t.rich('nextDashboard', { link: richLink('/dashboard') })}</li>
            </ul>
          </Card>
          <Card title={t('certificate')}>
            <CertificatePanel kind="MVP" recordId={award.id} code={await certificateCodeFor(viewer, 'MVP', award.id)} />
          </Card>
        </>
      ) : award.acceptedAt ? (
        <Alert tone="info">{t('revoked')}</Alert>
      ) : status === 'AWAITING_ACCEPTANCE' ? (
        agreements.codeOfConduct && agreements.nda ? (
          <>
            <p className="max-w-3xl text-slate-800">{t('congratulations', { what })}</p>
            {[agreements.codeOfConduct, agreements.nda].map((a) => (
              <Card key={a.id} title={t('agreement', { title: a.title, version: a.version })}>
                <p className="text-sm text-slate-700">{t('inEffect', { date: day(a.effectiveFrom) })}</p>
                <p className="mt-2 whitespace-pre-line">{a.body}</p>
              </Card>
            ))}
            <Card title={t('accept')}>
              <AcceptAwardForm
                awardId={award.id}
                codeOfConduct={{
                  id: agreements.codeOfConduct.id,
                  title: agreements.codeOfConduct.title,
                  version: agreements.codeOfConduct.version,
                }}
                nda={{ id: agreements.nda.id, title: agreements.nda.title, version: agreements.nda.version }}
                copy={{
                  acceptAgreement: t.raw('form.acceptAgreement') as string,
                  acceptCoc: t('form.acceptCoc'),
                  acceptNda: t('form.acceptNda'),
                  accepting: t('form.accepting'),
                  submit: t('form.submit'),
                }}
              />
            </Card>
          </>
        ) : (
          <Alert tone="warning">{t('notPublished')}</Alert>
        )
      ) : (
        <Alert tone="info">{t(status === 'REVOKED' ? 'tooLateRevoked' : 'tooLateEnded')}</Alert>
      )}
    </div>
  );
}
