// The MCT enrollment requirements, as pure rules on calendar dates: an eligible certification that
// is current, an ISC completion confirmed by an approved provider within the last 3 years, and this
// year's program agreement. Each check says whether it is met, why, and the way to meet it. Used by
// the "Become an MCT" page, the apply and accept services (checked again on submit) and the admin queue.
import { formatDayKey } from '@/lib/format';
import type { CertificationLevel } from '@/lib/generated/prisma/enums';
import { addDays, addYears, isWithin, type DateKey } from '@/lib/dates';

/** Lapsed members who come back after more than this many years need a new ISC completion. */
export const REINSTATEMENT_ISC_YEARS = 3;

/** Whether reinstatement needs a new ISC completion: lapsed (or left) more than three years ago. */
export function reinstatementNeedsNewIsc(lapsedOn: DateKey, today: DateKey): boolean {
  return addYears(lapsedOn, REINSTATEMENT_ISC_YEARS) < today;
}

export type HeldCertification = {
  id: string;
  code: string;
  name: string;
  level: CertificationLevel;
  /** Set by the admin in the catalogue; associate and expert role-based certifications are. */
  isEligible: boolean;
  retiredOn: DateKey | null;
  credentialId: string;
  earnedOn: DateKey;
  expiresOn: DateKey | null;
};

export type IscCompletionRecord = {
  id: string;
  providerName: string;
  completedOn: DateKey;
  certificateId: string;
  providerApprovedFrom: DateKey;
  providerApprovedUntil: DateKey;
};

export type ProgramAgreement = { id: string; title: string; version: string; effectiveFrom: DateKey };

export type RequirementKey = 'certification' | 'isc' | 'agreement';

export type Requirement = {
  key: RequirementKey;
  title: string;
  met: boolean;
  /** What the portal found, in plain words. */
  detail: string;
  /** How to meet the requirement; null when it is met. */
  wayForward: string | null;
};

/** How many years an ISC completion counts for. */
export const ISC_VALIDITY_YEARS = 3;

export const CERTIFICATION_LEVEL_LABELS: Record<CertificationLevel, string> = {
  FUNDAMENTALS: 'Fundamentals',
  ASSOCIATE: 'Associate',
  EXPERT: 'Expert',
  SPECIALTY: 'Specialty',
  MOS: 'Microsoft Office Specialist',
  BUSINESS_USER: 'Business user',
};

/** When a certification earned on a day stops being current, from the catalogue's validity: the day
 * before the same date that many months later (12 months from 10 March: current through 9 March). */
export function catalogueExpiry(earnedOn: DateKey, validityMonths: number | null): DateKey | null {
  if (!validityMonths) return null;
  const [y, m, d] = earnedOn.split('-').map(Number) as [number, number, number];
  const months = m - 1 + validityMonths;
  const year = y + Math.floor(months / 12);
  const month = months % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const same = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
  return addDays(same, -1);
}

/** Why a held certification does not count on `today`, or null when it does. */
export function certificationProblem(c: HeldCertification, today: DateKey): string | null {
  if (!c.isEligible) {
    return `${c.code} (${CERTIFICATION_LEVEL_LABELS[c.level]}) does not count: only associate and expert role-based certifications do; fundamentals, MOS and business-user certifications do not.`;
  }
  if (c.retiredOn && c.retiredOn <= today) return `${c.code} was retired on ${formatDayKey(c.retiredOn)} and no longer counts.`;
  if (c.earnedOn > today) return `${c.code} is dated ${formatDayKey(c.earnedOn)}, which has not come yet.`;
  if (c.expiresOn && c.expiresOn < today) return `${c.code} expired on ${formatDayKey(c.expiresOn)}.`;
  return null;
}

/** The earliest completion date that still counts on `today`: the same date 3 years earlier (for
 * 29 February, the 28th). The window includes both ends, so a completion on 2023-11-22 counts
 * through 2026-11-22 and no longer on 2026-11-23. */
