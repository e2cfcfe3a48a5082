import 'server-only';
// What every membership write starts from: the member's membership as it stands today (program time
// zone), refused unless it may change, and the renewal of its current year while it is still open.
import type { Tx } from '@/lib/db';
import { type DateKey, dateKey, todayIn } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { loadProgramSettings } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';
import { deriveMctStanding, type MctStanding } from '@/lib/auth/status';
import { RESUBMITTABLE_MCT_RENEWAL } from './lifecycle';

/** The member's own page, linked from every membership email. */
export const MEMBERSHIP_PATH = '/mct/membership';

/** The refusal of a write made from a page older than the membership. */
export const stale = () =>
  new AppError('CONFLICT', 'Your membership changed since you opened this page (perhaps in another tab). Reload the page and try again.');

/** Today in the program's time zone, as membership years count it (the saved settings' zone, or the
 * default one before any are saved). */
export async function membershipToday(tx: Tx, now: Date): Promise<DateKey> {
  return todayIn((await loadProgramSettings(tx)).timeZone, now);
}

export type MembershipState = {
  id: string;
  status: 'ACTIVE' | 'ALUMNI' | 'LAPSED';
  version: number;
  lapsedOn: DateKey | null;
  standing: MctStanding;
  /** The latest term. */
  term: { id: string; startsOn: DateKey; endsOn: DateKey } | null;
};

export async function loadMembership(tx: Tx, userId: string, today: DateKey): Promise<MembershipState | null> {
  const m = await tx.mctMembership.findUnique({
    where: { userId },
    select: {
      id: true,
      status: true,
      version: true,
      lapsedOn: true,
      terms: { orderBy: { startsOn: 'desc' }, select: { id: true, startsOn: true, endsOn: true } },
    },
  });
  if (!m) return null;
  const latest = m.terms[0];
  return {
    id: m.id,
    status: m.status,
    version: m.version,
    lapsedOn: m.lapsedOn ? dateKey(m.lapsedOn) : null,
    standing: deriveMctStanding(m, today).standing,
    term: latest ? { id: latest.id, startsOn: dateKey(latest.startsOn), endsOn: dateKey(latest.endsOn) } : null,
  };
}

/** The viewer's membership, refused unless it is active (deliveries and renewal are for active MCTs). */
export async function requireActiveMembership(
  tx: Tx,
  viewer: Viewer,
  today: DateKey,
): Promise<MembershipState & { term: NonNullable<MembershipState['term']> }> {
  const m = await loadMembership(tx, viewer.id, today);
  if (!m || !m.term) throw new AppError('FORBIDDEN', 'You are not an MCT yet. Apply on the MCT page first.');
  if (m.standing === 'LAPSED') {
    throw new AppError(
      'FORBIDDEN',
      'Your membership has lapsed, so it cannot be renewed. Apply for reinstatement on the MCT page to become active again.',
    );
  }
  if (m.standing === 'ALUMNI')
    throw new AppError('FORBIDDEN', 'You are MCT alumni: alumni do not renew. Apply for reinstatement to become an active MCT again.');
  return { ...m, term: m.term };
}

export async function assertRenewalEditable(tx: Tx, termId: string): Promise<void> {
  const renewal = await tx.mctRenewal.findUnique({ where: { termId }, select: { status: true } });
  if (renewal && !RESUBMITTABLE_MCT_RENEWAL.includes(renewal.status)) {
    throw new AppError(
      'CONFLICT',
      renewal.status === 'SUBMITTED'
        ? 'Your renewal is with the program team; deliveries cannot change until they decide or ask for more.'
        : 'This membership year is already renewed; log new deliveries for the next one.',
    );
  }
}
