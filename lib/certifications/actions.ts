'use server';

import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { updateHeldCertificationSchema } from './schema';
import { updateHeldCertification } from './service';

export const updateHeldCertificationAction = defineAction(updateHeldCertificationSchema, thenRefresh(updateHeldCertification, '/mct'));
