'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { resendNotificationSchema } from '@/lib/notifications/schema';
import { resendNotification } from './resend-notification';

export const resendNotificationAction = defineAction(resendNotificationSchema, async (viewer, input) => {
  await resendNotification(viewer, input);
  revalidatePath('/admin/notifications', 'layout');
});
