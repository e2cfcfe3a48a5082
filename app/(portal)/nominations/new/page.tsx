import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { NominationForm } from '@/components/nominations/nomination-form-lazy';
import type { NominationFormCopy } from '@/components/nominations/nomination-form';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getFormDraft } from '@/lib/drafts/queries';
import { listNominationCategoryOptions } from '@/lib/nominations/queries';
import { NOMINATION_DRAFT_KEY, RELATIONSHIP_LABELS } from '@/lib/nominations/schema';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nominationForm'))('title') };
}

type T = Awaited<ReturnType<typeof getTranslations<'nominationForm'>>>;

/** The form's words in the reader's language (the relationship labels too: the schema's stay English). */
function formCopy(t: T): NominationFormCopy {
  const keys = [
    'nothingNew',
    'seeThat',
    'who',
    'nomineeName',
    'nomineeEmail',
    'nomineeEmailHint',
    'forWhat',
    'category',
    'chooseCategory',
    'focusArea',
    'noFocusArea',
    'categoryFirst',
    'why',
    'relationship',
    'relationshipOther',
    'relationshipMore',
    'statement',
    'sending',
    'submit',
  ] as const;
  const copy = Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<NominationFormCopy, 'statementHint' | 'relationships'>;
  const relationships = Object.fromEntries(
    (Object.keys(RELATIONSHIP_LABELS) as (keyof typeof RELATIONSHIP_LABELS)[]).map((k) => [k, t(`relationships.${k}`)]),
  ) as NominationFormCopy['relationships'];
  return { ...copy, statementHint: t.raw('statementHint') as string, relationships };
}

export default async function NewNominationPage() {
  const viewer = await requireUser();
  const [t, locale] = await Promise.all([getTranslations('nominationForm'), getLocale()]);
  if (!viewer.canNominate) {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <Alert tone="warning" title={t('cannotTitle')}>
          <p>{t('cannotBody', { email: viewer.email })}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>{t('cannotAsk')}</li>
            <li>{t('cannotEmployee')}</li>
            <li>{t('cannotNewMvp')}</li>
          </ul>
        </Alert>
        <p>
          <Link href="/nominations" className="font-medium text-brand-700 underline">
            {t('back')}
          </Link>
        </p>
      </div>
    );
  }
  const [categories, draft] = await Promise.all([listNominationCategoryOptions(), getFormDraft(viewer, NOMINATION_DRAFT_KEY)]);
  if (categories.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <Alert tone="info" title={t('noCycleTitle')}>
          <p>{t('noCycleBody')}</p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <NominationForm categories={categories} userId={viewer.id} draft={draft} copy={formCopy(t)} locale={locale} />
          </Card>
        </div>
        <Card title={t('beforeTitle')} headingLevel={2}>
          <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
            <li>{t('beforeRules')}</li>
            <li>{t('beforeOne')}</li>
            <li>{t('beforeDays')}</li>
            <li>{t('beforeDraft')}</li>
          </ul>
        </Card>
      </div>
    </div>
  );
}
