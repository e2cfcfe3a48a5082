import 'server-only';
import { consumeActionToken, peekActionToken } from '@/lib/auth/action-tokens';
import { signInUrlFor } from '@/lib/auth/link-sign-in';

export type AcceptLinkOutcome =
  { status: 'valid'; location: string } | { status: 'expired' | 'used'; email: string; applicationId: string } | { status: 'unknown' };

export type ApplicationLink =
  { status: 'valid'; email: string } | { status: 'expired' | 'used'; email: string; applicationId: string } | { status: 'unknown' };

/** What opening the link emailed for a provider-started MCT application shows, without using it up
 * (mail scanners open links before people do): a valid link names only the address it was sent to. */
export async function checkApplicationLink(rawToken: string, now: Date = new Date()): Promise<ApplicationLink> {
  const result = await peekActionToken(rawToken, 'MCT_APPLICATION_ACCEPT', now);
  if (result.status === 'valid') return { status: 'valid', email: result.email };
  if (result.status === 'unknown') return { status: 'unknown' };
  return { status: result.status, email: result.email, applicationId: result.subjectId };
}

/** Follows the link emailed for a provider-started MCT application, once the person confirms. A
 * valid link is used up and answers with a URL that signs the holder in (or up) as the address it
 * was sent to and opens the application; any other link says only why it no longer works. */
export async function followApplicationLink(rawToken: string, now: Date = new Date()): Promise<AcceptLinkOutcome> {
  const result = await consumeActionToken(rawToken, 'MCT_APPLICATION_ACCEPT', now);
  if (result.status === 'valid') {
    return { status: 'valid', location: await signInUrlFor(result.email, `/mct/applications/${result.subjectId}`) };
  }
  if (result.status === 'unknown') return { status: 'unknown' };
  return { status: result.status, email: result.email, applicationId: result.subjectId };
}

/** Where the candidate goes once they confirm the application link's page: the sign-in URL of a link
 * used up now; for its own candidate already signed in, the application; otherwise the page that
 * explains why the link no longer works. `signedIn` reads the session (only needed for a used link). */
export async function applicationLinkDestination(rawToken: unknown, signedIn: () => Promise<{ email: string } | null>): Promise<string> {
  const outcome = await followApplicationLink(typeof rawToken === 'string' ? rawToken : '');
  if (outcome.status === 'valid') return outcome.location;
  if (outcome.status === 'used') {
    const viewer = await signedIn();
    if (viewer && viewer.email === outcome.email) return `/mct/applications/${outcome.applicationId}`;
  }
  return `/mct/applications/accept?link=${outcome.status}`;
}
