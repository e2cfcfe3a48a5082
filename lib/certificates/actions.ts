'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { issueCertificateSchema } from './schema';
import { issueCertificate } from './service';

export const issueCertificateAction = defineAction(issueCertificateSchema, async (viewer, input) => {
  const issued = await issueCertificate(viewer, input);
  revalidatePath(input.kind === 'MVP' ? `/awards/${input.recordId}` : '/mct/membership');
  return issued;
});
