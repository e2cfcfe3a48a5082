// The shared frame of every email: a title, paragraphs, an optional call to action with its link
// also in plain text. Everything a person typed is escaped before it reaches the HTML.
import { emailTranslator, type EmailTranslator } from './translate';

export type RenderedEmail = { subject: string; text: string; html: string };

/** Escapes text for inclusion in HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The HTML part of an email (in English unless the recipient's translator is given). */
export function emailLayout(
  title: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  t: EmailTranslator = emailTranslator(),
): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0f5ea8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>
       <p style="margin:0 0 16px;font-size:13px;color:#444">${escapeHtml(t('layout.paste', { url: action.url }))}</p>`
    : '';
  return `<!doctype html><html lang="${escapeHtml(t('layout.lang'))}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>${body}${button}
<p style="margin:32px 0 0;font-size:12px;color:#555">${escapeHtml(t('layout.footer'))}</p></body></html>`;
}

/** An email of paragraphs with one link: the HTML's button says `button`; the plain text ends with the
 * link after `linkText` ("See your application: https://…"). The HTML's heading is `title`, else the subject. */
export function linkEmail(
  t: EmailTranslator,
  e: { subject: string; title?: string; lines: string[]; linkText: string; button: string; url: string },
): RenderedEmail {
  return {
    subject: e.subject,
    text: `${e.lines.join('\n\n')}\n\n${e.linkText}: ${e.url}`,
    html: emailLayout(e.title ?? e.subject, e.lines, { label: e.button, url: e.url }, t),
  };
}

/** "15 minutes", "3 hours", "7 days" until a moment ("15 minutos" with a Spanish translator). */
export function formatExpiry(expires: Date, now = Date.now(), t: EmailTranslator = emailTranslator()): string {
  const minutes = Math.max(1, Math.round((expires.getTime() - now) / 60000));
  if (minutes >= 2 * 24 * 60) return t('expiry.days', { count: Math.round(minutes / (24 * 60)) });
  return minutes >= 120 ? t('expiry.hours', { count: Math.round(minutes / 60) }) : t('expiry.minutes', { count: minutes });
}
