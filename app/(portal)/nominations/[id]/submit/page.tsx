import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { evidenceFormCopy } from '@/components/evidence/evidence-form-copy';
import { SubmitEvidenceForm, type SubmitEvidenceCopy, type SubmittableItem } from '@/components/nominations/submit-evidence-form';
import { Card, PageHeader } from '@/components/ui/card';
import { richLink } from '@/components/ui/rich-link';
import { requireUser } from '@/lib/auth/guards';
import { currentWindowFor, listEvidenceItems } from '@/lib/evidence/queries';
import { describeMetricsIn } from '@/lib/evidence/types';
import { formatDayKey, formatInstant } from '@/lib/format';
import { activeFocusAreasOf, getNominationForViewer } from '@/lib/nominations/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('submitEvidence'))('title') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FORM_WORDS = [
  'focusHint',
  'noFocus',
  'legend',
  'logEmpty',
  'add',
  'reviewOne',
  'reviewMany',
  'chooseOne',
  'confirmTitle',
  'confirmOne',
  'confirmMany',
  'area',
  'submitting',
  'confirm',
  'back',
] as const;

export default async function SubmitEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  if (!UUID.test(id)) notFound();
  const n = await getNominationForViewer(viewer, id);
  if (!n || n.role !== 'nominee') notFound();
  // Submitting is the step after accepting; anywhere else the nomination page says what to do.
  if (n.status !== 'ACCEPTED') redirect(`/nominations/${id}`);

  const window = currentWindowFor(viewer);
  const [items, focusAreas, t, locale, labels] = await Promise.all([
    listEvidenceItems(viewer, window),
    activeFocusAreasOf(n.categoryId),
    getTranslations('submitEvidence'),
    getLocale(),
    evidenceFormCopy(),
  ]);
  const day = (key: string) => formatDayKey(key, locale);
  const windowLabel = t('window', { start: day(window.start), end: day(window.end) });
  const submittable: SubmittableItem[] = items
    .slice()
    .sort((a, b) => (a.position === b.position ? b.startDate.localeCompare(a.startDate) : a.position === 'inside' ? -1 : 1))
    .map((item) => ({
      id: item.id,
      title: item.title,
      typeLabel: labels.types[item.type],
      dates: item.endDate ? t('window', { start: day(item.startDate), end: day(item.endDate) }) : day(item.startDate),
      reach: describeMetricsIn(item.metrics, locale === 'en' ? null : labels),
      blockedBecause: item.position !== 'inside' ? t('outsideWindow') : item.isFullTimeJob ? t('fullTimeJob') : null,
    }));
  const copy: SubmitEvidenceCopy = {
    ...(Object.fromEntries(FORM_WORDS.map((key) => [key, t.raw(`form.${key}`) as string])) as Record<(typeof FORM_WORDS)[number], string>),
    focusLabel: t('form.focusLabel', { category: n.categoryName }),
    focusSuggested: t('form.focusSuggested', { name: n.nominatorName }),
    windowText: t('form.windowText', { window: windowLabel }),
    noFocusIn: t('form.noFocusIn', { category: n.categoryName }),
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description', { category: n.categoryName, deadline: formatInstant(n.submissionDeadline, viewer.timeZone, locale) })}
      />
      <Card>
        <SubmitEvidenceForm
          nominationId={n.id}
          items={submittable}
          focusAreas={focusAreas}
          initialFocusAreaId={n.focusAreaId}
          copy={copy}
        />
      </Card>
      <p className="text-sm">{t.rich('somethingMissing', { add: richLink('/evidence/new'), back: richLink(`/nominations/${n.id}`) })}</p>
    </div>
  );
}
