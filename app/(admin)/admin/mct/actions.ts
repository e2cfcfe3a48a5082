'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import {
  addPause,
  removeCatalogueCertification,
  removePause,
  saveCertification,
  updateEnrollmentSettings,
  updatePause,
} from '@/lib/mct/admin-service';
import {
  addPauseSchema,
  certificationSchema,
  decideApplicationSchema,
  enrollmentSettingsSchema,
  removeCatalogueEntrySchema,
  removePauseSchema,
  updatePauseSchema,
} from '@/lib/mct/schema';
import { decideApplication } from '@/lib/mct/service';
import { addProviderStaff, removeProviderStaff, saveProvider } from '@/lib/providers/admin-service';
import { addStaffSchema, providerSchema, removeStaffSchema } from '@/lib/providers/schema';

// Enrollment settings and pauses change what every candidate sees on the MCT pages.
const revalidateEnrollment = () => {
  revalidatePath('/admin', 'layout');
  revalidatePath('/mct', 'layout');
};

export const saveEnrollmentSettingsAction = defineAction(enrollmentSettingsSchema, async (viewer, input) => {
  await updateEnrollmentSettings(viewer, input);
  revalidateEnrollment();
});

export const addPauseAction = defineAction(addPauseSchema, async (viewer, input) => {
  await addPause(viewer, input);
  revalidateEnrollment();
});

export const updatePauseAction = defineAction(updatePauseSchema, async (viewer, input) => {
  await updatePause(viewer, input);
  revalidateEnrollment();
});

export const removePauseAction = defineAction(removePauseSchema, async (viewer, input) => {
  await removePause(viewer, input);
  revalidateEnrollment();
});

export const saveCertificationAction = defineAction(certificationSchema, async (viewer, input) => {
  await saveCertification(viewer, input);
  revalidatePath('/admin/mct/certifications');
});

export const removeCertificationFromCatalogueAction = defineAction(removeCatalogueEntrySchema, async (viewer, input) => {
  await removeCatalogueCertification(viewer, input);
  revalidatePath('/admin/mct/certifications');
});

export const saveProviderAction = defineAction(providerSchema, async (viewer, input) => {
  const result = await saveProvider(viewer, input);
  revalidatePath('/admin', 'layout');
  return result;
});

export const addProviderStaffAction = defineAction(addStaffSchema, async (viewer, input) => {
  await addProviderStaff(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const removeProviderStaffAction = defineAction(removeStaffSchema, async (viewer, input) => {
  await removeProviderStaff(viewer, input);
  revalidatePath('/admin', 'layout');
});

export const decideApplicationAction = defineAction(decideApplicationSchema, async (viewer, input) => {
  await decideApplication(viewer, input);
  revalidatePath('/admin/mct/applications', 'layout');
});
