'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { createExportTokenSchema, createProviderTokenSchema, revokeTokenSchema } from './schema';
import { createExportToken, createProviderToken, revokeToken } from './service';

/** Returns the new token's secret: the page shows it once. */
export const createProviderTokenAction = defineAction(createProviderTokenSchema, async (viewer, input) => {
  const token = await createProviderToken(viewer, input);
  revalidatePath('/provider/api-tokens');
  return token;
});

/** Returns the new token's secret: the page shows it once. */
export const createExportTokenAction = defineAction(createExportTokenSchema, async (viewer, input) => {
  const token = await createExportToken(viewer, input);
  revalidatePath('/admin/api-tokens');
  return token;
});

export const revokeApiTokenAction = defineAction(revokeTokenSchema, async (viewer, input) => {
  await revokeToken(viewer, input);
  revalidatePath('/provider/api-tokens');
  revalidatePath('/admin/api-tokens');
});