export function iscValidFrom(today: DateKey): DateKey {
  return addYears(today, -ISC_VALIDITY_YEARS);
}

/** Why an ISC completion does not count on `today`, or null when it does. */
export function iscCompletionProblem(c: IscCompletionRecord, today: DateKey): string | null {
  if (c.completedOn > today)
    return `The completion confirmed by ${c.providerName} is dated ${formatDayKey(c.completedOn)}, which has not come yet.`;
  if (!isWithin(c.completedOn, c.providerApprovedFrom, c.providerApprovedUntil)) {
    return `${c.providerName} was not an approved ISC provider on ${formatDayKey(c.completedOn)}, the day of your completion.`;
  }
  if (c.completedOn < iscValidFrom(today)) {
    return `Your completion with ${c.providerName} on ${formatDayKey(c.completedOn)} is more than ${ISC_VALIDITY_YEARS} years old.`;
  }
  return null;
}

/** This year's program agreement: the latest one already in effect on `today`. */
export function currentProgramAgreement(agreements: ProgramAgreement[], today: DateKey): ProgramAgreement | null {
  return (
    agreements
      .filter((a) => a.effectiveFrom <= today)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version.localeCompare(a.version))[0] ?? null
  );
}

/** The certification requirement, with the certification that meets it (the one current longest). */
export function checkCertification(held: HeldCertification[], today: DateKey): Requirement & { qualifying: HeldCertification | null } {
  const title = 'An eligible certification that is current';
  const counting = held
    .filter((c) => certificationProblem(c, today) === null)
    .sort((a, b) => (b.expiresOn ?? '9999-12-31').localeCompare(a.expiresOn ?? '9999-12-31'));
  const best = counting[0];
  if (best) {
    return {
      key: 'certification',
      title,
      met: true,
      qualifying: best,
      detail: `${best.code} ${best.name} (credential ${best.credentialId})${best.expiresOn ? `, current until ${formatDayKey(best.expiresOn)}` : ''}.`,
      wayForward: null,
    };
  }
  const problems = held.map((c) => certificationProblem(c, today)).filter((p): p is string => p !== null);
  return {
    key: 'certification',
    title,
    met: false,
    qualifying: null,
    detail: held.length === 0 ? 'You have not added a certification yet.' : problems.join(' '),
    wayForward:
      'Earn (or renew) an associate or expert role-based Microsoft certification, such as AZ-104 or AZ-305, then add it under My certifications with its credential ID and dates.',
  };
}

/** The instructional-skills requirement, with the completion that meets it (the most recent). */
export function checkIscCompletion(
  completions: IscCompletionRecord[],
  today: DateKey,
): Requirement & { qualifying: IscCompletionRecord | null } {
  const title = `An ISC completion confirmed by an approved provider within the last ${ISC_VALIDITY_YEARS} years`;
  const counting = completions
    .filter((c) => iscCompletionProblem(c, today) === null)
    .sort((a, b) => b.completedOn.localeCompare(a.completedOn));
  const best = counting[0];
  if (best) {
    return {
      key: 'isc',
      title,
      met: true,
      qualifying: best,
      detail: `Completed with ${best.providerName} on ${formatDayKey(best.completedOn)} (certificate ${best.certificateId}); counts until ${formatDayKey(addYears(best.completedOn, ISC_VALIDITY_YEARS))}.`,
      wayForward: null,
    };
  }
  const problems = completions.map((c) => iscCompletionProblem(c, today)).filter((p): p is string => p !== null);
  return {
    key: 'isc',
    title,
    met: false,
    qualifying: null,
    detail: completions.length === 0 ? 'No approved ISC provider has confirmed a completion for your email address.' : problems.join(' '),
    wayForward:
      'Complete an Instructional Skills Certificate course with an approved ISC provider. The provider confirms your completion in this portal using the email address you sign in with; it then appears here.',
  };
}

/** The instructional-skills requirement of a reinstatement within 3 years of leaving: met without
 * a new completion (the latest counting one, if any, is still linked). */
