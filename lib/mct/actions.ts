'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { getViewer } from '@/lib/auth/guards';
import { applicationLinkDestination } from './accept-link';
import {
  addPause,
  removeCatalogueCertification,
  removePause,
  saveCertification,
  updateEnrollmentSettings,
  updatePause,
} from './admin-service';
import {
  acceptAgreementSchema,
  addCertificationSchema,
  addPauseSchema,
  applySchema,
  certificationSchema,
  decideApplicationSchema,
  enrollmentSettingsSchema,
  removeCatalogueEntrySchema,
  removeCertificationSchema,
  removePauseSchema,
  submitProviderApplicationSchema,
  updatePauseSchema,
  withdrawApplicationSchema,
} from './schema';
import { acceptProgramAgreement, applySelfService, submitProviderApplication, withdrawApplication } from './service';
import { addCertification, removeCertification } from './certifications';
import { decideApplication } from '@/lib/memberships/decide-application';

// ── The candidate's own certifications, agreement and application ─────────────────────────────

export const addCertificationAction = defineAction(addCertificationSchema, async (viewer, input) => {
  await addCertification(viewer, input);
  revalidatePath('/mct', 'layout');
});

export const removeCertificationAction = defineAction(removeCertificationSchema, async (viewer, input) => {
  await removeCertification(viewer, input);
  revalidatePath('/mct', 'layout');
});

export const acceptAgreementAction = defineAction(acceptAgreementSchema, async (viewer, input) => {
  await acceptProgramAgreement(viewer, input);
  revalidatePath('/mct', 'layout');
});

export const applyAction = defineAction(applySchema, async (viewer, input) => {
  const result = await applySelfService(viewer, input);
  revalidatePath('/mct', 'layout');
  revalidatePath('/dashboard');
  return result;
});

export const submitProviderApplicationAction = defineAction(submitProviderApplicationSchema, async (viewer, input) => {
  await submitProviderApplication(viewer, input);
  revalidatePath('/mct', 'layout');
  revalidatePath('/dashboard');
});

export const withdrawApplicationAction = defineAction(withdrawApplicationSchema, async (viewer, input) => {
  await withdrawApplication(viewer, input);
  revalidatePath('/mct', 'layout');
  revalidatePath('/dashboard');
});

/** The candidate confirms the application link's page: the link is used up now (exactly once,
 * however many times this runs at the same moment) and signs them in, or up, with the address it
 * was sent to, then opens the application. A link that no longer works leads to the page that
 * explains, or, for its own candidate already signed in, straight to the application. */
export async function continueWithApplicationLinkAction(token: string): Promise<void> {
  redirect(await applicationLinkDestination(token, getViewer));
}

// ── Administration: enrollment settings, pauses, the certification catalogue, decisions ──────────

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

export const decideApplicationAction = defineAction(decideApplicationSchema, async (viewer, input) => {
  await decideApplication(viewer, input);
  revalidatePath('/admin/mct/applications', 'layout');
});
