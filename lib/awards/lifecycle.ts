// Awards and renewals: the award year's dates, an award's status on a day, and the renewal
// lifecycle (one table of allowed transitions). Safe for the browser.
import { addDays, addYears, dateKey, isWithin, type DateKey } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { formatInstant } from '@/lib/format';
import type { RenewalStatus } from '@/lib/generated/prisma/enums';

/** One award year from its first day: 12 months, both days included. */
export function awardYearFrom(startsOn: DateKey): { startsOn: DateKey; endsOn: DateKey } {
  return { startsOn, endsOn: addDays(addYears(startsOn, 1), -1) };
}

/** The award year a renewal produces: it starts the day after the renewed year ends. */
export function renewedAwardYear(previousEndsOn: DateKey): { startsOn: DateKey; endsOn: DateKey } {
  return awardYearFrom(addDays(previousEndsOn, 1));
}

export type AwardStatus = 'REVOKED' | 'AWAITING_ACCEPTANCE' | 'UPCOMING' | 'ACTIVE' | 'ENDED';

/** What an award is on a day: waiting for the code of conduct and NDA, accepted but not started,
 * active, or over. An award whose year ended without acceptance counts as ended. */
export function awardStatusOn(
  award: { startsOn: Date; endsOn: Date; acceptedAt: Date | null; revokedAt: Date | null },
  today: DateKey,
): AwardStatus {
  if (award.revokedAt) return 'REVOKED';
  const [start, end] = [dateKey(award.startsOn), dateKey(award.endsOn)];
  if (end < today) return 'ENDED';
  if (!award.acceptedAt) return 'AWAITING_ACCEPTANCE';
  return isWithin(today, start, end) ? 'ACTIVE' : 'UPCOMING';
}

export const RENEWAL_TRANSITIONS: Record<RenewalStatus, readonly RenewalStatus[]> = {
  OPEN: ['SUBMITTED', 'WITHDRAWN', 'EXPIRED'],
  SUBMITTED: ['UNDER_REVIEW', 'WITHDRAWN'],
  UNDER_REVIEW: ['RENEWED', 'NOT_RENEWED'],
  RENEWED: [],
  NOT_RENEWED: [],
  WITHDRAWN: [],
  EXPIRED: [],
};

/** Whether a renewal may move from one status to another. */
export function canTransitionRenewal(from: RenewalStatus, to: RenewalStatus): boolean {
  return RENEWAL_TRANSITIONS[from].includes(to);
}

export const RENEWAL_STATUS_COPY: Record<RenewalStatus, { label: string; mvp: string }> = {
  OPEN: { label: 'Open', mvp: 'Submit your evidence of the last 12 months before the deadline.' },
  SUBMITTED: { label: 'Submitted', mvp: 'Your renewal evidence is in; review starts soon.' },
  UNDER_REVIEW: { label: 'Under review', mvp: 'Reviewers are assessing your renewal. Nothing to do now.' },
  RENEWED: { label: 'Renewed', mvp: 'Your award is renewed for another year.' },
  NOT_RENEWED: { label: 'Not renewed', mvp: 'Your award was not renewed; you stay an MVP until the current year ends.' },
  WITHDRAWN: { label: 'Withdrawn', mvp: 'You withdrew this renewal.' },
  EXPIRED: { label: 'Expired', mvp: 'The renewal deadline passed before evidence was submitted.' },
};

export type RenewalRefusal =
  'NOT_YOURS' | 'NOT_ACTIVE' | 'ALREADY_RENEWING' | 'NO_RENEWAL_CYCLE' | 'NOT_OPEN_YET' | 'AGREEMENTS_PENDING' | 'NO_EVIDENCE';

/** Whether an award renews in a cycle: the cycle takes its category, and the award year the renewal
 * would begin (the day after this one ends) starts within the cycle's award year. Each award renews in
 * one cycle a year. */
export function renewsIn(
  award: { categoryId: string; endsOn: DateKey },
  cycle: { categoryIds: readonly string[]; awardStartsOn: DateKey },
): boolean {
  const next = addDays(award.endsOn, 1);
  return cycle.categoryIds.includes(award.categoryId) && cycle.awardStartsOn <= next && next < addYears(cycle.awardStartsOn, 1);
}

/** Whether the holder may renew an award now, and why not, in words for them. */
export function checkRenewal(f: {
  isHolder: boolean;
  status: AwardStatus;
  /** The award's renewal, if one exists (OPEN: the window opened it, nothing submitted yet). */
  renewalStatus: RenewalStatus | null;
  /** The cycle the award renews in, if its window has not closed. */
  cycle: { renewalOpensAt: Date; renewalDeadline: Date } | null;
  now: Date;
  timeZone: string;
  /** Newer versions of the MVP agreements accepted (or none published since their acceptance). */
  agreementsAccepted: boolean;
  evidenceCount: number;
}): { ok: true } | { ok: false; refusal: RenewalRefusal; message: string } {
  if (!f.isHolder) return { ok: false, refusal: 'NOT_YOURS', message: 'Only the MVP who holds this award can renew it.' };
  if (f.renewalStatus && f.renewalStatus !== 'OPEN') {
    const message =
      f.renewalStatus === 'WITHDRAWN'
        ? 'You withdrew the renewal of this award.'
        : f.renewalStatus === 'EXPIRED'
          ? 'The renewal of this award expired: its deadline passed before it was submitted.'
          : 'You have already submitted a renewal for this award.';
    return { ok: false, refusal: 'ALREADY_RENEWING', message };
  }
  if (f.status !== 'ACTIVE' && f.renewalStatus !== 'OPEN') {
    return { ok: false, refusal: 'NOT_ACTIVE', message: 'Only an active award (accepted, in its award year) can be renewed.' };
  }
  if (!f.cycle || f.cycle.renewalDeadline.getTime() < f.now.getTime()) {
    return { ok: false, refusal: 'NO_RENEWAL_CYCLE', message: 'No award cycle is taking the renewal of this award at the moment.' };
  }
  if (f.cycle.renewalOpensAt.getTime() > f.now.getTime()) {
    return { ok: false, refusal: 'NOT_OPEN_YET', message: `Renewal opens on ${formatInstant(f.cycle.renewalOpensAt, f.timeZone)}.` };
  }
  if (!f.agreementsAccepted) {
    return {
      ok: false,
      refusal: 'AGREEMENTS_PENDING',
      message: 'A new version of the MVP code of conduct or NDA is in force. Accept it on your agreements page, then renew.',
    };
  }
  if (f.evidenceCount === 0) {
    return {
      ok: false,
      refusal: 'NO_EVIDENCE',
      message:
        'Your evidence log has no contribution from the last 12 months that you have not submitted before. Add your new contributions first.',
    };
  }
  return { ok: true };
}

/** Refuses a renewal change the table does not allow, in words for the MVP. */
export function assertRenewalTransition(from: RenewalStatus, to: RenewalStatus): void {
  if (!canTransitionRenewal(from, to)) {
    throw new AppError('CONFLICT', `This renewal is ${RENEWAL_STATUS_COPY[from].label.toLowerCase()}; that change is not possible.`);
  }
}
