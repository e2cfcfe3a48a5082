// The portal's languages and how a request's language is chosen. Safe for the browser (no imports).

/** The languages the portal speaks; English is the default and the fallback for a missing message. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The cookie the language switch sets (a year; the portal reads it on every request). */
export const LOCALE_COOKIE = 'portal-locale';

/** Each language named in itself, as the switch offers it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** Whether a value names one of the portal's languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a request: the one chosen with the switch (cookie), else the first of the
 * browser's Accept-Language preferences the portal speaks (by weight, "es-MX" counts as "es"), else
 * English. */
export function negotiateLocale(chosen: string | undefined | null, acceptLanguage: string | undefined | null): Locale {
  if (isLocale(chosen)) return chosen;
  const preferences = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((p) => p.language && p.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return preferences.map((p) => p.language).find(isLocale) ?? DEFAULT_LOCALE;
}

/** The BCP 47 tag Intl formats a language's dates and numbers with: English keeps the portal's
 * British forms ("1 March 2027"), Spanish reads "1 de marzo de 2027". */
export function intlLocale(locale: Locale): string {
  return locale === 'es' ? 'es-ES' : 'en-GB';
}
