// What goes on the wire for one outbox row: the stored parts, plus, for optional emails, an
// unsubscribe footer (text and HTML) and the RFC 8058 one-click headers. Added at send time so the
// digest can quote its parts without their footers, and the links follow the current APP_URL.
import type { NotificationUrgency } from '@/lib/generated/prisma/enums';
import { escapeHtml } from './templates/layout';
import { isOptionalEmail } from './routing';
import { signUnsubscribeToken } from './unsubscribe-token';

type Row = { userId: string | null; urgency: NotificationUrgency; template: string; textBody: string; htmlBody: string };

export type OutgoingEmail = { text: string; html: string; headers: Record<string, string> };

/** The page a person opens to unsubscribe (a button there does it, so mail scanners opening the link do not). */
export const unsubscribePageUrl = (appUrl: string, token: string) => `${appUrl}/unsubscribe/${token}`;
/** The one-click address mail programs POST to (List-Unsubscribe-Post). */
export const oneClickUnsubscribeUrl = (appUrl: string, token: string) => `${appUrl}/api/unsubscribe/${token}`;

/** The text and HTML parts and extra headers of an email as it is sent. */
export function composeOutgoing(n: Row, opts: { appUrl: string; secret: string | undefined }): OutgoingEmail {
  if (!n.userId || !opts.secret || !isOptionalEmail(n)) return { text: n.textBody, html: n.htmlBody, headers: {} };
  const token = signUnsubscribeToken(n.userId, opts.secret);
  const page = unsubscribePageUrl(opts.appUrl, token);
  const text = `${n.textBody}\n\n--\nYou get this email because of your notification settings. To stop status updates and reminders (sign-in links, invitations and deadlines still arrive), unsubscribe: ${page}\nOr choose a daily digest in your profile: ${opts.appUrl}/profile`;
  const footer = `<p style="margin:24px 0 0;font-size:12px;color:#555">You get this email because of your notification settings. <a href="${escapeHtml(page)}" style="color:#0f5ea8">Unsubscribe from status updates and reminders</a> (sign-in links, invitations and deadlines still arrive), or <a href="${escapeHtml(`${opts.appUrl}/profile`)}" style="color:#0f5ea8">choose a daily digest</a>.</p>`;
  const html = n.htmlBody.includes('</body>')
    ? n.htmlBody.replace(/<\/body>(?![\s\S]*<\/body>)/, `${footer}</body>`)
    : `${n.htmlBody}${footer}`;
  return {
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${oneClickUnsubscribeUrl(opts.appUrl, token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
