import { escapeHtml, type RenderedEmail } from './layout';

/** One email the digest carries: its subject and plain-text part, as queued. */
export type DigestPart = { subject: string; text: string };

const plural = (n: number) => `${n} update${n === 1 ? '' : 's'}`;

/** The daily digest: the optional emails (status changes, reminders) held for one person today. */
export const digestTemplates = {
  'notifications.daily-digest': (d: { name: string | null; parts: DigestPart[]; profileUrl: string }): RenderedEmail => {
    const subject = `Your daily summary: ${plural(d.parts.length)}`;
    const intro = `${d.name ? `Hello ${d.name},` : 'Hello,'}\n\nYou chose one daily email for status updates and reminders. Here ${d.parts.length === 1 ? 'is' : 'are'} today's ${plural(d.parts.length)}.`;
    const textParts = d.parts.map((p, i) => `${i + 1}. ${p.subject}\n\n${p.text}`).join('\n\n----\n\n');
    const htmlParts = d.parts
      .map(
        (p, i) =>
          `<section style="margin:0 0 24px;padding:16px 0 0;border-top:1px solid #ddd"><h2 style="font-size:16px;margin:0 0 8px">${i + 1}. ${escapeHtml(p.subject)}</h2><p style="margin:0;white-space:pre-wrap">${escapeHtml(p.text)}</p></section>`,
      )
      .join('');
    const change = `To get each email as it happens instead, change your notification settings: ${d.profileUrl}`;
    return {
      subject,
      text: `${intro}\n\n${textParts}\n\n${change}`,
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(subject)}</h1><p style="margin:0 0 16px;white-space:pre-wrap">${escapeHtml(intro)}</p>${htmlParts}
<p style="margin:16px 0;font-size:13px;color:#444">To get each email as it happens instead, <a href="${escapeHtml(d.profileUrl)}" style="color:#0f5ea8">change your notification settings</a>.</p>
<p style="margin:32px 0 0;font-size:12px;color:#555">Community Programs Portal · MVP and MCT</p></body></html>`,
    };
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
