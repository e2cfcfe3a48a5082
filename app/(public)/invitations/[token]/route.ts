import { followInvitation } from '@/lib/nominations/invitations';

export const dynamic = 'force-dynamic';

/** A nominee's invitation link. A valid one is used up and signs the holder in (or up) with the
 * invited address, then opens the nomination; anything else goes to a page that explains and
 * offers a way forward. Answered with a relative Location so the browser stays on its host. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = await followInvitation(token);
  const location = outcome.kind === 'sign-in' ? outcome.url : `/invitations/link-problem?reason=${outcome.reason}`;
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  });
}
