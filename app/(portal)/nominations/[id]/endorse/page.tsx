import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { EndorseForm } from '@/components/nominations/endorse-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getFormDraft } from '@/lib/drafts/queries';
import { localizeAppError } from '@/lib/i18n/app-errors';
import { endorsementDraftKey } from '@/lib/nominations/endorse-offer';
import { getEndorsementOffer } from '@/lib/nominations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('endorsePage'))('title') };
}

/** The endorsement offer a nominator is emailed when the person they named already has an open
 * nomination in the category. Anyone who may not endorse it gets a 404: the page tells nobody else
 * that the nomination exists. */
export default async function EndorsePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser(`/nominations/${id}/endorse`);
  const [offer, t, locale] = await Promise.all([getEndorsementOffer(viewer, id), getTranslations('endorsePage'), getLocale()]);
  if (!offer) notFound();
  if (offer.kind === 'own') redirect(`/nominations/${id}`);
  if (offer.kind === 'refused') {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <Alert tone="warning">{localizeAppError(offer.message, locale)}</Alert>
      </div>
    );
  }
  const what = offer.focusAreaName ? `${offer.categoryName} > ${offer.focusAreaName}` : offer.categoryName;
  return (
    <div className="space-y-6">
      <PageHeader title={t('heading', { name: offer.nomineeName })} description={t('description', { name: offer.nomineeName, what })} />
      <Card>
        <EndorseForm
          nominationId={offer.nominationId}
          userId={viewer.id}
          draft={await getFormDraft(viewer, endorsementDraftKey(id))}
          copy={{
            label: t('form.label'),
            hint: t.raw('form.hint') as string,
            endorsing: t('form.endorsing'),
            endorse: t('form.endorse'),
            numberLocale: locale === 'es' ? 'es-ES' : 'en-US',
          }}
        />
      </Card>
    </div>
  );
}
