import 'server-only';
// MCT enrollment writes: a candidate's certifications and agreement, the self-service application,
// an ISC provider's manual application and the candidate's acceptance of it, withdrawal, and the
// program team's decision. Each checks permission and state, runs in one transaction with its audit
// entry and its email, and throws AppError for what the person can fix.
import type { z } from 'zod';
import { actorOf, type AuditActor, recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { issueActionToken } from '@/lib/auth/action-tokens';
import { assertProviderStaff, assertRole } from '@/lib/auth/policy';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { addDaysToInstant, dateKey, dbDay, todayIn } from '@/lib/dates';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatDay } from '@/lib/format';
import { queueEmail } from '@/lib/notifications/outbox';
import { deriveMctStanding } from '@/lib/people/status';
import { termFrom } from '@/lib/memberships/lifecycle';
import { restoreLoungeAccess } from '@/lib/memberships/service';
import type { startApplicationSchema } from '@/lib/providers/schema';
import { describeClosure } from './enrollment-window';
import {
  assertMctApplicationTransition,
  awaitingCandidateUntil,
  OPEN_MCT_APPLICATION_STATUSES,
  PROVIDER_APPLICATION_DAYS,
} from './lifecycle';
import { linkCompletionsByEmail, loadEnrollmentState, loadRequirementInputs } from './loaders';
import { checkCertification, currentProgramAgreement, evaluateRequirements, iscCompletionProblem } from './requirements';
import type {
  acceptAgreementSchema,
  addCertificationSchema,
  decideApplicationSchema,
  removeCertificationSchema,
  submitProviderApplicationSchema,
  withdrawApplicationSchema,
} from './schema';
import { loadProgramSettings } from '@/lib/program-settings';
import { type Viewer } from '@/lib/auth/viewer';

/** Lets tests fix the moment a service runs at; the portal always uses the real time. */
export type Clock = { now?: Date };

const appUrl = (path: string) => new URL(path, env().APP_URL).toString();
const OPEN_APPLICATION_INDEX = 'MctApplication_open_candidate_key';
const openApplicationConflict = (who: 'you' | string) =>
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

