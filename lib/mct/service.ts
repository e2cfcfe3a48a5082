import 'server-only';
// MCT applications: the program agreement, the self-service application, the candidate's acceptance
// of an application their ISC provider started, withdrawal, and the expiry of lapsed ones. Each checks
// permission and state, runs in one transaction with its audit entry and its email, and throws
// AppError for what the person can fix. Elsewhere: the candidate's certifications (certifications.ts),
// a provider starting an application (lib/providers/start-application.ts) and the program team's
// decision, which starts the membership (lib/memberships/decide-application.ts).
import type { z } from 'zod';
import { actorOf, type AuditActor, recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { addDaysToInstant, type Clock, type DateKey, dateKey, todayIn } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/locales';
import { queueEmail } from '@/lib/notifications/outbox';
import { describeClosure } from './enrollment-window';
import {
  assertMctApplicationTransition,
  awaitingCandidateUntil,
  OPEN_MCT_APPLICATION_STATUSES,
  PROVIDER_APPLICATION_DAYS,
} from './lifecycle';
import { linkCompletionsByEmail, loadEnrollmentState, loadRequirementInputs } from './loaders';
import { checkCertification, currentProgramAgreement, evaluateRequirements, iscCompletionProblem } from './requirements';
import { mctSpeech } from './speech';
import type { acceptAgreementSchema, submitProviderApplicationSchema, withdrawApplicationSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';
import { deriveMctStanding } from '@/lib/auth/status';
import { notifyApplicationSubmitted } from './notify-parties';

/** The partial unique index that allows one open application per candidate. */
export const OPEN_APPLICATION_INDEX = 'MctApplication_open_candidate_key';

/** The refusal of a second open application, for the candidate ('you') or named by whoever started it. */
export const openApplicationConflict = (who: 'you' | string) =>
  new AppError(
    'CONFLICT',
    who === 'you'
      ? 'You already have an open MCT application; follow it on the MCT page. Nobody can apply twice while an application is open.'
      : `${who} already has an open MCT application. Nobody can apply twice while an application is open.`,
  );

/** Marks provider-started applications whose candidate did not accept in time as expired (one
 * candidate's, or everyone's for the scheduled sweep), each with its audit entry. */
export async function expireLapsedApplications(tx: Tx, opts: { now: Date; candidateId?: string; actor?: AuditActor }): Promise<number> {
  const cutoff = addDaysToInstant(opts.now, -PROVIDER_APPLICATION_DAYS);
  const lapsed = await tx.mctApplication.findMany({
    where: { status: 'AWAITING_CANDIDATE', createdAt: { lte: cutoff }, ...(opts.candidateId ? { candidateId: opts.candidateId } : {}) },
    select: { id: true },
  });
  assertMctApplicationTransition('AWAITING_CANDIDATE', 'EXPIRED');
  for (const app of lapsed) {
    const { count } = await tx.mctApplication.updateMany({
      where: { id: app.id, status: 'AWAITING_CANDIDATE' },
      data: { status: 'EXPIRED', version: { increment: 1 } },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actor: opts.actor ?? SYSTEM_ACTOR,
        action: 'mct_application.expired',
        entityType: 'MctApplication',
        entityId: app.id,
        before: { status: 'AWAITING_CANDIDATE' },
        after: { status: 'EXPIRED' },
      });
    }
  }
  return lapsed.length;
}

/** The scheduled sweep: expires every lapsed provider-started application. */
export async function expireLapsedApplicationsNow(now = new Date()): Promise<number> {
  return prisma.$transaction((tx) => expireLapsedApplications(tx, { now }));
}

// ───────────────────────────── Candidates ─────────────────────────────

async function acceptCurrentAgreement(tx: Tx, viewer: Viewer, agreementId: string, today: string): Promise<string> {
  const agreements = await tx.agreement.findMany({
    where: { kind: 'MCT_PROGRAM' },
    select: { id: true, title: true, version: true, effectiveFrom: true },
  });
  const current = currentProgramAgreement(
    agreements.map((a) => ({ ...a, effectiveFrom: dateKey(a.effectiveFrom) })),
    today,
  );
  if (!current) throw new AppError('CONFLICT', 'This year’s program agreement has not been published yet.');
  if (current.id !== agreementId) {
    throw new AppError('CONFLICT', `A newer agreement (${current.title}) is now in effect. Reload the page to read it before you accept.`);
  }
  const existing = await tx.agreementAcceptance.findUnique({
    where: { userId_agreementId: { userId: viewer.id, agreementId } },
    select: { id: true },
  });
  if (existing) return existing.id;
  const acceptance = await tx.agreementAcceptance.create({ data: { userId: viewer.id, agreementId }, select: { id: true } });
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: 'agreement.accepted',
    entityType: 'AgreementAcceptance',
    entityId: acceptance.id,
    after: { agreement: current.title, version: current.version },
  });
  return acceptance.id;
}

