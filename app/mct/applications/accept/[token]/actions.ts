'use server';

import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/guards';
import { followApplicationLink } from '@/lib/mct/accept-link';

/** The candidate confirms the application link's page: the link is used up now (exactly once,
 * however many times this runs at the same moment) and signs them in, or up, with the address it
 * was sent to, then opens the application. A link that no longer works leads to the page that
 * explains, or, for its own candidate already signed in, straight to the application. */
export async function continueWithApplicationLink(token: string): Promise<void> {
  const outcome = await followApplicationLink(typeof token === 'string' ? token : '');
  if (outcome.status === 'valid') redirect(outcome.location);
  if (outcome.status === 'used') {
    const viewer = await getViewer();
    if (viewer && viewer.email === outcome.email) redirect(`/mct/applications/${outcome.applicationId}`);
  }
  redirect(`/mct/applications/accept?link=${outcome.status}`);
}
