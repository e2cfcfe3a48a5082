// The MCT enrollment requirements, as pure rules on calendar dates: an eligible certification that
// is current, an ISC completion confirmed by an approved provider within the last 3 years, and this
// year's program agreement. Each check says whether it is met, why, and the way to meet it. Used by
// the "Become an MCT" page, the apply and accept services (checked again on submit) and the admin queue.
// Every sentence is said through `say` (lib/mct/speech.ts), English unless a page passes the reader's.
import type { CertificationLevel } from '@/lib/generated/prisma/enums';
import { addDays, addYears, isWithin, type DateKey } from '@/lib/dates';
import { mctSpeech, type MctSpeech } from './speech';
import { CERTIFICATION_LEVEL_LABELS } from './certification-levels';

export { CERTIFICATION_LEVEL_LABELS };

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
export function certificationProblem(c: HeldCertification, today: DateKey, say: MctSpeech = mctSpeech()): string | null {
  const { t, day } = say;
  if (!c.isEligible) return t('certification.notEligible', { code: c.code, level: t(`levels.${c.level}`) });
  if (c.retiredOn && c.retiredOn <= today) return t('certification.retired', { code: c.code, date: day(c.retiredOn) });
  if (c.earnedOn > today) return t('certification.notYet', { code: c.code, date: day(c.earnedOn) });
  if (c.expiresOn && c.expiresOn < today) return t('certification.expired', { code: c.code, date: day(c.expiresOn) });
  return null;
}

/** The earliest completion date that still counts on `today`: the same date 3 years earlier (for
 * 29 February, the 28th). The window includes both ends, so a completion on 2023-11-22 counts
 * through 2026-11-22 and no longer on 2026-11-23. */
export function iscValidFrom(today: DateKey): DateKey {
  return addYears(today, -ISC_VALIDITY_YEARS);
}

