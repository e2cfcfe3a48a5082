import 'server-only';
// Reads of the MCT membership: the member's own page (their membership only, by viewer.id) and the
// program team's renewal queue.
import { currentAgreement } from '@/lib/agreements/current';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { addDays, addYears, dateKey, daysBetween, dbDay, todayIn, type DateKey } from '@/lib/dates';
import type { Locale } from '@/lib/i18n/locales';
import { localizeAppError } from '@/lib/i18n/app-errors';
import { mctSpeech, type MctSpeech } from '@/lib/mct/speech';
import { loadRequirementInputs } from '@/lib/mct/loaders';
import { readProgramSettings } from '@/lib/program-settings';
import { checkAgreement, checkCertification, reinstatementIsc } from '@/lib/mct/requirements';
import { deriveMctStanding, type MctStanding } from '@/lib/auth/status';
import type { Viewer } from '@/lib/auth/viewer';
import { renewalOpensOn } from './lifecycle';
import { deliveriesByMonth } from './chart';
import { DELIVERY_FORMAT_LABELS, DELIVERY_FORMATS } from './schema';

/** What a delivery table shows of each delivery. */
const deliveryFields = {
  id: true,
  courseCode: true,
  courseTitle: true,
  startDate: true,
  endDate: true,
  format: true,
  studentCount: true,
  trainingPartner: true,
  satisfactionScore: true,
} as const;

export type { MonthPoint } from './chart';
import { loungeRefusal } from './lounge';

/** The lounge refusal the service throws, said in the reader's language (its `appErrors.mct` entry). */
const refusalIn = (refusal: string | null, locale: Locale) => (refusal ? localizeAppError(refusal, locale) : null);

/** The next step of a member, in a sentence. */
export function nextStepOf(
  standing: MctStanding,
  renewalStatus: string | null,
  opensOn: DateKey | null,
  { t, day }: MctSpeech = mctSpeech(),
): string {
  if (standing === 'NONE') return t('nextStep.none');
  if (standing === 'LAPSED') return t('nextStep.lapsed');
  if (standing === 'ALUMNI') return t('nextStep.alumni');
  if (renewalStatus === 'SUBMITTED') return t('nextStep.submitted');
  if (renewalStatus === 'MORE_INFO_REQUESTED') return t('nextStep.moreInfo');
  if (renewalStatus === 'REJECTED') return t('nextStep.rejected');
  if (renewalStatus === 'APPROVED') return t('nextStep.approved');
  if (standing === 'IN_RENEWAL') return t('nextStep.inRenewal');
  return t('nextStep.keepLogging', { date: opensOn ? day(opensOn) : '—' });
}

/** A person's membership with its years, latest first, and the renewal behind each. */
function readOwnMembership(userId: string) {
  return prisma.mctMembership.findUnique({
    where: { userId },
    select: {
      id: true,
      status: true,
      version: true,
      memberSince: true,
      alumniSince: true,
      lapsedOn: true,
      terms: {
        orderBy: { startsOn: 'desc' },
        select: {
          id: true,
          startsOn: true,
          endsOn: true,
          renewalId: true,
          renewalOf: { select: { id: true, status: true, adminNote: true, submittedAt: true } },
        },
      },
    },
  });
}

type OwnMembership = Awaited<ReturnType<typeof readOwnMembership>>;

/** The year that covers today is the current one; a renewal approved early adds the next year
 * beside it. The renewal shown is the latest year's. */
function yearsOf(membership: OwnMembership, today: DateKey) {
  const latest = membership?.terms[0] ?? null;
  const term = membership?.terms.find((t) => dateKey(t.startsOn) <= today && today <= dateKey(t.endsOn)) ?? latest;
  const nextTerm = latest && latest !== term && dateKey(latest.startsOn) > today ? latest : null;
  return { term, nextTerm, renewal: latest?.renewalOf ?? null };
}

