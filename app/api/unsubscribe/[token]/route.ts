import { unsubscribeWithToken } from '@/lib/notifications/unsubscribe';

export const dynamic = 'force-dynamic';

/** RFC 8058 one-click unsubscribe: mail programs POST "List-Unsubscribe=One-Click" to the address in
 * the List-Unsubscribe header. No session and no CSRF token by design: the signed token is the proof. */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const done = await unsubscribeWithToken(token, 'one-click');
  return done
    ? Response.json({ status: 'unsubscribed' })
    : Response.json({ status: 'invalid', message: 'This unsubscribe link is not valid.' }, { status: 404 });
}

/** Opening the one-click address in a browser (or a scanner fetching it) changes nothing: it leads to
 * the page that asks to confirm. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}` } });
}
