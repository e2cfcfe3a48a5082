'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { resendNotificationSchema } from '@/lib/notifications/schema';
import { refreshDashboard } from './dashboard-refresh';
import { resendNotification } from './resend-notification';
import { refreshDashboardSchema } from './schema';

export const resendNotificationAction = defineAction(resendNotificationSchema, async (viewer, input) => {
  await resendNotification(viewer, input);
  revalidatePath('/admin/notifications', 'layout');
});

export const refreshDashboardAction = defineAction(refreshDashboardSchema, async (viewer, input) => {
  await refreshDashboard(viewer, input);
  revalidatePath('/admin');
});
