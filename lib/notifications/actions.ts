'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { resendNotificationSchema } from './schema';
import { resendNotification } from './service';
import { unsubscribeDestination } from './unsubscribe';

export const resendNotificationAction = defineAction(resendNotificationSchema, async (viewer, input) => {
  await resendNotification(viewer, input);
  revalidatePath('/admin/notifications', 'layout');
});

/** The button on the unsubscribe page: only this POST unsubscribes (a mail scanner opening the link
 * changes nothing). The page then shows the outcome; a link no longer valid shows why. */
export async function confirmUnsubscribeAction(token: string): Promise<void> {
  redirect(await unsubscribeDestination(token));
}
