// A privacy request's states: an export completes at once; an erasure waits for an admin, who confirms
// (completed) or rejects it with a reason. Both ends are final: asking again is a new request.
import { AppError } from '@/lib/errors';
import type { PrivacyRequestStatus } from '@/lib/generated/prisma/enums';

export const PRIVACY_REQUEST_TRANSITIONS: Record<PrivacyRequestStatus, readonly PrivacyRequestStatus[]> = {
  REQUESTED: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};

/** Whether a privacy request may move from one status to another. */
export function canTransitionPrivacyRequest(from: PrivacyRequestStatus, to: PrivacyRequestStatus): boolean {
  return PRIVACY_REQUEST_TRANSITIONS[from].includes(to);
}

/** Refuses a privacy request change the table does not allow. */
export function assertPrivacyRequestTransition(from: PrivacyRequestStatus, to: PrivacyRequestStatus): void {
  if (!canTransitionPrivacyRequest(from, to)) throw new AppError('CONFLICT', 'This request has already been handled.');
}
