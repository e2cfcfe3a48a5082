import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One email caught by the local SMTP catcher. */
export type CaughtMail = {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The outbox row it was sent for (X-Portal-Notification), to prove each email went out once. */
  notificationId?: string;
  /** The List-Unsubscribe and List-Unsubscribe-Post headers of optional emails (RFC 8058 one-click). */
  listUnsubscribe?: string;
  listUnsubscribePost?: string;
};

/** The caught emails in dir, newest first, optionally only those sent to one address. */
export function readMailbox(dir: string, opts: { to?: string; limit?: number } = {}): CaughtMail[] {
  if (!existsSync(dir)) return [];
  const to = opts.to?.trim().toLowerCase();
  const mails = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CaughtMail)
    .filter((m) => !to || m.to.includes(to))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt) || b.id.localeCompare(a.id));
  return opts.limit ? mails.slice(0, opts.limit) : mails;
}
