'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { profileSchema } from '@/lib/people/schema';
import { updateProfile } from '@/lib/people/service';

export const saveProfile = defineAction(profileSchema, async (viewer, input) => {
  await updateProfile(viewer, input);
  revalidatePath('/', 'layout');
});
