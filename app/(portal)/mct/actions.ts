'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import {
  acceptAgreementSchema,
  addCertificationSchema,
  applySchema,
  removeCertificationSchema,
  submitProviderApplicationSchema,
  withdrawApplicationSchema,
} from '@/lib/mct/schema';
import {
  acceptProgramAgreement,
  addCertification,
  applySelfService,
  removeCertification,
  submitProviderApplication,
  withdrawApplication,
} from '@/lib/mct/service';

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
