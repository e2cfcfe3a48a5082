import 'server-only';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { dateKey, todayIn } from '@/lib/dates';
import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';
import { describeClosure, type ClosureNotice } from './enrollment-window';
import { describeFee } from './fee';
import { heldNotice } from './held-applications';
import { OPEN_MCT_APPLICATION_STATUSES } from './lifecycle';
import { loadEnrollmentState, loadRequirementInputs } from './loaders';
import { certificationProblem, evaluateRequirements } from './requirements';
import type { Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { mctSpeech } from './speech';

/** The viewer's open MCT application, if any. */
export async function findOpenMctApplication(viewer: Viewer) {
  return prisma.mctApplication.findFirst({
    where: { candidateId: viewer.id, status: { in: [...OPEN_MCT_APPLICATION_STATUSES] } },
    select: { id: true, status: true, channel: true, createdAt: true, provider: { select: { name: true } } },
  });
}

/** The viewer's current (latest) membership year, if they ever were a member. */
export async function findLatestMembershipTerm(viewer: Viewer) {
  return prisma.mctMembershipTerm.findFirst({
    where: { membership: { userId: viewer.id } },
    orderBy: { startsOn: 'desc' },
    select: { startsOn: true, endsOn: true, membership: { select: { memberSince: true } } },
  });
}

/** Everything "Become an MCT" shows the viewer: whether self-service is open (and if not, why and
 * until when, in their time zone), their standing against each requirement, the fee, this year's
 * agreement, and any open or recently decided application of theirs. */
export async function getEnrollmentOverview(viewer: Viewer, now: Date = new Date(), locale: Locale = 'en') {
  const state = await loadEnrollmentState(prisma, now);
  const inputs = await loadRequirementInputs(prisma, viewer);
  const evaluation = evaluateRequirements(inputs, state.today, mctSpeech(locale));
  const agreementId = evaluation.agreement.current?.id;
  const [agreement, applications, providers] = await Promise.all([
    agreementId ? prisma.agreement.findUnique({ where: { id: agreementId }, select: { id: true, title: true, body: true } }) : null,
    prisma.mctApplication.findMany({
      where: { candidateId: viewer.id },
      orderBy: { createdAt: 'desc' },
      take: 5,
      select: {
        id: true,
        status: true,
        channel: true,
        createdAt: true,
        decidedAt: true,
        rejectionReason: true,
        provider: { select: { name: true } },
      },
    }),
    // The providers who confirmed the viewer's completions: whom to contact for the manual route.
    prisma.iscProvider.findMany({
      where: { completions: { some: { userId: viewer.id } } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, contactEmail: true, website: true },
    }),
  ]);
  const closure: ClosureNotice | null = state.window.isOpen
    ? null
    : describeClosure(state.window, state.settings.timeZone, viewer.timeZone);
  const upcoming = state.window.isOpen ? state.window.nextPause : null;
  return {
    isOpen: state.window.isOpen,
    closure,
    /** The window and the program's time zone, for a page that says the closure in another language. */
    window: state.window,
    programTimeZone: state.settings.timeZone,
    upcomingPause: upcoming ? { startsOn: upcoming.startsOn, endsOn: upcoming.endsOn } : null,
    fee: describeFee(state.settings, mctSpeech(locale)),
    evaluation,
    agreement,
    openApplication:
      applications.find((a) => (OPEN_MCT_APPLICATION_STATUSES as readonly MctApplicationStatus[]).includes(a.status)) ?? null,
    lastApplication: applications[0] ?? null,
    providers,
  };
}

/** The viewer's own certifications, each with whether it counts today, and the catalogue to add from. */
export async function getMyCertifications(viewer: Viewer, now: Date = new Date(), locale: Locale = 'en') {
  const state = await loadEnrollmentState(prisma, now);
  const [inputs, catalogue] = await Promise.all([
    loadRequirementInputs(prisma, viewer),
    prisma.certification.findMany({
      orderBy: [{ isEligible: 'desc' }, { code: 'asc' }],
      select: { id: true, code: true, name: true, level: true, isEligible: true, retiredOn: true },
    }),
  ]);
  return {
    held: inputs.certifications
      .map((c) => ({ ...c, problem: certificationProblem(c, state.today, mctSpeech(locale)) }))
      .sort((a, b) => b.earnedOn.localeCompare(a.earnedOn)),
    catalogue: catalogue.filter((c) => !c.retiredOn || dateKey(c.retiredOn) > state.today).map(({ retiredOn: _retiredOn, ...c }) => c),
  };
}

const applicationDetailSelect = {
  id: true,
  status: true,
  channel: true,
  kind: true,
  version: true,
  feeCents: true,
  feeWaived: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  rejectionReason: true,
  candidateId: true,
  candidate: { select: { name: true, email: true, timeZone: true } },
  provider: { select: { name: true, contactEmail: true } },
  initiatedBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true, email: true } },
  iscCompletion: {
    select: {
      completedOn: true,
      certificateId: true,
      candidateName: true,
      confirmedAt: true,
      provider: { select: { name: true, approvedFrom: true, approvedUntil: true } },
    },
  },
  candidateCertification: {
    select: {
      credentialId: true,
      earnedOn: true,
      expiresOn: true,
      certification: { select: { code: true, name: true, level: true, isEligible: true } },
    },
  },
  agreementAcceptance: { select: { acceptedAt: true, agreement: { select: { title: true, version: true } } } },
  term: { select: { startsOn: true, endsOn: true } },
} as const;

