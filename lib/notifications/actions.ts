'use server';

import { redirect } from 'next/navigation';
import { unsubscribeDestination } from './unsubscribe';

/** The button on the unsubscribe page: only this POST unsubscribes (a mail scanner opening the link
 * changes nothing). The page then shows the outcome; a link no longer valid shows why. */
export async function confirmUnsubscribeAction(token: string): Promise<void> {
  redirect(await unsubscribeDestination(token));
}
