import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn } from './translate';

/** Emails about a person's own data: erasure requests and their outcome. The person's own emails
 * are in their language; the one to admins stays English (program administration is English). */
export const privacyTemplates = {
  /** To the person: their request to erase their data reached the program team. */
  'privacy.erasure-requested': (d: { name: string | null; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('privacy.requested.received'), t('privacy.requested.checks'), t('privacy.requested.until')];
    const subject = t('privacy.requested.subject');
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('privacy.requested.buttonText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('privacy.requested.button'), url: d.url }, t),
    };
  },

  /** To each admin: a person asked for erasure. */
  'privacy.erasure-request-admin': (d: { requesterEmail: string; url: string }): RenderedEmail => {
    const lines = [
      `${d.requesterEmail} asked for their personal data to be erased.`,
      'Confirm or reject the request on the privacy requests page. Confirming erases their personal data at once and cannot be undone.',
    ];
    return {
      subject: 'A person asked for their data to be erased',
      text: `${lines.join('\n\n')}\n\nPrivacy requests: ${d.url}`,
      html: emailLayout('A person asked for their data to be erased', lines, { label: 'Open privacy requests', url: d.url }),
    };
  },

  /** To the person: the request was rejected, with the reason. */
  'privacy.erasure-rejected': (d: { name: string | null; reason: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('privacy.rejected.notCarried'), d.reason, t('privacy.rejected.stay')];
    const subject = t('privacy.rejected.subject');
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('privacy.rejected.buttonText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('privacy.rejected.button'), url: d.url }, t),
    };
  },

  /** To the person, at the address about to be erased: the last email the portal sends them. */
  'privacy.erased': (d: { url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, null), t('privacy.erased.done'), t('privacy.erased.kept'), t('privacy.erased.noSignIn')];
    const subject = t('privacy.erased.subject');
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('privacy.erased.buttonText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('privacy.erased.button'), url: d.url }, t),
    };
  },
};
