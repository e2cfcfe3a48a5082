import 'server-only';
import { consumeActionToken } from '@/lib/auth/action-tokens';
import { signInUrlFor } from '@/lib/auth/link-sign-in';

export type InvitationProblem = 'expired' | 'used' | 'unknown';

export type FollowedInvitation = { kind: 'sign-in'; url: string } | { kind: 'problem'; reason: InvitationProblem };

/** What following a nominee's invitation link does: a valid link (used up now) signs the holder in,
 * or up, with the invited address and opens the nomination; an expired, used or unknown link leads
 * to a page that says so and never shows the nomination. */
export async function followInvitation(rawToken: string, now: Date = new Date()): Promise<FollowedInvitation> {
  // Tokens are 43 base64url characters; anything else cannot be one (and is not worth a query).
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(rawToken)) return { kind: 'problem', reason: 'unknown' };
  const token = await consumeActionToken(rawToken, 'NOMINATION_INVITE', now);
  if (token.status !== 'valid') return { kind: 'problem', reason: token.status };
  return { kind: 'sign-in', url: await signInUrlFor(token.email, `/nominations/${token.subjectId}`) };
}