/** Records the viewer's acceptance of this year's program agreement (once; accepting again changes nothing). */
export async function acceptProgramAgreement(
  viewer: Viewer,
  input: z.output<typeof acceptAgreementSchema>,
  clock: Clock = {},
): Promise<void> {
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const { settings } = await loadEnrollmentState(tx, now);
    await acceptCurrentAgreement(tx, viewer, input.agreementId, todayIn(settings.timeZone, now));
  });
}

/** Refuses a person who is already an active MCT (they renew instead); returns the application kind. */
export async function applicationKindFor(
  tx: Tx,
  candidateId: string,
  today: string,
  who: 'you' | string,
): Promise<'NEW' | 'REINSTATEMENT'> {
  const membership = await tx.mctMembership.findUnique({
    where: { userId: candidateId },
    select: { status: true, terms: { select: { startsOn: true, endsOn: true } } },
  });
  const { standing } = deriveMctStanding(membership, today);
  if (standing === 'ACTIVE' || standing === 'IN_RENEWAL') {
    throw new AppError(
      'CONFLICT',
      who === 'you' ? 'You are already an active MCT. Renew your membership instead of applying.' : `${who} is already an active MCT.`,
    );
  }
  return membership ? 'REINSTATEMENT' : 'NEW';
}

/** Refuses a second open application (after expiring the candidate's lapsed provider-started ones). */
export async function assertNoOpenApplication(tx: Tx, candidateId: string, now: Date, who: 'you' | string): Promise<void> {
  await expireLapsedApplications(tx, { now, candidateId });
  const open = await tx.mctApplication.count({ where: { candidateId, status: { in: [...OPEN_MCT_APPLICATION_STATUSES] } } });
  if (open > 0) throw openApplicationConflict(who);
}

/** Self-service application: only while self-service is open, once every requirement is met (checked
 * again here, whatever the page showed), and never beside another open application. */
export async function applySelfService(viewer: Viewer, _input: unknown = {}, clock: Clock = {}): Promise<{ applicationId: string }> {
  const now = clock.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const { settings, window, today } = await loadEnrollmentState(tx, now);
      if (!window.isOpen) {
        const notice = describeClosure(window, settings.timeZone, viewer.timeZone);
        throw new AppError(
          'FORBIDDEN',
          `${notice.title}. ${notice.lines.join(' ')} Meanwhile your ISC provider can start a manual application for you; you then accept it from the link they send.`,
        );
      }
      const kind = await applicationKindFor(tx, viewer.id, today, 'you');
      await assertNoOpenApplication(tx, viewer.id, now, 'you');
      // The completions they apply with become their account's now.
      await linkCompletionsByEmail(tx, viewer);
      const inputs = await loadRequirementInputs(tx, viewer);
      const evaluation = evaluateRequirements(inputs, today);
      if (!evaluation.allMet) {
        // The requirements' sentences in a language: English for the message, the reader's for its translation.
        const missingIn = (locale: Locale) =>
          evaluateRequirements(inputs, today, mctSpeech(locale))
            .all.filter((r) => !r.met)
            .map((r) => `${r.title.toLowerCase()} (${r.detail})`)
            .join('; ');
        throw new AppError('INVALID', `You cannot apply yet. Missing: ${missingIn('en')}`, undefined, { list: missingIn });
      }
      const acceptance = await tx.agreementAcceptance.findUniqueOrThrow({
        where: { userId_agreementId: { userId: viewer.id, agreementId: evaluation.agreement.current!.id } },
        select: { id: true },
      });
      const application = await tx.mctApplication.create({
        data: {
          candidateId: viewer.id,
          kind,
          channel: 'SELF_SERVICE',
          status: 'SUBMITTED',
          submittedAt: now,
          iscCompletionId: evaluation.isc.qualifying?.id ?? null,
          candidateCertificationId: evaluation.certification.qualifying!.id,
          agreementAcceptanceId: acceptance.id,
          feeCents: settings.mctFeeWaived ? 0 : settings.mctFeeCents,
          feeWaived: settings.mctFeeWaived,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'mct_application.submitted',
        entityType: 'MctApplication',
        entityId: application.id,
        after: { status: 'SUBMITTED', channel: 'SELF_SERVICE', kind },
      });
      await notifyApplicationSubmitted(tx, application.id);
      await queueEmail(tx, {
        to: viewer.email,
        userId: viewer.id,
        template: 'mct.application-submitted',
        data: { candidateName: viewer.name, url: appUrl(`/mct/applications/${application.id}`) },
        urgency: 'DIGESTIBLE',
      });
      return { applicationId: application.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, OPEN_APPLICATION_INDEX)) throw openApplicationConflict('you');
    throw error;
  }
}