/** The day the membership lapsed: as recorded, or the day it went alumni, or (before the lapse job
 * records it) the day after its last year ended. */
function lapsedOnOf(membership: OwnMembership, termEndsOn: DateKey | null): DateKey | null {
  if (membership?.lapsedOn) return dateKey(membership.lapsedOn);
  if (membership?.alumniSince) return dateKey(membership.alumniSince);
  return termEndsOn ? addDays(termEndsOn, 1) : null;
}

/** Everything the viewer's membership page shows, of their own membership only; its sentences in `locale`. */
export async function getMyMembership(viewer: Viewer, now: Date = new Date(), locale: Locale = 'en') {
  const say = mctSpeech(locale);
  const settings = await readProgramSettings();
  const today = todayIn(settings.timeZone, now);
  const membership = await readOwnMembership(viewer.id);
  const { standing, termEndsOn } = deriveMctStanding(membership, today);
  const { term, nextTerm, renewal } = yearsOf(membership, today);
  const [inputs, deliveries, lounge] = await Promise.all([
    loadRequirementInputs(prisma, viewer),
    prisma.trainingDelivery.findMany({
      where: { userId: viewer.id, endDate: { gte: dbDay(addYears(today, -1)) } },
      orderBy: [{ startDate: 'desc' }, { createdAt: 'desc' }],
      select: { ...deliveryFields, renewal: { select: { status: true } } },
    }),
    prisma.loungeAccess.findUnique({
      where: { userId: viewer.id },
      select: { status: true, grantedAt: true, revokedAt: true, revokedReason: true },
    }),
  ]);
  const agreement = checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today, say);
  const certification = checkCertification(inputs.certifications, today, say);
  const agreementText = agreement.current
    ? await prisma.agreement.findUnique({ where: { id: agreement.current.id }, select: { id: true, title: true, body: true } })
    : null;
  // Active and lapsed members may switch to alumni, accepting the alumni agreement in force.
  const alumniAgreement =
    standing === 'ACTIVE' || standing === 'IN_RENEWAL' || standing === 'LAPSED'
      ? await currentAgreement(prisma, 'MCT_ALUMNI', today)
      : null;
  const rows = deliveries.map(deliveryRowOf);
  const byFormat = countByFormat(rows);
  const opensOn = termEndsOn ? renewalOpensOn(termEndsOn) : null;
  const lapsedOn = lapsedOnOf(membership, termEndsOn);
  return {
    today,
    standing,
    membership: membership
      ? {
          status: membership.status,
          version: membership.version,
          memberSince: dateKey(membership.memberSince),
          alumniSince: membership.alumniSince ? dateKey(membership.alumniSince) : null,
          lapsedOn: membership.lapsedOn ? dateKey(membership.lapsedOn) : null,
        }
      : null,
    term: term ? { id: term.id, startsOn: dateKey(term.startsOn), endsOn: dateKey(term.endsOn), isRenewal: term.renewalId !== null } : null,
    nextTerm: nextTerm ? { startsOn: dateKey(nextTerm.startsOn), endsOn: dateKey(nextTerm.endsOn) } : null,
    /** Days left in the year that covers today (not in a next year already approved). */
    daysLeft: term && dateKey(term.endsOn) >= today ? daysBetween(today, dateKey(term.endsOn)) : null,
    renewalOpensOn: opensOn,
    daysUntilRenewalOpens: opensOn && opensOn > today ? daysBetween(today, opensOn) : 0,
    renewal: renewal ? { id: renewal.id, status: renewal.status, adminNote: renewal.adminNote } : null,
    agreement: { met: agreement.met, detail: agreement.detail, text: agreementText },
    alumniAgreement: alumniAgreement ? { id: alumniAgreement.id, title: alumniAgreement.title, body: alumniAgreement.body } : null,
    certification: { met: certification.met, detail: certification.detail, wayForward: certification.wayForward },
    deliveries: rows,
    byMonth: deliveriesByMonth(rows, today, locale),
    byFormat,
    lounge: {
      status: lounge?.status ?? null,
      revokedReason: lounge?.revokedReason ?? null,
      refusal: refusalIn(loungeRefusal(standing), locale),
    },
    // The same rule as the enrollment checks (lib/mct/requirements.ts reinstatementIsc).
    reinstatement: standing === 'LAPSED' || standing === 'ALUMNI' ? { ...reinstatementIsc(inputs.leftActiveOn, today), lapsedOn } : null,
    nextStep: nextStepOf(standing, renewal?.status ?? null, opensOn, say),
  };
}

