// Who may read the development mailbox (/dev/mailbox): every email the portal sent, sign-in links
// included. Only on a development or test server (not NODE_ENV=production unless DEMO_MODE=1, the
// end-to-end tests' server), only where the local SMTP catcher writes (MAILBOX_DIR), and only for a
// browser on the server's own machine (lib/security/client-ip.ts isLoopbackRequest).
import { isDemoAllowed, type Env } from '@/lib/env';
import { isLoopbackRequest } from '@/lib/security/client-ip';

/** The mailbox directory this request may read, or null (the page is then a 404). */
export function devMailboxDirFor(headers: Headers, e: Env): string | null {
  if (!e.MAILBOX_DIR || !isDemoAllowed(e)) return null;
  return isLoopbackRequest(headers) ? e.MAILBOX_DIR : null;
}