/** Adds a certification from the catalogue to the viewer's own record. */
export async function addCertification(
  viewer: Viewer,
  input: z.output<typeof addCertificationSchema>,
  clock: Clock = {},
): Promise<{ id: string }> {
  const now = clock.now ?? new Date();
  // Not after today anywhere on Earth: a certificate earned today in Auckland is not "in the future".
  if (input.earnedOn > todayIn('Pacific/Kiritimati', now)) {
    throw new AppError('INVALID', 'Some fields need attention.', { earnedOn: ['The date you earned it cannot be in the future'] });
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const certification = await tx.certification.findUnique({ where: { id: input.certificationId }, select: { id: true, code: true } });
      if (!certification)
        throw new AppError('INVALID', 'Some fields need attention.', { certificationId: ['Choose a certification from the catalogue'] });
      const created = await tx.candidateCertification.create({
        data: {
          userId: viewer.id,
          certificationId: certification.id,
          credentialId: input.credentialId,
          earnedOn: dbDay(input.earnedOn),
          expiresOn: input.expiresOn ? dbDay(input.expiresOn) : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'mct_certification.added',
        entityType: 'CandidateCertification',
        entityId: created.id,
        after: { code: certification.code, credentialId: input.credentialId, earnedOn: input.earnedOn, expiresOn: input.expiresOn },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'Some fields need attention.', {
        credentialId: ['This credential ID is already recorded for this certification. Check it against your transcript.'],
      });
    }
    throw error;
  }
}

/** Removes one of the viewer's own certifications, unless an application or renewal relies on it. */
export async function removeCertification(viewer: Viewer, input: z.output<typeof removeCertificationSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const held = await tx.candidateCertification.findFirst({
      where: { id: input.id, userId: viewer.id },
      select: {
        id: true,
        credentialId: true,
        certification: { select: { code: true } },
        _count: { select: { mctApplications: true, mctRenewals: true } },
      },
    });
    if (!held) throw new AppError('NOT_FOUND', 'That certification is not on your record (it may have been removed already).');
    if (held._count.mctApplications + held._count.mctRenewals > 0) {
      throw new AppError('CONFLICT', `${held.certification.code} is part of an application, so it stays on your record.`);
    }
    await tx.candidateCertification.delete({ where: { id: held.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_certification.removed',
      entityType: 'CandidateCertification',
      entityId: held.id,
      before: { code: held.certification.code, credentialId: held.credentialId },
    });
  });
}

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
async function applicationKindFor(tx: Tx, candidateId: string, today: string, who: 'you' | string): Promise<'NEW' | 'REINSTATEMENT'> {
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

async function assertNoOpenApplication(tx: Tx, candidateId: string, now: Date, who: 'you' | string): Promise<void> {
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
      const evaluation = evaluateRequirements(await loadRequirementInputs(tx, viewer), today);
      if (!evaluation.allMet) {
        const missing = evaluation.all.filter((r) => !r.met);
        throw new AppError(
          'INVALID',
          `You cannot apply yet. Missing: ${missing.map((r) => `${r.title.toLowerCase()} (${r.detail})`).join('; ')}`,
        );
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
    const app = await tx.mctApplication.findFirst({
      where: { id: input.applicationId, candidateId: viewer.id },
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
    const { settings } = await loadEnrollmentState(tx, now);
    const today = todayIn(settings.timeZone, now);
    const completion = app.iscCompletion;
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
    const certification = checkCertification((await loadRequirementInputs(tx, viewer)).certifications, today);
    if (!certification.met) {
      throw new AppError(
        'INVALID',
        `Add a current eligible certification first: ${certification.detail} ${certification.wayForward ?? ''}`.trim(),
      );
    }
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
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.application-submitted',
      data: { candidateName: viewer.name, url: appUrl(`/mct/applications/${app.id}`) },
      urgency: 'DIGESTIBLE',
    });
  });
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

// ───────────────────────────── ISC providers ─────────────────────────────

/** An ISC provider's staff member starts a manual application for a candidate with one of the
 * provider's confirmed completions for that email. The candidate gets an emailed link to review it
 * and accept the agreement. Needs the provider to be approved today; works whether self-service is
 * open, offline or paused. A person without an account gets one (unverified: following the link
 * verifies it). */
export async function startProviderApplication(
  viewer: Viewer,
  input: z.output<typeof startApplicationSchema>,
  clock: Clock = {},
): Promise<{ applicationId: string }> {
  assertProviderStaff(viewer, input.providerId);
  const now = clock.now ?? new Date();
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      const provider = await tx.iscProvider.findUnique({
        where: { id: input.providerId },
        select: { id: true, name: true, approvedFrom: true, approvedUntil: true },
      });
      if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
      const settings = await loadProgramSettings(tx);
      const today = todayIn(settings.timeZone, now);
      const [from, until] = [dateKey(provider.approvedFrom), dateKey(provider.approvedUntil)];
      if (today < from || today > until) {
        throw new AppError(
          'FORBIDDEN',
          `${provider.name} is not an approved ISC provider today (approved ${formatDay(provider.approvedFrom)} to ${formatDay(provider.approvedUntil)}), so it cannot start applications. Contact the program team to renew the approval.`,
        );
      }
      const completion = await tx.iscCompletion.findFirst({
        where: { id: input.iscCompletionId, providerId: provider.id },
        select: { id: true, candidateEmail: true, candidateName: true, completedOn: true, certificateId: true },
      });
      if (!completion || completion.candidateEmail !== input.candidateEmail) {
        throw new AppError(
          'FORBIDDEN',
          `${provider.name} has no confirmed completion like that for ${input.candidateEmail}. Confirm the completion first.`,
          {
            iscCompletionId: ['Choose one of your completions for this email address'],
          },
        );
      }
      const problem = iscCompletionProblem(
        {
          id: completion.id,
          providerName: provider.name,
          completedOn: dateKey(completion.completedOn),
          certificateId: completion.certificateId,
          providerApprovedFrom: from,
          providerApprovedUntil: until,
        },
        today,
      );
      if (problem) throw new AppError('INVALID', `${problem} It no longer meets the instructional-skills requirement.`);
      if (input.candidateEmail === viewer.email) {
        throw new AppError('FORBIDDEN', 'You cannot start an application for yourself. Another staff member of your provider can.');
      }

      let candidate = await tx.user.findUnique({
        where: { email: input.candidateEmail },
        select: { id: true, name: true, anonymizedAt: true },
      });
      if (candidate?.anonymizedAt)
        throw new AppError('FORBIDDEN', 'This person’s account was erased at their request; they need to sign up again.');
      if (!candidate) {
        candidate = await tx.user.create({
          data: { email: input.candidateEmail, name: completion.candidateName },
          select: { id: true, name: true, anonymizedAt: true },
        });
        await recordAudit(tx, {
          actor: actorOf(viewer),
          action: 'user.created_for_mct_application',
          entityType: 'User',
          entityId: candidate.id,
          after: { email: input.candidateEmail, providerId: provider.id },
        });
      }
      await linkCompletionsByEmail(tx, { id: candidate.id, email: input.candidateEmail });

      const who = completion.candidateName || input.candidateEmail;
      const kind = await applicationKindFor(tx, candidate.id, today, who);
      await assertNoOpenApplication(tx, candidate.id, now, who);
      const application = await tx.mctApplication.create({
        data: {
          candidateId: candidate.id,
          kind,
          channel: 'PROVIDER',
          providerId: provider.id,
          initiatedById: viewer.id,
          iscCompletionId: completion.id,
          status: 'AWAITING_CANDIDATE',
          feeCents: settings.mctFeeWaived ? 0 : settings.mctFeeCents,
          feeWaived: settings.mctFeeWaived,
          createdAt: now,
        },
        select: { id: true },
      });
      const expiresAt = awaitingCandidateUntil(now);
      const token = await issueActionToken(tx, {
        purpose: 'MCT_APPLICATION_ACCEPT',
        email: input.candidateEmail,
        subjectId: application.id,
        userId: candidate.id,
        expiresAt,
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'mct_application.started_by_provider',
        entityType: 'MctApplication',
        entityId: application.id,
        after: { status: 'AWAITING_CANDIDATE', channel: 'PROVIDER', providerId: provider.id, candidateEmail: input.candidateEmail, kind },
      });
      await queueEmail(tx, {
        to: input.candidateEmail,
        userId: candidate.id,
        template: 'mct.provider-application',
        data: {
          candidateName: candidate.name,
          providerName: provider.name,
          url: appUrl(`/mct/applications/accept/${token}`),
          expires: expiresAt,
        },
        urgency: 'IMMEDIATE',
      });
      return { applicationId: application.id };
    });
  try {
    try {
      return await attempt();
    } catch (error) {
      // The same form sent twice at once: the other request created the candidate's account a moment
      // ago. Once more, it finds the account (and then the open application it started).
      if (isUniqueViolation(error, 'User_email_key')) return await attempt();
      throw error;
    }
  } catch (error) {
    if (isUniqueViolation(error, OPEN_APPLICATION_INDEX)) throw openApplicationConflict(input.candidateEmail);
    throw error;
  }
}

