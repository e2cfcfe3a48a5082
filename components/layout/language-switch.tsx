import { getLocale, getTranslations } from 'next-intl/server';
import { chooseLanguageAction } from '@/lib/i18n/actions';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';

/** The header's language switch: the current language, and a button for each other one. A plain
 * form, so it needs no script; the choice is kept in a cookie (README, Languages). */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations('layout')]);
  return (
    <form action={chooseLanguageAction} className="flex items-center gap-1 text-sm">
      <span className="sr-only">{t('language')}:</span>
      {LOCALES.map((option) =>
        option === locale ? (
          <span key={option} lang={option} aria-current="true" className="px-2 py-1 font-semibold text-slate-900">
            {LOCALE_NAMES[option]}
          </span>
        ) : (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            className="rounded-md px-2 py-1 font-medium text-brand-700 underline hover:bg-brand-50"
          >
            {LOCALE_NAMES[option]}
          </button>
        ),
      )}
    </form>
  );
}
