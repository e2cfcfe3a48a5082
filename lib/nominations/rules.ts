// The rules of nominating, as pure functions: who may be nominated by whom, who may endorse, who may
// see a nomination, when an invitation expires. Who may nominate at all is canNominate in
// lib/auth/status.ts; the services (lib/nominations/service.ts) load the facts and apply these.
import { emailDomain, normalizeEmail } from '@/lib/auth/email';
import { addDaysToInstant } from '@/lib/dates';
import type { NominationStatus, Role } from '@/lib/generated/prisma/enums';
import { isOpenNomination } from './lifecycle';
import { isMicrosoftEmployee } from '@/lib/auth/status';

/** How long a nominee's invitation link stays valid. */
export const INVITATION_VALID_DAYS = 30;

/** When an invitation sent at `now` expires. */
export function invitationExpiresAt(now: Date): Date {
  return addDaysToInstant(now, INVITATION_VALID_DAYS);
}

/** Whether an invitation has expired at `now` (the expiry instant itself counts as expired). */
export function isInvitationExpired(inviteExpiresAt: Date, now: Date): boolean {
  return inviteExpiresAt.getTime() <= now.getTime();
}

/** Whether the person invited at `email` counts as a Microsoft employee: an account that is one
 * (role or verified employee address), or, with or without an account, an address on an employee domain. */
export function isEmployeeInvitee(
  email: string,
  account: { roles: Role[]; email: string; emailVerified: Date | null } | null,
  employeeDomains: readonly string[],
): boolean {
  if (employeeDomains.includes(emailDomain(email))) return true;
  return account ? isMicrosoftEmployee(account, [...employeeDomains]) : false;
}

export type NominationRefusal =
  | 'NOT_A_NOMINATOR'
  | 'NOMINATIONS_CLOSED'
  | 'SELF_NOMINATION'
  | 'NOMINEE_IS_EMPLOYEE'
  | 'ALREADY_MVP_IN_CATEGORY'
  | 'OWN_OPEN_NOMINATION'
  | 'ALREADY_ENDORSED'
  | 'OPEN_NOMINATION_EXISTS';

export type NominationCheck =
  | { ok: true }
  | { ok: false; refusal: NominationRefusal; message: string; field?: 'nomineeEmail' | 'categoryId'; openNominationId?: string };

type NominationFacts = {
  nominator: { id: string; email: string; canNominate: boolean };
  nomineeEmail: string;
  nomineeIsEmployee: boolean;
  /** Categories in which the nominee holds an active (accepted, current) award. */
  nomineeActiveMvpCategoryIds: readonly string[];
  categoryId: string;
  categoryName: string;
  hasOpenCycle: boolean;
  /** The open nomination of the same person in the same category, if there is one. */
  openNomination: { id: string; nominatorId: string; endorserIds: readonly string[] } | null;
};

/** Whether a nominator may nominate this person in this category, and if not, why (in words for them). */
export function checkNomination(f: NominationFacts): NominationCheck {
  if (!f.nominator.canNominate) {
    return { ok: false, refusal: 'NOT_A_NOMINATOR', message: 'Only active MVPs and Microsoft employees can nominate.' };
  }
  if (!f.hasOpenCycle) {
    return {
      ok: false,
      refusal: 'NOMINATIONS_CLOSED',
      field: 'categoryId',
      message: `No award cycle is taking nominations in ${f.categoryName} at the moment. Nominations open again with the next cycle.`,
    };
  }
  if (normalizeEmail(f.nomineeEmail) === normalizeEmail(f.nominator.email)) {
    return {
      ok: false,
      refusal: 'SELF_NOMINATION',
      field: 'nomineeEmail',
      message: 'You cannot nominate yourself. Ask an MVP or a Microsoft employee who knows your work to nominate you.',
    };
  }
  if (f.nomineeIsEmployee) {
    return {
      ok: false,
      refusal: 'NOMINEE_IS_EMPLOYEE',
      field: 'nomineeEmail',
      message: 'Microsoft employees cannot be nominated for an MVP award.',
    };
  }
  if (f.nomineeActiveMvpCategoryIds.includes(f.categoryId)) {
    return {
      ok: false,
      refusal: 'ALREADY_MVP_IN_CATEGORY',
      field: 'categoryId',
      message: `This person is already an active MVP in ${f.categoryName}. MVPs renew their award with new evidence; they are not nominated again.`,
    };
  }
  if (f.openNomination) {
    const open = f.openNomination;
    if (open.nominatorId === f.nominator.id) {
      return {
        ok: false,
        refusal: 'OWN_OPEN_NOMINATION',
        openNominationId: open.id,
        message: `You have already nominated this person in ${f.categoryName}, and that nomination is still open.`,
      };
    }
    if (open.endorserIds.includes(f.nominator.id)) {
      return {
        ok: false,
        refusal: 'ALREADY_ENDORSED',
        openNominationId: open.id,
        message: `This person already has an open nomination in ${f.categoryName}, and you have endorsed it.`,
      };
    }
    return {
      ok: false,
      refusal: 'OPEN_NOMINATION_EXISTS',
      openNominationId: open.id,
      message: `This person already has an open nomination in ${f.categoryName}. You cannot open a second one, but you can endorse the open nomination: your statement is added to it.`,
    };
  }
  return { ok: true };
}