/** The candidate accepts this year's agreement on an application their ISC provider started, which
 * submits it. Works while self-service is offline or paused: this is the manual route. */
export async function submitProviderApplication(
  viewer: Viewer,
  input: z.output<typeof submitProviderApplicationSchema>,
  clock: Clock = {},
): Promise<void> {
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const app = await loadAwaitingApplication(tx, viewer, input.applicationId, now);
    const { settings } = await loadEnrollmentState(tx, now);
    const today = todayIn(settings.timeZone, now);
    assertCompletionStillCounts(app.iscCompletion, today);
    const certification = await requireCurrentCertification(tx, viewer, today);
    const acceptanceId = await acceptCurrentAgreement(tx, viewer, input.agreementId, today);
    const { count } = await tx.mctApplication.updateMany({
      where: { id: app.id, status: 'AWAITING_CANDIDATE' },
      data: {
        status: 'SUBMITTED',
        submittedAt: now,
        agreementAcceptanceId: acceptanceId,
        candidateCertificationId: certification.qualifying!.id,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'This application changed meanwhile. Reload the page to see where it stands.');
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_application.submitted',
      entityType: 'MctApplication',
      entityId: app.id,
      before: { status: 'AWAITING_CANDIDATE' },
      after: { status: 'SUBMITTED', channel: app.channel },
    });
    await notifyApplicationSubmitted(tx, app.id);
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.application-submitted',
      data: { candidateName: viewer.name, url: appUrl(`/mct/applications/${app.id}`) },
      urgency: 'DIGESTIBLE',
    });
  });
}

type AwaitingApplication = Awaited<ReturnType<typeof loadAwaitingApplication>>;

/** The viewer's own application, still waiting for them (not expired). */
async function loadAwaitingApplication(tx: Tx, viewer: Viewer, applicationId: string, now: Date) {
  const app = await tx.mctApplication.findFirst({
    where: { id: applicationId, candidateId: viewer.id },
    select: {
      id: true,
      status: true,
      channel: true,
      createdAt: true,
      iscCompletion: {
        select: {
          id: true,
          completedOn: true,
          certificateId: true,
          provider: { select: { name: true, approvedFrom: true, approvedUntil: true } },
        },
      },
    },
  });
  if (!app) throw new AppError('NOT_FOUND', 'That application is not yours, or it does not exist.');
  if (app.status === 'AWAITING_CANDIDATE' && awaitingCandidateUntil(app.createdAt) <= now) {
    throw new AppError(
      'CONFLICT',
      `This application waited more than ${PROVIDER_APPLICATION_DAYS} days and has expired. Ask your ISC provider to start a new one.`,
    );
  }
  assertMctApplicationTransition(app.status, 'SUBMITTED');
  return app;
}

/** The provider's completion behind the application must still meet the instructional-skills requirement today. */
function assertCompletionStillCounts(completion: AwaitingApplication['iscCompletion'], today: DateKey): void {
  const completionProblem = completion
    ? iscCompletionProblem(
        {
          id: completion.id,
          providerName: completion.provider.name,
          completedOn: dateKey(completion.completedOn),
          certificateId: completion.certificateId,
          providerApprovedFrom: dateKey(completion.provider.approvedFrom),
          providerApprovedUntil: dateKey(completion.provider.approvedUntil),
        },
        today,
      )
    : 'The application has no ISC completion.';
  if (completionProblem) throw new AppError('CONFLICT', `${completionProblem} Ask your ISC provider about it.`);
}

async function requireCurrentCertification(tx: Tx, viewer: Viewer, today: DateKey) {
  const certification = checkCertification((await loadRequirementInputs(tx, viewer)).certifications, today);
  if (!certification.met) {
    throw new AppError(
      'INVALID',
      `Add a current eligible certification first: ${certification.detail} ${certification.wayForward ?? ''}`.trim(),
    );
  }
  return certification;
}

/** The candidate withdraws their own open application. */
export async function withdrawApplication(viewer: Viewer, input: z.output<typeof withdrawApplicationSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const app = await tx.mctApplication.findFirst({
      where: { id: input.applicationId, candidateId: viewer.id },
      select: { id: true, status: true },
    });
    if (!app) throw new AppError('NOT_FOUND', 'That application is not yours, or it does not exist.');
    assertMctApplicationTransition(app.status, 'WITHDRAWN');
    const { count } = await tx.mctApplication.updateMany({
      where: { id: app.id, status: app.status },
      data: { status: 'WITHDRAWN', version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'This application changed meanwhile. Reload the page to see where it stands.');
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_application.withdrawn',
      entityType: 'MctApplication',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'WITHDRAWN' },
    });
  });
}
