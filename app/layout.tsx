import type { Metadata } from 'next';
import { GeistSans } from 'geist/font/sans';
import { getLocale, getTranslations } from 'next-intl/server';
import { SiteFooter } from '@/components/layout/site-footer';
import { FormLanguage } from '@/components/forms/form-language';
import { FormWordsProvider } from '@/components/forms/form-words';
import { ENGLISH_FORM_WORDS, type FormWords, type UploadWords } from '@/components/forms/form-words-english';
import { ErrorWordsProvider } from '@/components/layout/error-words';
import { SiteHeader } from '@/components/layout/site-header';
import { zodMessagesFor } from '@/lib/i18n/messages';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Community Programs Portal', template: '%s · Community Programs Portal' },
  description: 'Microsoft MVP nominations and Microsoft Certified Trainer enrollment, end to end.',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The request's language (lib/i18n/request.ts): screen readers and hyphenation follow it.
  const [locale, te, tf, tu] = await Promise.all([
    getLocale(),
    getTranslations('errorPages'),
    getTranslations('forms'),
    getTranslations('forms.upload'),
  ]);
  // app/error.tsx runs in the browser: its four sentences come from here, placeholders left in.
  const errorWords = {
    errorTitle: te('errorTitle'),
    errorText: te('errorText'),
    errorTextRef: te.raw('errorTextRef') as string,
    tryAgain: te('tryAgain'),
  };
  // The words every form shares (draft status, a form slow to load), {time} left in.
  const formWords: FormWords = {
    draft: {
      saving: tf('draft.saving'),
      saved: tf('draft.saved'),
      savedAt: tf.raw('draft.savedAt') as string,
      unsaved: tf('draft.unsaved'),
      discard: tf('draft.discard'),
    },
    stillLoading: tf('stillLoading'),
    loadFailed: tf('loadFailed'),
    reload: tf('reload'),
    upload: Object.fromEntries(
      Object.keys(ENGLISH_FORM_WORDS.upload).map((key) => [key, tu.raw(key as keyof UploadWords) as string]),
    ) as UploadWords,
  };
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {/* Only the form messages of a language other than English reach the browser. */}
          <FormLanguage messages={zodMessagesFor(locale)}>
            <ErrorWordsProvider words={errorWords}>
              <FormWordsProvider words={formWords}>{children}</FormWordsProvider>
            </ErrorWordsProvider>
          </FormLanguage>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
