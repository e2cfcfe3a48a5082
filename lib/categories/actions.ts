'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { categorySchema, focusAreaSchema, reorderSchema, retireSchema } from './schema';
import { reorder, saveCategory, saveFocusArea, setRetired } from './service';

// The catalogue is what the nomination and evidence forms offer, and what admin pages list.
const revalidateCatalogue = () => revalidatePath('/', 'layout');

export const saveCategoryAction = defineAction(categorySchema, async (viewer, input) => {
  const result = await saveCategory(viewer, input);
  revalidateCatalogue();
  return result;
});

export const saveFocusAreaAction = defineAction(focusAreaSchema, async (viewer, input) => {
  const result = await saveFocusArea(viewer, input);
  revalidateCatalogue();
  return result;
});

export const reorderCatalogueAction = defineAction(reorderSchema, async (viewer, input) => {
  await reorder(viewer, input);
  revalidateCatalogue();
});

export const retireCatalogueEntryAction = defineAction(retireSchema, async (viewer, input) => {
  await setRetired(viewer, input);
  revalidateCatalogue();
});
