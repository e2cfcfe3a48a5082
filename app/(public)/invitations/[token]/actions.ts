'use server';

import { redirect } from 'next/navigation';
import { followInvitation } from '@/lib/nominations/invitations';

/** The nominee confirms the invitation page: the link is used up now (exactly once, however many
 * times this runs at the same moment) and signs them in, or up, with the invited address, then opens
 * the nomination. A link used or expired meanwhile leads to the page that explains. */
export async function continueWithInvitation(token: string): Promise<void> {
  const outcome = await followInvitation(typeof token === 'string' ? token : '');
  redirect(outcome.kind === 'sign-in' ? outcome.url : `/invitations/link-problem?reason=${outcome.reason}`);
}
