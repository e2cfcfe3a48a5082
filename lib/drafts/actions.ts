'use server';

import { defineAction } from '@/lib/actions/define-action';
import { clearDraftSchema, saveDraftSchema } from './schema';
import { clearFormDraft, saveFormDraft } from './service';

/** Keeps what the signed-in person typed in a form (components/forms/use-form-draft.ts calls it as they type). */
export const saveDraftAction = defineAction(saveDraftSchema, (viewer, input) => saveFormDraft(viewer, input));

/** Forgets the signed-in person's draft of a form. */
export const clearDraftAction = defineAction(clearDraftSchema, (viewer, input) => clearFormDraft(viewer, input));
