import type { Locale } from '@/lib/i18n/locales';
import { escapeHtml, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn } from './translate';

/** One email the digest carries: its subject and plain-text part, as queued. */
export type DigestPart = { subject: string; text: string };

/** The daily digest: the optional emails (status changes, reminders) held for one person today, in
 * their language (each part was written in it when it was queued). */
export const digestTemplates = {
  'notifications.daily-digest': (
    d: { name: string | null; parts: DigestPart[]; profileUrl: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const count = d.parts.length;
    const updates = t('digest.updates', { count });
    const subject = t('digest.subject', { updates });
    const intro = `${greetingIn(t, d.name)}\n\n${t('digest.intro', { count, updates })}`;
    const textParts = d.parts.map((p, i) => `${i + 1}. ${p.subject}\n\n${p.text}`).join('\n\n----\n\n');
    const htmlParts = d.parts
      .map(
        (p, i) =>
          `<section style="margin:0 0 24px;padding:16px 0 0;border-top:1px solid #ddd"><h2 style="font-size:16px;margin:0 0 8px">${i + 1}. ${escapeHtml(p.subject)}</h2><p style="margin:0;white-space:pre-wrap">${escapeHtml(p.text)}</p></section>`,
      )
      .join('');
    const change = t('digest.changeText', { url: d.profileUrl });
    const changeHtml = t.markup('digest.changeHtml', {
      // At run time the chunks arrive as an array, whatever the type says.
      link: (chunks) => `<a href="${escapeHtml(d.profileUrl)}" style="color:#0f5ea8">${escapeHtml([chunks].flat().join(''))}</a>`,
    });
    return {
      subject,
      text: `${intro}\n\n${textParts}\n\n${change}`,
      html: `<!doctype html><html lang="${escapeHtml(t('layout.lang'))}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1><p style="margin:0 0 16px;white-space:pre-wrap">${escapeHtml(intro)}</p>${htmlParts}
<p style="margin:16px 0;font-size:13px;color:#444">${changeHtml}</p>
<p style="margin:32px 0 0;font-size:12px;color:#555">${escapeHtml(t('layout.footer'))}</p></body></html>`,
    };
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
