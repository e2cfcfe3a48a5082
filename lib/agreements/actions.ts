'use server';

import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { acceptPendingAgreements } from './pending';
import { acceptAgreementsSchema, agreementSchema } from './schema';
import { saveAgreement } from './service';

export const saveAgreementAction = defineAction(agreementSchema, thenRefresh(saveAgreement, '/'));

export const acceptAgreementsAction = defineAction(acceptAgreementsSchema, thenRefresh(acceptPendingAgreements, '/'));
