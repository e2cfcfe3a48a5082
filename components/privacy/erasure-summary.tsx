// What an erasure removes and what it keeps, in plain words. Shown on /privacy, on the request page
// and to the admin who confirms, so all three say the same (lib/privacy/erase.ts does it). The words
// are the `erasureSummary` messages; the admin's page keeps English, as program administration does.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

const ERASED_ITEMS = ['account', 'connections', 'unsubmitted', 'submitted', 'emails', 'roles', 'credentials', 'audit'] as const;
const KEPT_ITEMS = ['decisions', 'years', 'audit', 'nominations'] as const;

/** The two lists, erased and kept-with-why, in `locale` (English when left out). */
export async function ErasureSummary({ headingLevel = 2, locale = 'en' }: { headingLevel?: 2 | 3; locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'erasureSummary' });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section>
        <Heading className="text-lg font-semibold text-slate-900">{t('erased')}</Heading>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {ERASED_ITEMS.map((item) => (
            <li key={item}>{t(`erasedItems.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section>
        <Heading className="text-lg font-semibold text-slate-900">{t('kept')}</Heading>
        <dl className="mt-2 space-y-2 text-sm text-slate-800">
          {KEPT_ITEMS.map((item) => (
            <div key={item}>
              <dt className="font-medium">{t(`keptItems.${item}.what`)}</dt>
              <dd>{t(`keptItems.${item}.why`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
