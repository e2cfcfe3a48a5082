import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { AcceptAgreementsForm } from '@/components/agreements/accept-agreements-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { listMyPendingAgreements } from '@/lib/agreements/queries';
import { requireUser } from '@/lib/auth/guards';
import { formatDay } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agreements'))('title') };
}

/** The person's own agreements to accept; their texts are shown as the admin typed them. */
export default async function MyAgreementsPage() {
  const viewer = await requireUser('/agreements');
  const [pending, t, locale] = await Promise.all([listMyPendingAgreements(viewer), getTranslations('agreements'), getLocale()]);
  const copy = {
    done: t('form.done'),
    tick: t('form.tick'),
    readOne: t('form.readOne'),
    readMany: t('form.readMany'),
    accepting: t('form.accepting'),
    accept: t('form.accept'),
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      {pending.length === 0 ? (
        <EmptyState title={t('nothing')}>
          <Link href="/dashboard" className="font-medium text-brand-700 underline">
            {t('back')}
          </Link>
        </EmptyState>
      ) : (
        <>
          {pending.map((a) => (
            <Card key={a.id} title={t('version', { title: a.title, version: a.version })}>
              <p className="mb-2 text-sm text-slate-700">{t('inForce', { day: formatDay(a.effectiveFrom, locale) })}</p>
              <AgreementText title={a.title} body={a.body} />
            </Card>
          ))}
          <Card>
            <AcceptAgreementsForm agreementIds={pending.map((a) => a.id)} copy={copy} />
          </Card>
        </>
      )}
    </div>
  );
}
