// Email templates: each turns typed data into a subject, a plain-text part and an HTML part.
// Everything a person typed is escaped before it reaches the HTML.

export type RenderedEmail = { subject: string; text: string; html: string };

/** Escapes text for inclusion in HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#0f5ea8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>
       <p style="margin:0 0 16px;font-size:13px;color:#444">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : '';
  return `<!doctype html><html><body style="font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1b1b1b;max-width:560px;margin:0 auto;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(title)}</h1>${body}${button}
<p style="margin:32px 0 0;font-size:12px;color:#555">Community Programs Portal · MVP and MCT</p></body></html>`;
}

function formatExpiry(expires: Date): string {
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60000));
  return minutes >= 120 ? `${Math.round(minutes / 60)} hours` : `${minutes} minutes`;
}

export const templates = {
  'auth.sign-in-link': (d: { url: string; expires: Date }): RenderedEmail => {
    const expiry = formatExpiry(d.expires);
    return {
      subject: 'Your sign-in link for the Community Programs Portal',
      text: `Use this link to sign in:\n\n${d.url}\n\nIt works once and expires in ${expiry}. If you did not ask for it, ignore this email; nobody can sign in without the link.`,
      html: layout(
        'Sign in to the Community Programs Portal',
        [
          `This link works once and expires in ${expiry}.`,
          'If you did not ask for it, ignore this email; nobody can sign in without the link.',
        ],
        { label: 'Sign in', url: d.url },
      ),
    };
  },
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateData<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];

/** Renders a template by name. */
export function renderTemplate<T extends TemplateName>(name: T, data: TemplateData<T>): RenderedEmail {
  return (templates[name] as (d: TemplateData<T>) => RenderedEmail)(data);
}