/** Whether a person may endorse an open nomination; the reason in words when not. */
export function checkEndorsement(f: {
  endorser: { id: string; email: string; canNominate: boolean };
  nomination: {
    status: NominationStatus;
    nominatorId: string;
    nomineeEmail: string;
    nomineeId: string | null;
    endorserIds: readonly string[];
  };
  /** The endorser is assigned to review the nomination's submission (and was not taken off it). */
  isAssignedReviewer?: boolean;
}): { ok: true } | { ok: false; message: string } {
  const { endorser, nomination } = f;
  if (!endorser.canNominate) return { ok: false, message: 'Only active MVPs and Microsoft employees can endorse a nomination.' };
  if (f.isAssignedReviewer) {
    return {
      ok: false,
      message:
        'You are assigned to review this nomination, so you cannot endorse it: that is a conflict of interest. If you know the candidate’s work well enough to endorse it, declare a conflict on the review page first.',
    };
  }
  if (normalizeEmail(nomination.nomineeEmail) === normalizeEmail(endorser.email) || nomination.nomineeId === endorser.id) {
    return { ok: false, message: 'You cannot endorse your own nomination.' };
  }
  if (nomination.nominatorId === endorser.id) return { ok: false, message: 'You made this nomination; you cannot endorse it as well.' };
  if (!isOpenNomination(nomination.status)) return { ok: false, message: 'This nomination is closed and can no longer be endorsed.' };
  if (nomination.endorserIds.includes(endorser.id)) return { ok: false, message: 'You have already endorsed this nomination.' };
  return { ok: true };
}

export type NominationViewerRole = 'nominee' | 'nominator' | 'endorser' | 'admin';

/** How the viewer is related to a nomination, or null when they may not see it at all. The nominee
 * is the linked account, or, before the invitation was followed, whoever signed in with the invited address. */
export function nominationViewerRole(
  viewer: { id: string; email: string; roles: readonly Role[] },
  nomination: { nominatorId: string; nomineeId: string | null; nomineeEmail: string; endorserIds: readonly string[] },
): NominationViewerRole | null {
  const isNominee =
    nomination.nomineeId === viewer.id ||
    (nomination.nomineeId === null && normalizeEmail(nomination.nomineeEmail) === normalizeEmail(viewer.email));
  if (isNominee) return 'nominee';
  if (nomination.nominatorId === viewer.id) return 'nominator';
  if (nomination.endorserIds.includes(viewer.id)) return 'endorser';
  if (viewer.roles.includes('ADMIN')) return 'admin';
  return null;
}

/** Who may withdraw a nomination in its current status: the nominee until review starts; the
 * nominator only before the nominee has accepted. */
export function canWithdrawNomination(role: NominationViewerRole | null, status: NominationStatus): boolean {
  if (role === 'nominee') return status === 'ACCEPTED' || status === 'SUBMITTED';
  if (role === 'nominator') return status === 'INVITED';
  return false;
}