export function waivedIscForReinstatement(
  completions: IscCompletionRecord[],
  leftActiveOn: DateKey,
  today: DateKey,
): Requirement & { qualifying: IscCompletionRecord | null } {
  const counting = checkIscCompletion(completions, today);
  return {
    key: 'isc',
    title: `Proof of instructional skills (waived for reinstatement within ${REINSTATEMENT_ISC_YEARS} years)`,
    met: true,
    qualifying: counting.qualifying,
    detail: `Not needed: you left active membership on ${formatDayKey(leftActiveOn)}, less than ${REINSTATEMENT_ISC_YEARS} years ago, so your reinstatement does not need a new ISC completion.`,
    wayForward: null,
  };
}

/** The agreement requirement: this year's program agreement, accepted. */
export function checkAgreement(
  agreements: ProgramAgreement[],
  acceptedAgreementIds: readonly string[],
  today: DateKey,
): Requirement & { current: ProgramAgreement | null } {
  const current = currentProgramAgreement(agreements, today);
  const title = 'This year’s MCT Program Agreement, accepted';
  if (!current) {
    return {
      key: 'agreement',
      title,
      met: false,
      current,
      detail: 'This year’s program agreement has not been published yet.',
      wayForward: 'The program team publishes it at the start of the program year; check back then.',
    };
  }
  if (acceptedAgreementIds.includes(current.id)) {
    return { key: 'agreement', title, met: true, current, detail: `You accepted the ${current.title}.`, wayForward: null };
  }
  return {
    key: 'agreement',
    title,
    met: false,
    current,
    detail: `You have not accepted the ${current.title} yet.`,
    wayForward: 'Read the agreement on this page and accept it. It is accepted again every program year.',
  };
}

export type RequirementInputs = {
  certifications: HeldCertification[];
  completions: IscCompletionRecord[];
  agreements: ProgramAgreement[];
  acceptedAgreementIds: readonly string[];
  /** For a member or former member: the day they stopped (or will stop) being active. Reinstatement
   * within 3 years of it does not need a new ISC completion; a day still to come waives nothing. */
  leftActiveOn?: DateKey | null;
};

export type RequirementsEvaluation = {
  certification: ReturnType<typeof checkCertification>;
  isc: ReturnType<typeof checkIscCompletion>;
  agreement: ReturnType<typeof checkAgreement>;
  /** The three, in the order they are shown. */
  all: Requirement[];
  allMet: boolean;
};

/** The one rule of "ISC within 3 years" for someone coming back (lapsed or alumni): the day they left
 * active membership, once it has come, and whether reinstating today needs a new ISC completion.
 * The membership page and the enrollment checks both ask this. */
export function reinstatementIsc(
  leftActiveOn: DateKey | null | undefined,
  today: DateKey,
): { leftOn: DateKey | null; needsNewIsc: boolean } {
  const leftOn = leftActiveOn && leftActiveOn <= today ? leftActiveOn : null;
  return { leftOn, needsNewIsc: leftOn !== null && reinstatementNeedsNewIsc(leftOn, today) };
}

/** A candidate's standing against every requirement on `today`. */
export function evaluateRequirements(inputs: RequirementInputs, today: DateKey): RequirementsEvaluation {
  const certification = checkCertification(inputs.certifications, today);
  const { leftOn: left, needsNewIsc } = reinstatementIsc(inputs.leftActiveOn, today);
  let isc =
    left && !needsNewIsc ? waivedIscForReinstatement(inputs.completions, left, today) : checkIscCompletion(inputs.completions, today);
  if (left && !isc.met) {
    isc = {
      ...isc,
      detail: `You left active membership on ${formatDayKey(left)}, more than ${REINSTATEMENT_ISC_YEARS} years ago, so reinstatement needs a new ISC completion. ${isc.detail}`,
    };
  }
  const agreement = checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today);
  const all = [certification, isc, agreement];
  return { certification, isc, agreement, all, allMet: all.every((r) => r.met) };
}
