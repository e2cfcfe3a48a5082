'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import {
  decideRenewalSchema,
  deliverySchema,
  removeDeliverySchema,
  requestLoungeSchema,
  submitRenewalSchema,
  switchToAlumniSchema,
} from './schema';
import { requestLoungeAccess, switchToAlumni } from './service';
import { addDelivery, removeDelivery } from './deliveries';
import { decideRenewal, submitRenewal } from './renewal';

const refresh = () => {
  revalidatePath('/mct', 'layout');
  revalidatePath('/dashboard');
};

export const addDeliveryAction = defineAction(deliverySchema, async (viewer, input) => {
  await addDelivery(viewer, input);
  refresh();
});

export const removeDeliveryAction = defineAction(removeDeliverySchema, async (viewer, input) => {
  await removeDelivery(viewer, input);
  refresh();
});

export const submitRenewalAction = defineAction(submitRenewalSchema, async (viewer, input) => {
  const result = await submitRenewal(viewer, input);
  refresh();
  return result;
});

export const switchToAlumniAction = defineAction(switchToAlumniSchema, async (viewer, input) => {
  await switchToAlumni(viewer, input);
  refresh();
});

export const requestLoungeAction = defineAction(requestLoungeSchema, async (viewer, input) => {
  const result = await requestLoungeAccess(viewer, input);
  refresh();
  return result;
});

export const decideRenewalAction = defineAction(decideRenewalSchema, async (viewer, input) => {
  await decideRenewal(viewer, input);
  revalidatePath('/admin/mct/renewals');
});
