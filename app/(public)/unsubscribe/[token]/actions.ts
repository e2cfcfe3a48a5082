'use server';

import { redirect } from 'next/navigation';
import { unsubscribeWithToken } from '@/lib/notifications/unsubscribe';

/** The button on the unsubscribe page: only this POST unsubscribes (a mail scanner opening the link
 * changes nothing). The page then shows the outcome; a link no longer valid shows why. */
export async function confirmUnsubscribe(token: string): Promise<void> {
  const safe = typeof token === 'string' ? token : '';
  const done = await unsubscribeWithToken(safe, 'page');
  redirect(`/unsubscribe/${encodeURIComponent(safe)}${done ? '?done=1' : ''}`);
}
