import 'server-only';
// Reads shared by the MCT queries (what pages show) and services (what is checked again on submit),
// so that a page and the action behind it judge the same records the same way.
import { prisma, type Tx } from '@/lib/db';
import { addDays, dateKey, todayIn } from '@/lib/dates';
import { loadProgramSettings, readProgramSettings, type ProgramSettingsRecord } from '@/lib/program-settings';
import { enrollmentWindowAt, type EnrollmentWindow, type PauseWindow } from './enrollment-window';
import type { RequirementInputs } from './requirements';

/** Every pause window, as calendar dates, earliest first. */
export async function loadPauses(db: Tx): Promise<(PauseWindow & { version: number })[]> {
  const rows = await db.enrollmentPause.findMany({
    orderBy: { startsOn: 'asc' },
    select: { id: true, startsOn: true, endsOn: true, reason: true, version: true },
  });
  return rows.map((p) => ({ ...p, startsOn: dateKey(p.startsOn), endsOn: dateKey(p.endsOn) }));
}

export type EnrollmentState = {
  settings: ProgramSettingsRecord;
  pauses: (PauseWindow & { version: number })[];
  window: EnrollmentWindow;
  /** Today in the program's time zone. */
  today: string;
};

/** The settings, the pauses and whether self-service is open at an instant. */
export async function loadEnrollmentState(db: Tx, now: Date): Promise<EnrollmentState> {
  // Outside a transaction (a page's read) the settings come from the process's cache.
  const [settings, pauses] = await Promise.all([db === prisma ? readProgramSettings() : loadProgramSettings(db), loadPauses(db)]);
  return { settings, pauses, window: enrollmentWindowAt(settings, pauses, now), today: todayIn(settings.timeZone, now) };
}

/** Links ISC completions confirmed for a person's email before they had an account (or before it was
 * known) to that account: when they apply, or a provider starts an application for them. */
export async function linkCompletionsByEmail(db: Tx, user: { id: string; email: string }): Promise<number> {
  const { count } = await db.iscCompletion.updateMany({ where: { candidateEmail: user.email, userId: null }, data: { userId: user.id } });
  return count;
}

/** What the requirement checks need to know about a person: their certifications, ISC completions
 * (by account, or by email while not linked to an account yet), the program agreements and which of
 * them they accepted. Only reads: pages call it on every visit. */
export async function loadRequirementInputs(db: Tx, user: { id: string; email: string }): Promise<RequirementInputs> {
  const [certifications, completions, agreements, acceptances, membership] = await Promise.all([
    db.candidateCertification.findMany({
      where: { userId: user.id },
      select: {
        id: true,
        credentialId: true,
        earnedOn: true,
        expiresOn: true,
        certification: { select: { code: true, name: true, level: true, isEligible: true, retiredOn: true } },
      },
    }),
    db.iscCompletion.findMany({
      // A completion its provider withdrew (confirmed by mistake) no longer counts; until the candidate
      // applies, their completions are matched by address (a GET never links them).
      where: { withdrawnAt: null, OR: [{ userId: user.id }, { userId: null, candidateEmail: user.email }] },
      select: {
        id: true,
        completedOn: true,
        certificateId: true,
        provider: { select: { name: true, approvedFrom: true, approvedUntil: true } },
      },
    }),
    db.agreement.findMany({ where: { kind: 'MCT_PROGRAM' }, select: { id: true, title: true, version: true, effectiveFrom: true } }),
    db.agreementAcceptance.findMany({ where: { userId: user.id, agreement: { kind: 'MCT_PROGRAM' } }, select: { agreementId: true } }),
    db.mctMembership.findUnique({
      where: { userId: user.id },
      select: {
        status: true,
        lapsedOn: true,
        alumniSince: true,
        terms: { orderBy: { endsOn: 'desc' }, take: 1, select: { endsOn: true } },
      },
    }),
  ]);
  // The day they stopped being active: recorded on lapse or on the switch to alumni; for a year that
  // ended before the lapse job ran, the day after it ended (in the future for an active member).
  const lastEnd = membership?.terms[0] ? dateKey(membership.terms[0].endsOn) : null;
  const leftOn =
    membership?.status === 'LAPSED' && membership.lapsedOn
      ? dateKey(membership.lapsedOn)
      : membership?.status === 'ALUMNI' && membership.alumniSince
        ? dateKey(membership.alumniSince)
        : lastEnd
          ? addDays(lastEnd, 1)
          : null;
  return {
    certifications: certifications.map((c) => ({
      id: c.id,
      code: c.certification.code,
      name: c.certification.name,
      level: c.certification.level,
      isEligible: c.certification.isEligible,
      retiredOn: c.certification.retiredOn ? dateKey(c.certification.retiredOn) : null,
      credentialId: c.credentialId,
      earnedOn: dateKey(c.earnedOn),
      expiresOn: c.expiresOn ? dateKey(c.expiresOn) : null,
    })),
    completions: completions.map((c) => ({
      id: c.id,
      providerName: c.provider.name,
      completedOn: dateKey(c.completedOn),
      certificateId: c.certificateId,
      providerApprovedFrom: dateKey(c.provider.approvedFrom),
      providerApprovedUntil: dateKey(c.provider.approvedUntil),
    })),
    agreements: agreements.map((a) => ({ ...a, effectiveFrom: dateKey(a.effectiveFrom) })),
    acceptedAgreementIds: acceptances.map((a) => a.agreementId),
    leftActiveOn: leftOn,
  };
}
