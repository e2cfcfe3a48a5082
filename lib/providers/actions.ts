'use server';

import { revalidatePath } from 'next/cache';
import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { addProviderStaff, removeProviderStaff, saveProvider } from './admin-service';
import { findCandidateCompletions } from './queries';
import {
  addStaffSchema,
  confirmCompletionSchema,
  findCandidateCompletionsSchema,
  providerSchema,
  removeStaffSchema,
  startApplicationSchema,
} from './schema';
import { confirmCompletion } from './service';
import { startProviderApplication } from './start-application';

// ── ISC provider staff ───────────────────────────────────────────────────────────────────────────

export const confirmCompletionAction = defineAction(confirmCompletionSchema, async (viewer, input) => {
  await confirmCompletion(viewer, input);
  revalidatePath('/provider');
});

export const findCandidateCompletionsAction = defineAction(findCandidateCompletionsSchema, async (viewer, input) =>
  findCandidateCompletions(viewer, input),
);

export const startApplicationAction = defineAction(startApplicationSchema, async (viewer, input) => {
  const result = await startProviderApplication(viewer, input);
  revalidatePath('/provider');
  return result;
});

// ── Administration: providers and their staff ────────────────────────────────────────────────────

export const saveProviderAction = defineAction(providerSchema, thenRefresh(saveProvider, '/admin'));

export const addProviderStaffAction = defineAction(addStaffSchema, async (viewer, input) => {
  await addProviderStaff(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const removeProviderStaffAction = defineAction(removeStaffSchema, async (viewer, input) => {
  await removeProviderStaff(viewer, input);
  revalidatePath('/admin', 'layout');
});
