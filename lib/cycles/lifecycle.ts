// The award cycle's life: one table of allowed status changes, used by every change of a cycle's
// status (lib/cycles/service.ts, lib/decisions/service.ts), and how each status is shown to admins
// with its next step. Safe for the browser.
import { AppError } from '@/lib/errors';
import type { CycleStatus } from '@/lib/generated/prisma/enums';

export const CYCLE_TRANSITIONS: Record<CycleStatus, readonly CycleStatus[]> = {
  // A draft is opened once its dates, categories and rubric are set.
  PLANNED: ['OPEN'],
  // Review starts (nominations stop); a cycle with nothing left to decide may close at once.
  OPEN: ['IN_REVIEW', 'CLOSED'],
  // Closing review lets decisions be made.
  IN_REVIEW: ['DECIDING', 'CLOSED'],
  // Closed once every decision is released: unsubmitted nominations and renewals expire.
  DECIDING: ['CLOSED'],
  CLOSED: [],
};

/** Whether a cycle may move from one status to another. */
export function canTransitionCycle(from: CycleStatus, to: CycleStatus): boolean {
  return CYCLE_TRANSITIONS[from].includes(to);
}

const VERB: Record<CycleStatus, string> = {
  PLANNED: 'made a draft again',
  OPEN: 'opened',
  IN_REVIEW: 'put in review',
  DECIDING: 'moved to decisions',
  CLOSED: 'closed',
};

/** Refuses a status change the table does not allow, with a message fit for the admin who asked. */
export function assertCycleTransition(from: CycleStatus, to: CycleStatus): void {
  if (!canTransitionCycle(from, to)) {
    throw new AppError('CONFLICT', `This cycle is ${CYCLE_STATUS_COPY[from].label.toLowerCase()}; it cannot be ${VERB[to]}.`);
  }
}

/** Statuses in which a cycle takes nominations (within its nomination dates). */
export const NOMINATING_STATUSES: readonly CycleStatus[] = ['OPEN'];

/** Statuses in which a cycle's renewal window runs (within its renewal dates). */
export const RENEWING_STATUSES: readonly CycleStatus[] = ['OPEN', 'IN_REVIEW', 'DECIDING'];

export const CYCLE_STATUS_COPY: Record<CycleStatus, { label: string; next: string }> = {
  PLANNED: {
    label: 'Draft',
    next: 'Check its dates, categories and rubric, then open it. Nothing is visible to candidates yet.',
  },
  OPEN: {
    label: 'Open',
    next: 'Nominations run between its dates. Start review once they close; assign reviewers as submissions arrive.',
  },
  IN_REVIEW: {
    label: 'In review',
    next: 'No new nominations. Reviewers score the submissions; close review when they are done.',
  },
  DECIDING: { label: 'Deciding', next: 'Record and release the decisions, then close the cycle.' },
  CLOSED: { label: 'Closed', next: 'Nothing more happens in this cycle. Nominations and renewals never submitted have expired.' },
};
