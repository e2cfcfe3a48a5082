// The nomination lifecycle: one table of allowed transitions, and how each status is shown to the
// nominee and the nominator with its next step. Every status change goes through
// assertNominationTransition (lib/nominations/service.ts, lib/nominations/expire-invitations.ts).
import { AppError } from '@/lib/errors';
import type { NominationStatus, SubmissionStatus } from '@/lib/generated/prisma/enums';

export const NOMINATION_TRANSITIONS: Record<NominationStatus, readonly NominationStatus[]> = {
  INVITED: ['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'],
  ACCEPTED: ['SUBMITTED', 'WITHDRAWN', 'EXPIRED'],
  SUBMITTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['DECIDED'],
  DECIDED: [],
  DECLINED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** Whether a nomination may move from one status to another. */
export function canTransitionNomination(from: NominationStatus, to: NominationStatus): boolean {
  return NOMINATION_TRANSITIONS[from].includes(to);
}

/** Statuses in which a nomination is still open (blocks a second nomination for the same person and category). */
export const OPEN_NOMINATION_STATUSES: readonly NominationStatus[] = ['INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW'];

/** Whether a nomination is still open. */
export function isOpenNomination(status: NominationStatus): boolean {
  return OPEN_NOMINATION_STATUSES.includes(status);
}

/** The statuses a nomination passes through when all goes well, in order (the history shows where it is). */
export const NOMINATION_JOURNEY: readonly NominationStatus[] = ['INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW', 'DECIDED'];

const VERB: Record<NominationStatus, string> = {
  INVITED: 'invited again',
  ACCEPTED: 'accepted',
  SUBMITTED: 'submitted',
  UNDER_REVIEW: 'put under review',
  DECIDED: 'decided',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
};

/** Refuses a transition the table does not allow, with a message fit for the person who asked. */
export function assertNominationTransition(from: NominationStatus, to: NominationStatus): void {
  if (!canTransitionNomination(from, to)) {
    throw new AppError(
      'CONFLICT',
      `This nomination is ${NOMINATION_STATUS_COPY[from].label.toLowerCase()}; it can no longer be ${VERB[to]}.`,
    );
  }
}

type Copy = { label: string; nominee: string; nominator: string };

export const NOMINATION_STATUS_COPY: Record<NominationStatus, Copy> = {
  INVITED: {
    label: 'Invited',
    nominee: 'Accept or decline the nomination.',
    nominator: 'Waiting for the nominee to accept.',
  },
  ACCEPTED: {
    label: 'Accepted: evidence in progress',
    nominee: 'Log your contributions of the last 12 months, then submit them.',
    nominator: 'The nominee is preparing their evidence.',
  },
  SUBMITTED: {
    label: 'Submitted',
    nominee: 'Your evidence is in. You can withdraw until review starts.',
    nominator: 'Evidence submitted; waiting for review.',
  },
  UNDER_REVIEW: {
    label: 'Under review',
    nominee: 'Reviewers are assessing your contributions. Nothing to do now.',
    nominator: 'Under review.',
  },
  DECIDED: {
    label: 'Decided',
    nominee: 'The decision is out: open the outcome to read it and the reviewers’ feedback.',
    nominator: 'The decision has been released to the nominee.',
  },
  DECLINED: { label: 'Declined', nominee: 'You declined this nomination.', nominator: 'The nominee declined.' },
  WITHDRAWN: { label: 'Withdrawn', nominee: 'This nomination was withdrawn.', nominator: 'Withdrawn.' },
  EXPIRED: { label: 'Expired', nominee: 'The invitation expired before it was accepted.', nominator: 'The invitation expired.' },
};

// ─── The frozen submission's own lifecycle (nominations and renewals share it). ───

export const SUBMISSION_TRANSITIONS: Record<SubmissionStatus, readonly SubmissionStatus[]> = {
  SUBMITTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['DECIDED'],
  DECIDED: [],
  WITHDRAWN: [],
};

/** Whether a submission may move from one status to another. */
export function canTransitionSubmission(from: SubmissionStatus, to: SubmissionStatus): boolean {
  return SUBMISSION_TRANSITIONS[from].includes(to);
}

/** Refuses a submission transition the table does not allow. */
export function assertSubmissionTransition(from: SubmissionStatus, to: SubmissionStatus): void {
  if (!canTransitionSubmission(from, to)) {
    throw new AppError(
      'CONFLICT',
      from === 'UNDER_REVIEW' || from === 'DECIDED'
        ? 'Review has already started, so this submission can no longer be withdrawn.'
        : `This submission is ${from.toLowerCase().replace('_', ' ')}; that change is not possible.`,
    );
  }
}
