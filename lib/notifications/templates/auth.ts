import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, formatExpiry, type RenderedEmail } from './layout';
import { emailTranslator } from './translate';

export const authTemplates = {
  'auth.sign-in-link': (d: { url: string; expires: Date }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const expiry = formatExpiry(d.expires, Date.now(), t);
    return {
      subject: t('signInLink.subject'),
      text: `${t('signInLink.text')}\n\n${d.url}\n\n${t('signInLink.worksOnce', { expiry })} ${t('signInLink.ignore')}`,
      html: emailLayout(
        t('signInLink.title'),
        [t('signInLink.thisLinkWorksOnce', { expiry }), t('signInLink.ignore')],
        { label: t('signInLink.button'), url: d.url },
        t,
      ),
    };
  },
};
