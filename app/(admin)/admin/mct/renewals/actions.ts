'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { decideRenewalSchema } from '@/lib/memberships/schema';
import { decideRenewal } from '@/lib/memberships/service';

export const decideRenewalAction = defineAction(decideRenewalSchema, async (viewer, input) => {
  await decideRenewal(viewer, input);
  revalidatePath('/admin/mct/renewals');
});
