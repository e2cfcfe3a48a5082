import { getViewer } from '@/lib/auth/guards';
import { followApplicationLink } from '@/lib/mct/accept-link';

export const dynamic = 'force-dynamic';

// Relative redirects keep the browser on the host it used (Next.js may name the server differently).
const redirectTo = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

/** The link emailed for a provider-started MCT application: signs the candidate in (or up) with the
 * address it was sent to and opens the application. A link that no longer works leads to a page that
 * says why and what to do, and never shows the application. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = await followApplicationLink(token);
  if (outcome.status === 'valid') return redirectTo(outcome.location);
  if (outcome.status === 'used') {
    // Followed twice by the person it was sent to, who is signed in already: just open it.
    const viewer = await getViewer();
    if (viewer && viewer.email === outcome.email) return redirectTo(`/mct/applications/${outcome.applicationId}`);
  }
  return redirectTo(`/mct/applications/accept?link=${outcome.status}`);
}