/** Why an ISC completion does not count on `today`, or null when it does. */
export function iscCompletionProblem(c: IscCompletionRecord, today: DateKey, say: MctSpeech = mctSpeech()): string | null {
  const { t, day } = say;
  const values = { provider: c.providerName, date: day(c.completedOn) };
  if (c.completedOn > today) return t('isc.notYet', values);
  if (!isWithin(c.completedOn, c.providerApprovedFrom, c.providerApprovedUntil)) return t('isc.notApproved', values);
  if (c.completedOn < iscValidFrom(today)) return t('isc.tooOld', { ...values, years: ISC_VALIDITY_YEARS });
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

/** The records with no problem, best first by `rank` (the best meets the requirement), and the
 * problems of the others. */
function bestOrProblems<T>(records: T[], problemOf: (record: T) => string | null, rank: (a: T, b: T) => number) {
  const problems = records.map(problemOf);
  const best = records.filter((_, i) => problems[i] === null).sort(rank)[0] ?? null;
  return { best, problems: problems.filter((p): p is string => p !== null) };
}

/** A requirement not met: what was found and the way forward. */
function unmet(key: RequirementKey, title: string, detail: string, wayForward: string): Requirement & { qualifying: null } {
  return { key, title, met: false, qualifying: null, detail, wayForward };
}

/** The certification requirement, with the certification that meets it (the one current longest). */
export function checkCertification(
  held: HeldCertification[],
  today: DateKey,
  say: MctSpeech = mctSpeech(),
): Requirement & { qualifying: HeldCertification | null } {
  const { t, day } = say;
  const title = t('certification.title');
  const { best, problems } = bestOrProblems(
    held,
    (c) => certificationProblem(c, today, say),
    (a, b) => (b.expiresOn ?? '9999-12-31').localeCompare(a.expiresOn ?? '9999-12-31'),
  );
  if (best) {
    return {
      key: 'certification',
      title,
      met: true,
      qualifying: best,
      detail: best.expiresOn
        ? t('certification.metUntil', { code: best.code, name: best.name, credential: best.credentialId, date: day(best.expiresOn) })
        : t('certification.met', { code: best.code, name: best.name, credential: best.credentialId }),
      wayForward: null,
    };
  }
  return unmet('certification', title, held.length === 0 ? t('certification.none') : problems.join(' '), t('certification.wayForward'));
}

/** The instructional-skills requirement, with the completion that meets it (the most recent). */
export function checkIscCompletion(
  completions: IscCompletionRecord[],
  today: DateKey,
  say: MctSpeech = mctSpeech(),
): Requirement & { qualifying: IscCompletionRecord | null } {
  const { t, day } = say;
  const title = t('isc.title', { years: ISC_VALIDITY_YEARS });
  const { best, problems } = bestOrProblems(
    completions,
    (c) => iscCompletionProblem(c, today, say),
    (a, b) => b.completedOn.localeCompare(a.completedOn),
  );
  if (best) {
    return {
      key: 'isc',
      title,
      met: true,
      qualifying: best,
      detail: t('isc.met', {
        provider: best.providerName,
        date: day(best.completedOn),
        certificate: best.certificateId,
        until: day(addYears(best.completedOn, ISC_VALIDITY_YEARS)),
      }),
      wayForward: null,
    };
  }
  return unmet('isc', title, completions.length === 0 ? t('isc.none') : problems.join(' '), t('isc.wayForward'));
}

/** The instructional-skills requirement of a reinstatement within 3 years of leaving: met without
 * a new completion (the latest counting one, if any, is still linked). */
export function waivedIscForReinstatement(
  completions: IscCompletionRecord[],
  leftActiveOn: DateKey,
  today: DateKey,
  say: MctSpeech = mctSpeech(),
): Requirement & { qualifying: IscCompletionRecord | null } {
  const counting = checkIscCompletion(completions, today, say);
  return {
    key: 'isc',
    title: say.t('isc.waivedTitle', { years: REINSTATEMENT_ISC_YEARS }),
    met: true,
    qualifying: counting.qualifying,
    detail: say.t('isc.waivedDetail', { date: say.day(leftActiveOn), years: REINSTATEMENT_ISC_YEARS }),
    wayForward: null,
  };
}

/** The agreement requirement: this year's program agreement, accepted. */
export function checkAgreement(
  agreements: ProgramAgreement[],
  acceptedAgreementIds: readonly string[],
  today: DateKey,
  { t }: MctSpeech = mctSpeech(),
): Requirement & { current: ProgramAgreement | null } {
  const current = currentProgramAgreement(agreements, today);
  const title = t('agreement.title');
  if (!current) {
    return {
      key: 'agreement',
      title,
      met: false,
      current,
      detail: t('agreement.unpublished'),
      wayForward: t('agreement.unpublishedWayForward'),
    };
  }
  if (acceptedAgreementIds.includes(current.id)) {
    return { key: 'agreement', title, met: true, current, detail: t('agreement.accepted', { title: current.title }), wayForward: null };
  }
  return {
    key: 'agreement',
    title,
    met: false,
    current,
    detail: t('agreement.notYet', { title: current.title }),
    wayForward: t('agreement.wayForward'),
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
export function evaluateRequirements(inputs: RequirementInputs, today: DateKey, say: MctSpeech = mctSpeech()): RequirementsEvaluation {
  const certification = checkCertification(inputs.certifications, today, say);
  const { leftOn: left, needsNewIsc } = reinstatementIsc(inputs.leftActiveOn, today);
  let isc =
    left && !needsNewIsc
      ? waivedIscForReinstatement(inputs.completions, left, today, say)
      : checkIscCompletion(inputs.completions, today, say);
  if (left && !isc.met) {
    isc = {
      ...isc,
      detail: say.t('isc.leftLongAgo', { date: say.day(left), years: REINSTATEMENT_ISC_YEARS, detail: isc.detail }),
    };
  }
  const agreement = checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today, say);
  const all = [certification, isc, agreement];
  return { certification, isc, agreement, all, allMet: all.every((r) => r.met) };
}