/** One of the viewer's own applications, with their live standing and this year's agreement; null
 * for anyone else's (it is never shown to another candidate). */
export async function getMyApplication(viewer: Viewer, applicationId: string, now: Date = new Date(), locale: Locale = 'en') {
  const app = await prisma.mctApplication.findFirst({
    where: { id: applicationId, candidateId: viewer.id },
    select: applicationDetailSelect,
  });
  if (!app) return null;
  const state = await loadEnrollmentState(prisma, now);
  const evaluation = evaluateRequirements(await loadRequirementInputs(prisma, viewer), state.today, mctSpeech(locale));
  const agreement = evaluation.agreement.current
    ? await prisma.agreement.findUnique({ where: { id: evaluation.agreement.current.id }, select: { id: true, title: true, body: true } })
    : null;
  return {
    app,
    evaluation,
    agreement,
    fee: describeFee(
      {
        mctFeeCents: app.feeCents,
        mctFeeCurrency: state.settings.mctFeeCurrency,
        mctFeeWaived: app.feeWaived,
        mctFeeWaiverNote: null,
      },
      mctSpeech(locale),
    ),
  };
}

// ───────────────────────────── Program team ─────────────────────────────

/** The enrollment settings, pauses and today's window for the admin page. Admins only. */
export async function getEnrollmentSettingsForAdmin(viewer: Viewer, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  const state = await loadEnrollmentState(prisma, now);
  return {
    settings: state.settings,
    pauses: state.pauses,
    window: state.window,
    today: state.today,
    closure: state.window.isOpen ? null : describeClosure(state.window, state.settings.timeZone, viewer.timeZone),
    held: {
      notice: heldNotice(state.window, state.settings.timeZone, viewer.timeZone),
      // The held queue is small (a season of one program's providers); the oldest first, as released.
      applications: await prisma.mctApplication.findMany({
        where: { status: 'HELD' },
        orderBy: { heldAt: 'asc' },
        take: 200,
        select: {
          id: true,
          heldAt: true,
          candidate: { select: { name: true, email: true } },
          provider: { select: { name: true } },
          initiatedBy: { select: { name: true, email: true } },
        },
      }),
    },
  };
}

/** The certification catalogue with how many people hold each. Admins only. */
export async function listCertificationCatalogue(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  const rows = await prisma.certification.findMany({
    orderBy: [{ isEligible: 'desc' }, { code: 'asc' }],
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      isEligible: true,
      validityMonths: true,
      retiredOn: true,
      version: true,
      _count: { select: { held: true } },
    },
  });
  return rows.map((r) => ({ ...r, retiredOn: r.retiredOn ? dateKey(r.retiredOn) : null, holders: r._count.held }));
}

/** One application with each requirement's evidence as recorded, and the candidate's standing
 * today. Admins only. */
export async function getApplicationForReview(viewer: Viewer, applicationId: string, now: Date = new Date()) {
  assertRole(viewer, 'ADMIN');
  const app = await prisma.mctApplication.findUnique({ where: { id: applicationId }, select: applicationDetailSelect });
  if (!app) return null;
  const settings = (await loadEnrollmentState(prisma, now)).settings;
  const today = todayIn(settings.timeZone, now);
  const evaluation = evaluateRequirements(await loadRequirementInputs(prisma, { id: app.candidateId, email: app.candidate.email }), today);
  return {
    app,
    evaluation,
    isOwn: app.candidateId === viewer.id,
    fee: describeFee({
      mctFeeCents: app.feeCents,
      mctFeeCurrency: settings.mctFeeCurrency,
      mctFeeWaived: app.feeWaived,
      mctFeeWaiverNote: null,
    }),
  };
}
