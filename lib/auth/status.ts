// Program status is derived from records, never stored as a flag: an MVP is someone with an
// accepted award whose year covers today; an MCT is someone whose membership says so.
import { addDays, dateKey, isWithin, type DateKey } from '@/lib/dates';
import { emailDomain } from './email';
import type { MembershipStatus, Role } from '@/lib/generated/prisma/enums';

export type AwardRecord = {
  id: string;
  categoryId: string;
  categoryName: string;
  startsOn: Date;
  endsOn: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
};

export type MvpStatus = {
  /** Accepted awards whose year covers today. */
  active: AwardRecord[];
  /** Awards waiting for the code of conduct and NDA to be accepted. */
  awaitingAcceptance: AwardRecord[];
  isActiveMvp: boolean;
  /** Held an award before, none active now. */
  isFormerMvp: boolean;
};

/** Derives a person's MVP status from their awards on a given day. */
export function deriveMvpStatus(awards: AwardRecord[], today: DateKey): MvpStatus {
  const live = awards.filter((a) => !a.revokedAt);
  const current = live.filter((a) => isWithin(today, dateKey(a.startsOn), dateKey(a.endsOn)));
  const active = current.filter((a) => a.acceptedAt);
  const awaitingAcceptance = live.filter((a) => !a.acceptedAt && dateKey(a.endsOn) >= today);
  const hadBefore = live.some((a) => a.acceptedAt && dateKey(a.endsOn) < today);
  return { active, awaitingAcceptance, isActiveMvp: active.length > 0, isFormerMvp: active.length === 0 && hadBefore };
}

export type MembershipRecord = {
  status: MembershipStatus;
  terms: { startsOn: Date; endsOn: Date }[];
} | null;

export type MctStanding = 'NONE' | 'ACTIVE' | 'IN_RENEWAL' | 'ALUMNI' | 'LAPSED';

/** Renewal opens this many days before a membership year ends. */
export const MCT_RENEWAL_WINDOW_DAYS = 90;

/** Derives a person's MCT standing on a given day. A membership whose last term has ended counts as
 * lapsed even before the nightly job records it, so nobody keeps access a day too long. */
export function deriveMctStanding(membership: MembershipRecord, today: DateKey): { standing: MctStanding; termEndsOn: DateKey | null } {
  if (!membership) return { standing: 'NONE', termEndsOn: null };
  const lastEnd =
    membership.terms
      .map((t) => dateKey(t.endsOn))
      .sort()
      .at(-1) ?? null;
  if (membership.status === 'ALUMNI') return { standing: 'ALUMNI', termEndsOn: lastEnd };
  if (membership.status === 'LAPSED' || !lastEnd || lastEnd < today) return { standing: 'LAPSED', termEndsOn: lastEnd };
  if (addDays(lastEnd, -MCT_RENEWAL_WINDOW_DAYS) <= today) return { standing: 'IN_RENEWAL', termEndsOn: lastEnd };
  return { standing: 'ACTIVE', termEndsOn: lastEnd };
}

/** A Microsoft employee: granted the role by an admin, or signed in with a verified address on a
 * configured employee domain. */
export function isMicrosoftEmployee(p: { roles: Role[]; email: string; emailVerified: Date | null }, employeeDomains: string[]): boolean {
  if (p.roles.includes('EMPLOYEE')) return true;
  return Boolean(p.emailVerified) && employeeDomains.includes(emailDomain(p.email));
}

/** Who may nominate someone for an MVP award: an active MVP or a Microsoft employee. */
export function canNominate(p: { isActiveMvp: boolean; isEmployee: boolean }): boolean {
  return p.isActiveMvp || p.isEmployee;
}
