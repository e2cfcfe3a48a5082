// One-time links (a sign-in link, a nominee's invitation, an MCT acceptance) never sit readable in
// the outbox: whoever reads the outbox (an admin on the notification pages, a database backup) could
// otherwise sign in as the recipient. The stored bodies carry a placeholder; the link itself is kept
// beside them encrypted (AES-256-GCM, key derived from AUTH_SECRET) until the worker has handed the
// email to SMTP, and is then forgotten.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { escapeHtml } from './templates/layout';

/** Templates whose `url` is a one-time link. */
export const ONE_TIME_LINK_TEMPLATES: ReadonlySet<string> = new Set([
  'auth.sign-in-link',
  'mvp.nomination-invitation',
  'mct.provider-application',
]);

/** What the stored email shows where the link goes (unchanged by HTML escaping). */
export const ONE_TIME_LINK_PLACEHOLDER = '[one-time link: sent to the recipient only]';

const keyOf = (secret: string) => createHash('sha256').update(`portal:one-time-link:v1:${secret}`).digest();

function requireSecret(secret: string | undefined): string {
  if (!secret) throw new Error('AUTH_SECRET is needed to keep one-time links out of the outbox');
  return secret;
}

/** The link encrypted for storage: iv.tag.ciphertext, base64url. */
export function sealLink(link: string, secret: string | undefined): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(requireSecret(secret)), iv);
  const data = Buffer.concat([cipher.update(link, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

/** The link back from sealLink's output (throws when it was not sealed with this secret). */
export function openLink(sealed: string, secret: string | undefined): string {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new Error('not a sealed link');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(requireSecret(secret)), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

type Parts = { text: string; html: string };

/** The parts with every copy of the link (as text and HTML-escaped) replaced by the placeholder.
 * Throws if a copy in any other form remains: a one-time link never reaches the outbox. */
export function redactLink(parts: Parts, link: string): Parts {
  const swap = (s: string) => s.split(escapeHtml(link)).join(ONE_TIME_LINK_PLACEHOLDER).split(link).join(ONE_TIME_LINK_PLACEHOLDER);
  const out = { text: swap(parts.text), html: swap(parts.html) };
  // The token: the longest run of token characters in the link.
  const token = (link.match(/[A-Za-z0-9_-]{16,}/g) ?? []).sort((a, b) => b.length - a.length)[0];
  if (token && (out.text.includes(token) || out.html.includes(token))) throw new Error('a one-time link would be stored in the outbox');
  return out;
}

/** The parts as sent: the placeholder replaced by the link. */
export function restoreLink(parts: Parts, link: string): Parts {
  return {
    text: parts.text.split(ONE_TIME_LINK_PLACEHOLDER).join(link),
    html: parts.html.split(ONE_TIME_LINK_PLACEHOLDER).join(escapeHtml(link)),
  };
}
