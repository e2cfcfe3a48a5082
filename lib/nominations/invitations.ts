import 'server-only';
import { consumeActionToken, peekActionToken } from '@/lib/auth/action-tokens';
import { signInUrlFor } from '@/lib/auth/link-sign-in';
import { linkInvitedNominee } from './nominee';

export type InvitationProblem = 'expired' | 'used' | 'unknown';

export type FollowedInvitation = { kind: 'sign-in'; url: string } | { kind: 'problem'; reason: InvitationProblem };

// Tokens are 43 base64url characters; anything else cannot be one (and is not worth a query).
const looksLikeToken = (rawToken: string) => /^[A-Za-z0-9_-]{20,100}$/.test(rawToken);

export type InvitationLink = { kind: 'valid'; email: string } | { kind: 'problem'; reason: InvitationProblem };

/** What opening a nominee's invitation link shows, without using it up (mail scanners open links
 * before people do): a valid link names only the invited address; any other says why it does not
 * work and never shows the nomination. */
export async function checkInvitation(rawToken: string, now: Date = new Date()): Promise<InvitationLink> {
  if (!looksLikeToken(rawToken)) return { kind: 'problem', reason: 'unknown' };
  const token = await peekActionToken(rawToken, 'NOMINATION_INVITE', now);
  return token.status === 'valid' ? { kind: 'valid', email: token.email } : { kind: 'problem', reason: token.status };
}

/** What following a nominee's invitation link does, once the person confirms: a valid link (used up
 * now) links the nomination to the invited address's account and signs the holder in, or up, with
 * that address, then opens the nomination; an expired, used or unknown link leads to a page that says
 * so and never shows the nomination. */
export async function followInvitation(rawToken: string, now: Date = new Date()): Promise<FollowedInvitation> {
  if (!looksLikeToken(rawToken)) return { kind: 'problem', reason: 'unknown' };
  const token = await consumeActionToken(rawToken, 'NOMINATION_INVITE', now);
  if (token.status !== 'valid') return { kind: 'problem', reason: token.status };
  await linkInvitedNominee(token.subjectId, token.email);
  return { kind: 'sign-in', url: await signInUrlFor(token.email, `/nominations/${token.subjectId}`) };
}

/** Where the nominee goes once they confirm the invitation page: the sign-in URL of a link used up
 * now, or the page that explains why the link no longer works. */
export async function invitationDestination(rawToken: unknown): Promise<string> {
  const outcome = await followInvitation(typeof rawToken === 'string' ? rawToken : '');
  return outcome.kind === 'sign-in' ? outcome.url : `/invitations/link-problem?reason=${outcome.reason}`;
}
