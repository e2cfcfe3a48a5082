import 'server-only';
// An ISC provider's staff member starts a manual MCT application for a candidate: the provider's side
// of lib/mct's application (the candidate accepts it with submitProviderApplication there).
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertProviderStaff } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { dateKey, todayIn, type Clock, type DateKey } from '@/lib/dates';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatDay } from '@/lib/format';
import { applicationKindFor, assertNoOpenApplication, OPEN_APPLICATION_INDEX, openApplicationConflict } from '@/lib/mct/service';
import { heldNotice, sendApplicationToCandidate } from '@/lib/mct/held-applications';
import { linkCompletionsByEmail, loadEnrollmentState } from '@/lib/mct/loaders';
import { pauseCovering } from '@/lib/mct/enrollment-window';
import { iscCompletionProblem } from '@/lib/mct/requirements';
import type { startApplicationSchema } from './schema';

type Input = z.output<typeof startApplicationSchema>;
type Provider = { id: string; name: string; approvedFrom: Date; approvedUntil: Date };
type Completion = { id: string; candidateEmail: string; candidateName: string; completedOn: Date; certificateId: string };

/** An ISC provider's staff member starts a manual application for a candidate with one of the
 * provider's confirmed completions for that email. The candidate gets an emailed link to review it
 * and accept the agreement. Needs the provider to be approved today. While a pause covers today the
 * application is held instead (`held` says until when, in the viewer's zone), and the candidate gets
 * the link when enrollment reopens (lib/mct/held-applications.ts). A person without an account gets
 * one (unverified: following the link verifies it). */
export async function startProviderApplication(
  viewer: Viewer,
  input: z.output<typeof startApplicationSchema>,
  clock: Clock = {},
): Promise<{ applicationId: string; held: string | null }> {
  assertProviderStaff(viewer, input.providerId);
  const now = clock.now ?? new Date();
  const attempt = () =>
    prisma.$transaction(async (tx) => {
      const { provider, settings, window, pauses, today } = await loadApprovedProvider(tx, input, now);
      const completion = await loadUsableCompletion(tx, viewer, input, provider, today);
      const candidate = await findOrCreateCandidate(tx, viewer, input, provider, completion);

      const who = completion.candidateName || input.candidateEmail;
      const kind = await applicationKindFor(tx, candidate.id, today, who);
      await assertNoOpenApplication(tx, candidate.id, now, who);
      const isHeld = pauseCovering(pauses, today) !== null;
      const application = await createApplication(tx, viewer, input, { provider, completion, candidate, kind, isHeld, settings, now });
      if (isHeld) return { applicationId: application.id, held: heldNotice(window, settings.timeZone, viewer.timeZone) };
      const sendable = {
        id: application.id,
        candidateId: candidate.id,
        candidateEmail: input.candidateEmail,
        candidateName: candidate.name,
      };
      await sendApplicationToCandidate(tx, { ...sendable, providerName: provider.name }, now);
      return { applicationId: application.id, held: null };
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

/** Loads the provider and the enrollment state; the provider must be approved today. */
async function loadApprovedProvider(tx: Tx, input: Input, now: Date) {
  const provider = await tx.iscProvider.findUnique({
    where: { id: input.providerId },
    select: { id: true, name: true, approvedFrom: true, approvedUntil: true },
  });
  if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
  const { settings, window, pauses } = await loadEnrollmentState(tx, now);
  const today = todayIn(settings.timeZone, now);
  const [from, until] = [dateKey(provider.approvedFrom), dateKey(provider.approvedUntil)];
  if (today < from || today > until) {
    throw new AppError(
      'FORBIDDEN',
      `${provider.name} is not an approved ISC provider today (approved ${formatDay(provider.approvedFrom)} to ${formatDay(provider.approvedUntil)}), so it cannot start applications. Contact the program team to renew the approval.`,
    );
  }
  return { provider, settings, window, pauses, today };
}

/** The provider's confirmed completion for the candidate's email, if it still meets the
 * instructional-skills requirement today (and the candidate is not the viewer). */
async function loadUsableCompletion(tx: Tx, viewer: Viewer, input: Input, provider: Provider, today: DateKey): Promise<Completion> {
  const [from, until] = [dateKey(provider.approvedFrom), dateKey(provider.approvedUntil)];
  const completion = await tx.iscCompletion.findFirst({
    where: { id: input.iscCompletionId, providerId: provider.id, withdrawnAt: null },
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
  return completion;
}

/** The candidate's account, made (unverified) for a person who has none yet. */
async function findOrCreateCandidate(tx: Tx, viewer: Viewer, input: Input, provider: Provider, completion: Completion) {
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
  return candidate;
}

/** Creates the application (held while a pause covers today) and audits it. */
async function createApplication(
  tx: Tx,
  viewer: Viewer,
  input: Input,
  step: {
    provider: Provider;
    completion: Completion;
    candidate: { id: string };
    kind: Awaited<ReturnType<typeof applicationKindFor>>;
    isHeld: boolean;
    settings: Awaited<ReturnType<typeof loadEnrollmentState>>['settings'];
    now: Date;
  },
): Promise<{ id: string }> {
  const { provider, completion, candidate, kind, isHeld, settings, now } = step;
  const application = await tx.mctApplication.create({
    data: {
      candidateId: candidate.id,
      kind,
      channel: 'PROVIDER',
      providerId: provider.id,
      initiatedById: viewer.id,
      iscCompletionId: completion.id,
      status: isHeld ? 'HELD' : 'AWAITING_CANDIDATE',
      heldAt: isHeld ? now : null,
      feeCents: settings.mctFeeWaived ? 0 : settings.mctFeeCents,
      feeWaived: settings.mctFeeWaived,
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: isHeld ? 'mct_application.held_by_provider' : 'mct_application.started_by_provider',
    entityType: 'MctApplication',
    entityId: application.id,
    after: {
      status: isHeld ? 'HELD' : 'AWAITING_CANDIDATE',
      channel: 'PROVIDER',
      providerId: provider.id,
      candidateEmail: input.candidateEmail,
      kind,
    },
  });
  return application;
}
