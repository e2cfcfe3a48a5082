// Whether an MCT's certifications carry them to the end of their membership year: renewing needs an
// eligible certification current then, so one that stops counting before is worth a warning (90 and
// 30 days ahead), with what to do. Pure: the dashboard, the admin's list and the job share it.
import { addDays, type DateKey } from '@/lib/dates';
import { certificationProblem, type HeldCertification } from '@/lib/mct/requirements';

/** Days before a certification stops counting when its holder is warned (once each). */
export const CERTIFICATION_WARNING_DAYS = [90, 30] as const;
export type CertificationWarningOffset = (typeof CERTIFICATION_WARNING_DAYS)[number];

/** The last day a held certification counts: its expiry, or the day before the catalogue retires
 * it, whichever comes first; null when neither is set. */
export function lastCountingDay(c: Pick<HeldCertification, 'expiresOn' | 'retiredOn'>): DateKey | null {
  const retired = c.retiredOn ? addDays(c.retiredOn, -1) : null;
  if (c.expiresOn && retired) return c.expiresOn < retired ? c.expiresOn : retired;
  return c.expiresOn ?? retired;
}

export type CertificationOutlook =
  | { atRisk: false }
  /** `best`: the certification that counts longest (null: none counts today); `lastDay`: when it stops. */
  | { atRisk: true; best: HeldCertification | null; lastDay: DateKey | null; termEndsOn: DateKey };

/** At risk when no eligible certification that counts today still counts on the last day of the
 * membership year (the day the renewal is decided by). */
export function certificationOutlook(held: HeldCertification[], termEndsOn: DateKey, today: DateKey): CertificationOutlook {
  const counting = held.filter((c) => certificationProblem(c, today) === null);
  let best: HeldCertification | null = null;
  let bestLast: DateKey | null = null;
  for (const c of counting) {
    const last = lastCountingDay(c);
    if (last === null) return { atRisk: false };
    if (bestLast === null || last > bestLast) [best, bestLast] = [c, last];
  }
  if (bestLast !== null && bestLast >= termEndsOn) return { atRisk: false };
  return { atRisk: true, best, lastDay: bestLast, termEndsOn };
}
