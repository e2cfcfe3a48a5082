// PageNav's words in the reader's language, for a server page to pass to it.
import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import type { PageNavCopy } from './page-nav';

export async function pageNavCopy(): Promise<PageNavCopy> {
  const [t, locale] = await Promise.all([getTranslations('review.pages'), getLocale()]);
  const raw = (key: Exclude<keyof PageNavCopy, 'numberLocale'>) => t.raw(key) as string;
  return {
    label: raw('label'),
    showing: raw('showing'),
    empty: raw('empty'),
    pageOf: raw('pageOf'),
    previous: raw('previous'),
    next: raw('next'),
    numberLocale: locale === 'es' ? 'es-ES' : 'en-US',
  };
}
