// The nomination lifecycle: one table of allowed transitions, and how each status is shown to the
// nominee and the nominator with its next step.
import type { NominationStatus } from '@/lib/generated/prisma/enums';

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

type Copy = { label: string; nominee: string; nominator: string };

export const NOMINATION_STATUS_COPY: Record<NominationStatus, Copy> = {
  INVITED: {
    label: 'Invited',
    nominee: 'Accept or decline the nomination from the link in your invitation email.',
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
    nominee: 'The outcome will appear here once it is released.',
    nominator: 'A decision has been made; you are told when it is released.',
  },
  DECLINED: { label: 'Declined', nominee: 'You declined this nomination.', nominator: 'The nominee declined.' },
  WITHDRAWN: { label: 'Withdrawn', nominee: 'This nomination was withdrawn.', nominator: 'Withdrawn.' },
  EXPIRED: { label: 'Expired', nominee: 'The invitation expired before it was accepted.', nominator: 'The invitation expired.' },
};