// ───────────────────────────── Program team ─────────────────────────────

/** An admin approves or rejects a submitted application. Approval starts (or, for a reinstatement,
 * reactivates) the membership with a 12-month term from today. Nobody decides their own application;
 * a decision on a stale page is refused. */
export async function decideApplication(viewer: Viewer, input: z.output<typeof decideApplicationSchema>, clock: Clock = {}): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const now = clock.now ?? new Date();
  const target = input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED';
  try {
    await prisma.$transaction(async (tx) => {
      const app = await tx.mctApplication.findUnique({
        where: { id: input.applicationId },
        select: {
          id: true,
          status: true,
          version: true,
          candidateId: true,
          kind: true,
          candidate: { select: { email: true, name: true } },
        },
      });
      if (!app) throw new AppError('NOT_FOUND', 'That application does not exist.');
      if (app.candidateId === viewer.id) throw new AppError('FORBIDDEN', 'You cannot decide your own application; another admin must.');
      if (app.version !== input.version) {
        throw new AppError(
          'CONFLICT',
          'Someone else changed this application since you opened it. Reload the page to see where it stands.',
        );
      }
      assertMctApplicationTransition(app.status, target);
      const { count } = await tx.mctApplication.updateMany({
        where: { id: app.id, version: input.version, status: app.status },
        data: {
          status: target,
          decidedAt: now,
          decidedById: viewer.id,
          rejectionReason: target === 'REJECTED' ? input.reason : null,
          version: { increment: 1 },
        },
      });
      if (count !== 1)
        throw new AppError(
          'CONFLICT',
          'Someone else changed this application since you opened it. Reload the page to see where it stands.',
        );
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: target === 'APPROVED' ? 'mct_application.approved' : 'mct_application.rejected',
        entityType: 'MctApplication',
        entityId: app.id,
        before: { status: app.status },
        after: { status: target, ...(target === 'REJECTED' ? { reason: input.reason } : {}) },
      });

      if (target === 'REJECTED') {
        await queueEmail(tx, {
          to: app.candidate.email,
          userId: app.candidateId,
          template: 'mct.application-rejected',
          data: { candidateName: app.candidate.name, reason: input.reason, url: appUrl('/mct') },
          urgency: 'DIGESTIBLE',
        });
        return;
      }

      const settings = await loadProgramSettings(tx);
      const today = todayIn(settings.timeZone, now);
      const term = termFrom(today);
      const existing = await tx.mctMembership.findUnique({
        where: { userId: app.candidateId },
        select: { id: true, status: true, terms: { select: { startsOn: true, endsOn: true } } },
      });
      const standing = deriveMctStanding(existing, today).standing;
      if (standing === 'ACTIVE' || standing === 'IN_RENEWAL') {
        throw new AppError('CONFLICT', 'This candidate is already an active MCT; reject this application or leave it for their renewal.');
      }
      const membership = existing
        ? await tx.mctMembership.update({
            where: { id: existing.id },
            data: { status: 'ACTIVE', lapsedOn: null, alumniSince: null, version: { increment: 1 } },
            select: { id: true },
          })
        : await tx.mctMembership.create({
            data: { userId: app.candidateId, status: 'ACTIVE', memberSince: dbDay(today) },
            select: { id: true },
          });
      await tx.mctMembershipTerm.create({
        data: { membershipId: membership.id, startsOn: dbDay(term.startsOn), endsOn: dbDay(term.endsOn), applicationId: app.id },
      });
      // Lounge access a lapse removed comes back with the reinstatement.
      if (existing) await restoreLoungeAccess(tx, app.candidateId, actorOf(viewer));
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: existing ? 'mct_membership.reinstated' : 'mct_membership.started',
        entityType: 'MctMembership',
        entityId: membership.id,
        before: existing ? { status: existing.status } : undefined,
        after: { status: 'ACTIVE', termStartsOn: term.startsOn, termEndsOn: term.endsOn, applicationId: app.id },
      });
      await queueEmail(tx, {
        to: app.candidate.email,
        userId: app.candidateId,
        template: 'mct.application-approved',
        data: { candidateName: app.candidate.name, startsOn: term.startsOn, endsOn: term.endsOn, url: appUrl('/dashboard') },
        urgency: 'DIGESTIBLE',
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'CONFLICT',
        'A membership year starting today already exists for this candidate. Reload the page to see where it stands.',
      );
    }
    throw error;
  }
}
