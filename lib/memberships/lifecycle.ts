// The MCT membership year: its stored states and transitions, the renewal window, the next term's
// dates, renewal reminders, and when reinstatement needs new proof of instructional skills.
import { addDays, addYears, daysBetween, type DateKey } from '@/lib/dates';
import type { MembershipStatus } from '@/lib/generated/prisma/enums';
import { MCT_RENEWAL_WINDOW_DAYS } from '@/lib/auth/status';

/** Stored membership states and the changes allowed between them. "In renewal" is not stored: it
 * is an active membership within the renewal window (lib/auth/status.ts deriveMctStanding). */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipStatus, readonly MembershipStatus[]> = {
  ACTIVE: ['ALUMNI', 'LAPSED'],
  ALUMNI: ['ACTIVE'], // by reinstatement
  LAPSED: ['ACTIVE'], // by reinstatement
};

/** Whether a membership may move from one stored state to another. */
export function canTransitionMembership(from: MembershipStatus, to: MembershipStatus): boolean {
  return MEMBERSHIP_TRANSITIONS[from].includes(to);
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
export function reminderDue(
  term: { endsOn: DateKey; isRenewed: boolean },
  today: DateKey,
  alreadySent: readonly ReminderOffset[],
): ReminderOffset | null {
  if (term.isRenewed || today > term.endsOn) return null;
  const daysLeft = daysBetween(today, term.endsOn);
  const due = RENEWAL_REMINDER_DAYS.filter((offset) => daysLeft <= offset);
  const latest = due.at(-1);
  if (latest === undefined || alreadySent.includes(latest)) return null;
  return latest;
}
