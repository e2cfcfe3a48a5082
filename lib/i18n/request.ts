// next-intl's request configuration (wired in next.config.ts): the language of each request and its
// messages. No locale in the URL: the switch's cookie, else the browser's Accept-Language, else
// English (lib/i18n/locales.ts).
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { messagesFor } from './messages';
import { LOCALE_COOKIE, negotiateLocale } from './locales';

/** The language of the current request. */
export async function requestLocale() {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: messagesFor(locale) };
});
