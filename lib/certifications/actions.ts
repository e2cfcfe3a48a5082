'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { updateHeldCertificationSchema } from './schema';
import { updateHeldCertification } from './service';

export const updateHeldCertificationAction = defineAction(updateHeldCertificationSchema, async (viewer, input) => {
  const result = await updateHeldCertification(viewer, input);
  revalidatePath('/mct', 'layout');
  return result;
});
