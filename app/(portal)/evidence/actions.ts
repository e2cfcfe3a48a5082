'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { deleteEvidenceItemSchema, evidenceImportSchema, evidenceItemSchema, evidencePreviewSchema } from '@/lib/evidence/schema';
import { withRateLimit } from '@/lib/security/rate-limit';
import { deleteEvidenceItem, importEvidence, previewEvidenceImport, saveEvidenceItem } from '@/lib/evidence/service';

/** Adds a contribution to the signed-in person's log, or changes one of theirs. */
export const saveEvidence = defineAction(evidenceItemSchema, async (viewer, input) => {
  const result = await saveEvidenceItem(viewer, input);
  revalidatePath('/evidence');
  return result;
});

/** Deletes one of the signed-in person's contributions. */
export const deleteEvidence = defineAction(deleteEvidenceItemSchema, async (viewer, input) => {
  await deleteEvidenceItem(viewer, input);
  revalidatePath('/evidence');
});

/** Checks an evidence CSV row by row; saves nothing. */
export const previewEvidenceCsv = defineAction(evidencePreviewSchema, (viewer, input) =>
  withRateLimit('upload:user', viewer.id, () => previewEvidenceImport(viewer, input)),
);

/** Saves the contributions of an evidence CSV after checking it again. */
export const importEvidenceCsv = defineAction(evidenceImportSchema, async (viewer, input) => {
  const result = await withRateLimit('upload:user', viewer.id, () => importEvidence(viewer, input));
  revalidatePath('/evidence');
  return result;
});