export type MyMembership = Awaited<ReturnType<typeof getMyMembership>>;

type OwnDelivery = Prisma.TrainingDeliveryGetPayload<{ select: typeof deliveryFields & { renewal: { select: { status: true } } } }>;

/** One delivery as the member's table shows it: locked once a renewal that shows it is submitted or approved. */
function deliveryRowOf(d: OwnDelivery) {
  return {
    id: d.id,
    courseCode: d.courseCode,
    courseTitle: d.courseTitle,
    startDate: dateKey(d.startDate),
    endDate: dateKey(d.endDate),
    format: d.format,
    formatLabel: DELIVERY_FORMAT_LABELS[d.format],
    studentCount: d.studentCount,
    trainingPartner: d.trainingPartner,
    satisfactionScore: d.satisfactionScore === null ? null : Number(d.satisfactionScore),
    isLocked: d.renewal !== null && (d.renewal.status === 'SUBMITTED' || d.renewal.status === 'APPROVED'),
  };
}

function countByFormat(rows: ReturnType<typeof deliveryRowOf>[]) {
  return DELIVERY_FORMATS.map((f) => ({
    format: f,
    label: DELIVERY_FORMAT_LABELS[f],
    count: rows.filter((r) => r.format === f).length,
  }));
}

/** The program team's queue: renewals waiting for a decision, oldest first, with what they show. */
export async function listRenewalsForReview(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  const renewals = await prisma.mctRenewal.findMany({
    where: { status: { in: ['SUBMITTED', 'MORE_INFO_REQUESTED'] } },
    orderBy: { submittedAt: 'asc' },
    take: 200,
    select: {
      id: true,
      status: true,
      version: true,
      submittedAt: true,
      adminNote: true,
      term: {
        select: { startsOn: true, endsOn: true, membership: { select: { user: { select: { id: true, name: true, email: true } } } } },
      },
      agreementAcceptance: { select: { acceptedAt: true, agreement: { select: { title: true } } } },
      candidateCertification: { select: { credentialId: true, expiresOn: true, certification: { select: { code: true, name: true } } } },
      deliveries: {
        orderBy: { startDate: 'asc' },
        select: deliveryFields,
      },
    },
  });
  return renewals.map((r) => ({
    id: r.id,
    status: r.status,
    version: r.version,
    submittedAt: r.submittedAt,
    adminNote: r.adminNote,
    member: r.term.membership.user,
    termEndsOn: dateKey(r.term.endsOn),
    agreement: r.agreementAcceptance ? r.agreementAcceptance.agreement.title : null,
    certification: r.candidateCertification
      ? `${r.candidateCertification.certification.code} ${r.candidateCertification.certification.name} (credential ${r.candidateCertification.credentialId}${r.candidateCertification.expiresOn ? `, current until ${dateKey(r.candidateCertification.expiresOn)}` : ''})`
      : null,
    deliveries: r.deliveries.map((d) => ({
      ...d,
      startDate: dateKey(d.startDate),
      endDate: dateKey(d.endDate),
      formatLabel: DELIVERY_FORMAT_LABELS[d.format],
      satisfactionScore: d.satisfactionScore === null ? null : Number(d.satisfactionScore),
    })),
  }));
}
