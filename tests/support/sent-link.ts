// The one-time link an outbox row carries sealed (lib/notifications/one-time-link.ts): what the
// worker puts into the email it sends. Tests that follow a link without a worker read it here.
import { openLink } from '@/lib/notifications/one-time-link';

/** The link an outbox row will send, or '' when it carries none. */
export function sentLinkOf(row: { sealedLink: string | null }): string {
  return row.sealedLink ? openLink(row.sealedLink, process.env.AUTH_SECRET) : '';
}
