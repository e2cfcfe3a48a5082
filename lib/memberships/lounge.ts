import type { MctStanding } from '@/lib/auth/status';
// Who may have MCT Lounge access: active MCTs (also while renewing) and alumni, by standing derived
// from their records. Pure, so the page and the service give the same answer.

/** Why a person with this standing cannot have lounge access, or null when they can. */
export function loungeRefusal(standing: MctStanding): string | null {
  if (standing === 'ACTIVE' || standing === 'IN_RENEWAL' || standing === 'ALUMNI') return null;
  if (standing === 'LAPSED') {
    return 'The MCT Lounge is for active MCTs and alumni, and your membership has lapsed. Once you are reinstated, your access returns.';
  }
  return 'The MCT Lounge is for active MCTs and alumni. Join the MCT program first; you can request access once your application is approved.';
}
