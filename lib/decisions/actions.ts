'use server';

import { defineAction, thenRefresh } from '@/lib/actions/define-action';
import { closeReviewSchema, decideSchema, releaseDecisionsSchema } from './schema';
import { closeReview, decideSubmission, releaseDecisions } from './service';

export const closeReviewAction = defineAction(closeReviewSchema, thenRefresh(closeReview, '/admin'));

export const decideAction = defineAction(decideSchema, thenRefresh(decideSubmission, '/admin'));

export const releaseDecisionsAction = defineAction(releaseDecisionsSchema, thenRefresh(releaseDecisions, '/admin'));
