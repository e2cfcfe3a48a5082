'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { acceptPendingAgreements } from './pending';
import { acceptAgreementsSchema, agreementSchema } from './schema';
import { saveAgreement } from './service';

export const saveAgreementAction = defineAction(agreementSchema, async (viewer, input) => {
  const result = await saveAgreement(viewer, input);
  revalidatePath('/', 'layout');
  return result;
});

export const acceptAgreementsAction = defineAction(acceptAgreementsSchema, async (viewer, input) => {
  const result = await acceptPendingAgreements(viewer, input);
  revalidatePath('/', 'layout');
  return result;
});
