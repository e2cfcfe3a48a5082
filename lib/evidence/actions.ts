'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { localizeFileProblems } from '@/lib/i18n/app-errors';
import { deleteEvidenceItemSchema, evidenceImportSchema, evidenceItemSchema, evidencePreviewSchema } from './schema';
import { deleteEvidenceItem, importEvidenceWithinLimit, previewEvidenceImportWithinLimit, saveEvidenceItem } from './service';

/** Adds a contribution to the signed-in person's log, or changes one of theirs. */
export const saveEvidenceAction = defineAction(evidenceItemSchema, async (viewer, input) => {
  const result = await saveEvidenceItem(viewer, input);
  revalidatePath('/evidence');
  return result;
});

/** Deletes one of the signed-in person's contributions. */
export const deleteEvidenceAction = defineAction(deleteEvidenceItemSchema, async (viewer, input) => {
  await deleteEvidenceItem(viewer, input);
  revalidatePath('/evidence');
});

/** Checks an evidence CSV row by row; saves nothing. */
export const previewEvidenceCsvAction = defineAction(
  evidencePreviewSchema,
  (viewer, input) => previewEvidenceImportWithinLimit(viewer, input),
  { localizeResult: localizeFileProblems },
);

/** Saves the contributions of an evidence CSV after checking it again. */
export const importEvidenceCsvAction = defineAction(evidenceImportSchema, async (viewer, input) => {
  const result = await importEvidenceWithinLimit(viewer, input);
  revalidatePath('/evidence');
  return result;
});
