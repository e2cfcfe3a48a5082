// The MCT application lifecycle: one table of allowed transitions, and how each status is shown to
// the candidate, the ISC provider who started it and the program team, with its next step.
import { AppError } from '@/lib/errors';
import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';

export const MCT_APPLICATION_TRANSITIONS: Record<MctApplicationStatus, readonly MctApplicationStatus[]> = {
  // Provider-started: the candidate reviews it and accepts the agreement, or lets the link lapse.
  AWAITING_CANDIDATE: ['SUBMITTED', 'WITHDRAWN', 'EXPIRED'],
  // Provider-started while self-service was paused: waits in the held queue until enrollment reopens
  // (then the candidate gets the link), or the provider cancels it. It never lapses while held.
  HELD: ['AWAITING_CANDIDATE', 'WITHDRAWN'],
  SUBMITTED: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
  APPROVED: [],
  REJECTED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** Whether an application may move from one status to another. */
export function canTransitionMctApplication(from: MctApplicationStatus, to: MctApplicationStatus): boolean {
  return MCT_APPLICATION_TRANSITIONS[from].includes(to);
}

/** Refuses a move the lifecycle does not allow, with a message fit for the person who tried. */
export function assertMctApplicationTransition(from: MctApplicationStatus, to: MctApplicationStatus): void {
  if (!canTransitionMctApplication(from, to)) {
    throw new AppError(
      'CONFLICT',
      `This application is ${MCT_APPLICATION_STATUS_COPY[from].label.toLowerCase()}; it can no longer be ${VERB[to]}.`,
    );
  }
}

const VERB: Record<MctApplicationStatus, string> = {
  AWAITING_CANDIDATE: 'sent back to the candidate',
  HELD: 'held',
  SUBMITTED: 'submitted',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
  EXPIRED: 'expired',
};

/** Statuses in which an application is open: nobody has a second one meanwhile. */
export const OPEN_MCT_APPLICATION_STATUSES: readonly MctApplicationStatus[] = ['AWAITING_CANDIDATE', 'HELD', 'SUBMITTED'];

/** Whether an application is still open. */
export function isOpenMctApplication(status: MctApplicationStatus): boolean {
  return OPEN_MCT_APPLICATION_STATUSES.includes(status);
}

/** How long a candidate has to accept a provider-started application (and its emailed link lives). */
export const PROVIDER_APPLICATION_DAYS = 14;

/** When a provider-started application lapses if the candidate has not accepted it. */
export function awaitingCandidateUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + PROVIDER_APPLICATION_DAYS * 86_400_000);
}

/** Whether a provider-started application waited too long for its candidate. */
export function hasLapsedAwaitingCandidate(app: { status: MctApplicationStatus; createdAt: Date }, now: Date): boolean {
  return app.status === 'AWAITING_CANDIDATE' && awaitingCandidateUntil(app.createdAt) <= now;
}

type Copy = { label: string; candidate: string; provider: string; admin: string };

export const MCT_APPLICATION_STATUS_COPY: Record<MctApplicationStatus, Copy> = {
  AWAITING_CANDIDATE: {
    label: 'Waiting for the candidate',
    candidate: 'Review the application your ISC provider started and accept this year’s program agreement to submit it.',
    provider: 'The candidate has been emailed a link to review it and accept the agreement.',
    admin: 'Waiting for the candidate to accept the agreement; nothing to decide yet.',
  },
  HELD: {
    label: 'Held until enrollment reopens',
    candidate:
      'Your ISC provider submitted this application while enrollment is paused. When enrollment reopens you get an email with a link to review it and accept the agreement.',
    provider: 'Held: the candidate is emailed the link when enrollment reopens. Nothing more to do.',
    admin: 'Held while enrollment is paused; released to the candidate by itself when it reopens.',
  },
  SUBMITTED: {
    label: 'Submitted',
    candidate: 'The program team is checking your application. You will get an email when it is decided.',
    provider: 'The candidate accepted; the program team is deciding.',
    admin: 'Check each requirement’s evidence, then approve or reject.',
  },
  APPROVED: {
    label: 'Approved',
    candidate: 'Welcome to the MCT program. Your membership runs 12 months from the approval.',
    provider: 'Approved: the candidate is an MCT.',
    admin: 'Approved; the membership year was created.',
  },
  REJECTED: {
    label: 'Rejected',
    candidate:
      'The program team did not approve this application; the reason is below. You can apply again once you meet the requirements.',
    provider: 'Rejected by the program team.',
    admin: 'Rejected; the candidate was told why.',
  },
  WITHDRAWN: {
    label: 'Withdrawn',
    candidate: 'This application was withdrawn. You can apply again.',
    provider: 'Withdrawn by the candidate.',
    admin: 'Withdrawn by the candidate.',
  },
  EXPIRED: {
    label: 'Expired',
    candidate: `The candidate did not accept within ${PROVIDER_APPLICATION_DAYS} days. Ask your ISC provider to start a new application.`,
    provider: `Not accepted within ${PROVIDER_APPLICATION_DAYS} days. You can start a new one.`,
    admin: 'Lapsed before the candidate accepted it.',
  },
};

export const ENROLLMENT_CHANNEL_LABELS = { SELF_SERVICE: 'Self-service', PROVIDER: 'Started by ISC provider' } as const;
