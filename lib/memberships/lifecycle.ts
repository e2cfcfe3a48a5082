// The MCT membership year: its stored states and transitions, the renewal window, the next term's
// dates, renewal reminders, and when reinstatement needs new proof of instructional skills.
import { addDays, addYears, daysBetween, type DateKey } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import type { LoungeStatus, MctRenewalStatus, MembershipStatus } from '@/lib/generated/prisma/enums';
import { MCT_RENEWAL_WINDOW_DAYS } from '@/lib/auth/status';

/** Stored membership states and the changes allowed between them. "In renewal" is not stored: it
 * is an active membership within the renewal window (lib/auth/status.ts deriveMctStanding). */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipStatus, readonly MembershipStatus[]> = {
  ACTIVE: ['ALUMNI', 'LAPSED'],
  ALUMNI: ['ACTIVE'], // by reinstatement
  LAPSED: ['ACTIVE', 'ALUMNI'], // by reinstatement, or by choosing alumni
};

/** Whether a membership may move from one stored state to another. */
export function canTransitionMembership(from: MembershipStatus, to: MembershipStatus): boolean {
  return MEMBERSHIP_TRANSITIONS[from].includes(to);
}

/** Refuses a membership change the table does not allow. */
export function assertMembershipTransition(from: MembershipStatus, to: MembershipStatus): void {
  if (!canTransitionMembership(from, to))
    throw new AppError('CONFLICT', 'That change to the membership is not possible from its current status.');
}

/** The dates of a membership year that starts on a day: 12 months, both days included. */
export function termFrom(startsOn: DateKey): { startsOn: DateKey; endsOn: DateKey } {
  return { startsOn, endsOn: addDays(addYears(startsOn, 1), -1) };
}

/** The year after a term: it starts the day after the current one ends, so renewing early loses nothing. */
export function nextTermAfter(endsOn: DateKey): { startsOn: DateKey; endsOn: DateKey } {
  return termFrom(addDays(endsOn, 1));
}

/** The first day a member can renew a term ending on `endsOn`. */
export function renewalOpensOn(endsOn: DateKey): DateKey {
  return addDays(endsOn, -MCT_RENEWAL_WINDOW_DAYS);
}

/** Reminders go out this many days before a term ends. */
export const RENEWAL_REMINDER_DAYS = [90, 60, 30, 15] as const;
export type ReminderOffset = (typeof RENEWAL_REMINDER_DAYS)[number];

/** The reminder to send today for a term, if any: the most recent one that has fallen due and was not
 * sent. Only the latest is sent, so a scheduler that was down for weeks does not send a burst of
 * stale reminders; none is sent once the term is renewed or has ended. */
export function reminderDue<T extends number = ReminderOffset>(
  term: { endsOn: DateKey; isRenewed: boolean },
  today: DateKey,
  alreadySent: readonly T[],
  offsets: readonly T[] = RENEWAL_REMINDER_DAYS as unknown as readonly T[],
): T | null {
  if (term.isRenewed || today > term.endsOn) return null;
  const daysLeft = daysBetween(today, term.endsOn);
  const due = offsets.filter((offset) => daysLeft <= offset);
  const latest = due.at(-1);
  if (latest === undefined || alreadySent.includes(latest)) return null;
  return latest;
}

/** The renewal of one membership year. Submitted by the member; the program team approves it, asks
 * for more or rejects it with a reason; the member answers by submitting again while the year lasts.
 * Switching to alumni withdraws it; the year ending (the lapse job) expires one left unanswered. */
export const MCT_RENEWAL_TRANSITIONS: Record<MctRenewalStatus, readonly MctRenewalStatus[]> = {
  SUBMITTED: ['APPROVED', 'MORE_INFO_REQUESTED', 'REJECTED', 'WITHDRAWN'],
  MORE_INFO_REQUESTED: ['SUBMITTED', 'WITHDRAWN', 'EXPIRED'],
  REJECTED: ['SUBMITTED', 'WITHDRAWN', 'EXPIRED'],
  APPROVED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** Whether an MCT renewal may move from one status to another. */
export function canTransitionMctRenewal(from: MctRenewalStatus, to: MctRenewalStatus): boolean {
  return MCT_RENEWAL_TRANSITIONS[from].includes(to);
}

/** Refuses an MCT renewal change the table does not allow, in words for the person who asked. */
export function assertMctRenewalTransition(from: MctRenewalStatus, to: MctRenewalStatus): void {
  if (!canTransitionMctRenewal(from, to)) {
    throw new AppError('CONFLICT', `This renewal is ${MCT_RENEWAL_STATUS_COPY[from].label.toLowerCase()}; that change is not possible.`);
  }
}

/** Renewals the member may still change and submit again. */
export const RESUBMITTABLE_MCT_RENEWAL: readonly MctRenewalStatus[] = ['MORE_INFO_REQUESTED', 'REJECTED'];

export const MCT_RENEWAL_STATUS_COPY: Record<MctRenewalStatus, { label: string }> = {
  SUBMITTED: { label: 'Submitted, waiting for the program team' },
  MORE_INFO_REQUESTED: { label: 'The program team asked for more' },
  APPROVED: { label: 'Approved' },
  REJECTED: { label: 'Not approved' },
  WITHDRAWN: { label: 'Withdrawn' },
  EXPIRED: { label: 'Expired' },
};

/** Lounge access: granted to active MCTs and alumni (at their request, or again when a lapsed member is
 * reinstated); revoked when the membership lapses or the person's data is erased. A record starts GRANTED. */
export const LOUNGE_TRANSITIONS: Record<LoungeStatus, readonly LoungeStatus[]> = {
  GRANTED: ['REVOKED'],
  REVOKED: ['GRANTED'],
};

export const LOUNGE_STATUSES = Object.keys(LOUNGE_TRANSITIONS) as LoungeStatus[];

/** Whether lounge access may move from one status to another. */
export function canTransitionLounge(from: LoungeStatus, to: LoungeStatus): boolean {
  return LOUNGE_TRANSITIONS[from].includes(to);
}

/** Refuses a lounge access change the table does not allow. */
export function assertLoungeTransition(from: LoungeStatus, to: LoungeStatus): void {
  if (!canTransitionLounge(from, to))
    throw new AppError('CONFLICT', 'That change to lounge access is not possible from its current status.');
}
