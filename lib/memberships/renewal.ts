import 'server-only';
// Renewing a membership year: the member submits it with the year's deliveries, the program team
// renews it, asks for more or declines.
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { addDays, addYears, type Clock, type DateKey, dateKey, dbDay } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { MctRenewalStatus } from '@/lib/generated/prisma/enums';
import { sayBuilt } from '@/lib/i18n/built-messages';
import type { Locale } from '@/lib/i18n/locales';
import { mctSpeech } from '@/lib/mct/speech';
import { loadRequirementInputs } from '@/lib/mct/loaders';
import { checkAgreement, checkCertification } from '@/lib/mct/requirements';
import { queueEmail } from '@/lib/notifications/outbox';
import { assertMctRenewalTransition, assertMembershipTransition, nextTermAfter, RESUBMITTABLE_MCT_RENEWAL } from './lifecycle';
import type { decideRenewalSchema, submitRenewalSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';
import { MEMBERSHIP_PATH, membershipToday, requireActiveMembership, stale } from './membership-state';
import { restoreLoungeAccess } from './service';

type DecideInput = z.output<typeof decideRenewalSchema>;

// ───────────────────────────── Renewal ─────────────────────────────

/** Submits the renewal of the viewer's current membership year: only inside the renewal window, with
 * this year's agreement accepted, an eligible certification current and at least one delivery from
 * the past year. Everything is checked again here, whatever the page showed. */
export async function submitRenewal(
  viewer: Viewer,
  input: z.output<typeof submitRenewalSchema>,
  clock: Clock = {},
): Promise<{ renewalId: string }> {
  const now = clock.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const today = await membershipToday(tx, now);
    const m = await requireActiveMembership(tx, viewer, today);
    if (m.term.id !== input.termId) throw stale();
    if (m.standing !== 'IN_RENEWAL') {
      throw new AppError('CONFLICT', `Renewal opens on ${addDays(m.term.endsOn, -90)}, 90 days before your membership year ends.`);
    }
    const { acceptance, certification, deliveries } = await checkRenewalRequirements(tx, viewer, today);
    const existing = await tx.mctRenewal.findUnique({ where: { termId: m.term.id }, select: { id: true, status: true, version: true } });
    const renewalId = await saveSubmittedRenewal(tx, m.term.id, existing, {
      status: 'SUBMITTED' as const,
      submittedAt: now,
      agreementAcceptanceId: acceptance.id,
      candidateCertificationId: certification.qualifying!.id,
    });
    // Deliveries already shown by an earlier renewal stay with it.
    await tx.trainingDelivery.updateMany({
      where: { id: { in: deliveries.map((d) => d.id) }, OR: [{ renewalId: null }, { renewalId }] },
      data: { renewalId },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_renewal.submitted',
      entityType: 'MctRenewal',
      entityId: renewalId,
      before: existing ? { status: existing.status } : undefined,
      after: { status: 'SUBMITTED', termId: m.term.id, deliveries: deliveries.length },
    });
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.renewal-submitted',
      data: { name: viewer.name, deliveries: deliveries.length, url: appUrl(MEMBERSHIP_PATH) },
      urgency: 'DIGESTIBLE',
    });
    return { renewalId };
  });
}

/** This year's agreement accepted, an eligible certification current and at least one delivery from
 * the past year; the member is told everything missing at once. */
async function checkRenewalRequirements(tx: Tx, viewer: Viewer, today: DateKey) {
  const inputs = await loadRequirementInputs(tx, viewer);
  const agreement = checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today);
  const certification = checkCertification(inputs.certifications, today);
  const deliveries = await tx.trainingDelivery.findMany({
    where: { userId: viewer.id, endDate: { gte: dbDay(addYears(today, -1)), lte: dbDay(addDays(today, 1)) } },
    select: { id: true },
  });
  // What is missing, said in a language: English for the message, the reader's for its translation.
  const missingIn = (locale: Locale) => {
    const say = mctSpeech(locale);
    return [
      agreement.met
        ? null
        : sayBuilt(
            'mct.missingAgreement',
            { text: checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today, say).detail },
            locale,
          ),
      certification.met
        ? null
        : sayBuilt('mct.missingCertification', { text: checkCertification(inputs.certifications, today, say).detail }, locale),
      deliveries.length > 0 ? null : sayBuilt('mct.missingDelivery', {}, locale),
    ]
      .filter((x): x is string => x !== null)
      .join('; ');
  };
  const missing = missingIn('en');
  if (missing) throw new AppError('INVALID', `You cannot renew yet. Missing: ${missing}.`, undefined, { list: missingIn });
  const acceptance = await tx.agreementAcceptance.findUniqueOrThrow({
    where: { userId_agreementId: { userId: viewer.id, agreementId: agreement.current!.id } },
    select: { id: true },
  });
  return { acceptance, certification, deliveries };
}

/** Submits the renewal, or submits again one the program team sent back; never one already submitted or renewed. */
async function saveSubmittedRenewal(
  tx: Tx,
  termId: string,
  existing: { id: string; status: MctRenewalStatus; version: number } | null,
  data: { status: 'SUBMITTED'; submittedAt: Date; agreementAcceptanceId: string; candidateCertificationId: string },
): Promise<string> {
  if (existing && !RESUBMITTABLE_MCT_RENEWAL.includes(existing.status)) {
    throw new AppError(
      'CONFLICT',
      existing.status === 'SUBMITTED'
        ? 'Your renewal is already submitted; the program team will decide.'
        : 'This membership year is already renewed.',
    );
  }
  let renewalId: string;
  if (existing) {
    assertMctRenewalTransition(existing.status, 'SUBMITTED');
    const { count } = await tx.mctRenewal.updateMany({
      where: { id: existing.id, version: existing.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw stale();
    renewalId = existing.id;
  } else {
    renewalId = (await tx.mctRenewal.create({ data: { ...data, termId }, select: { id: true } })).id;
  }
  return renewalId;
}

/** The program team approves a submitted renewal (a new membership year after the current one),
 * asks the member for more, or rejects it with a reason the member reads (they may submit again
 * while their year lasts). Nobody decides their own renewal; a stale page is refused. */
export async function decideRenewal(viewer: Viewer, input: DecideInput, clock: Clock = {}): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const renewal = await loadDecidableRenewal(tx, viewer, input);
    const member = renewal.term.membership.user;
    const target = ({ APPROVE: 'APPROVED', ASK_FOR_MORE: 'MORE_INFO_REQUESTED', REJECT: 'REJECTED' } as const)[input.decision];
    await recordRenewalDecision(tx, viewer, input, { renewal, target, now });
    if (target !== 'APPROVED') {
      // Asked for more or rejected: the member reads the program team's note and may submit again.
      await queueEmail(tx, {
        to: member.email,
        userId: member.id,
        template: target === 'REJECTED' ? 'mct.renewal-rejected' : 'mct.renewal-more-info',
        data: { name: member.name, note: input.note ?? '', url: appUrl(MEMBERSHIP_PATH) },
        urgency: 'DIGESTIBLE',
      });
      return;
    }
    await renewMembership(tx, viewer, renewal);
  });
}

type DecidableRenewal = Awaited<ReturnType<typeof loadDecidableRenewal>>;

/** The renewal as the admin saw it, waiting for a decision (not their own, not an alumni's). */
async function loadDecidableRenewal(tx: Tx, viewer: Viewer, input: DecideInput) {
  const renewal = await tx.mctRenewal.findUnique({
    where: { id: input.renewalId },
    select: {
      id: true,
      status: true,
      version: true,
      term: {
        select: {
          id: true,
          endsOn: true,
          membership: { select: { id: true, status: true, user: { select: { id: true, email: true, name: true } } } },
        },
      },
    },
  });
  if (!renewal) throw new AppError('NOT_FOUND', 'That renewal does not exist.');
  const member = renewal.term.membership.user;
  if (member.id === viewer.id) throw new AppError('FORBIDDEN', 'You cannot decide your own renewal; another admin must.');
  if (renewal.version !== input.version || renewal.status !== 'SUBMITTED') {
    throw new AppError(
      'CONFLICT',
      'This renewal changed since you opened it (or is not waiting for a decision). Reload the page to see where it stands.',
    );
  }
  if (renewal.term.membership.status === 'ALUMNI') {
    throw new AppError('CONFLICT', 'This member switched to alumni; there is nothing to renew.');
  }
  return renewal;
}

/** Moves the renewal to the decision and audits it. */
async function recordRenewalDecision(
  tx: Tx,
  viewer: Viewer,
  input: DecideInput,
  { renewal, target, now }: { renewal: DecidableRenewal; target: 'APPROVED' | 'MORE_INFO_REQUESTED' | 'REJECTED'; now: Date },
): Promise<void> {
  assertMctRenewalTransition(renewal.status, target);
  const { count } = await tx.mctRenewal.updateMany({
    where: { id: renewal.id, version: input.version, status: 'SUBMITTED' },
    data: { status: target, decidedAt: now, decidedById: viewer.id, adminNote: input.note || null, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError('CONFLICT', 'This renewal changed since you opened it. Reload the page to see where it stands.');
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: (
      {
        APPROVED: 'mct_renewal.approved',
        MORE_INFO_REQUESTED: 'mct_renewal.more_info_requested',
        REJECTED: 'mct_renewal.rejected',
      } as const
    )[target],
    entityType: 'MctRenewal',
    entityId: renewal.id,
    before: { status: 'SUBMITTED' },
    after: { status: target, note: input.note || null },
  });
}

/** Approved: a new membership year after the current one (and an active member again after a lapse). */
async function renewMembership(tx: Tx, viewer: Viewer, renewal: DecidableRenewal): Promise<void> {
  const member = renewal.term.membership.user;
  const next = nextTermAfter(dateKey(renewal.term.endsOn));
  await tx.mctMembershipTerm.create({
    data: { membershipId: renewal.term.membership.id, startsOn: dbDay(next.startsOn), endsOn: dbDay(next.endsOn), renewalId: renewal.id },
  });
  // Approved after the year ended (before the lapse job ran, or after it): the member is active again.
  if (renewal.term.membership.status === 'LAPSED') {
    assertMembershipTransition('LAPSED', 'ACTIVE');
    await tx.mctMembership.update({
      where: { id: renewal.term.membership.id },
      data: { status: 'ACTIVE', lapsedOn: null, version: { increment: 1 } },
    });
    await restoreLoungeAccess(tx, member.id, actorOf(viewer));
  } else {
    await tx.mctMembership.update({ where: { id: renewal.term.membership.id }, data: { version: { increment: 1 } } });
  }
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: 'mct_membership.renewed',
    entityType: 'MctMembership',
    entityId: renewal.term.membership.id,
    after: { termStartsOn: next.startsOn, termEndsOn: next.endsOn, renewalId: renewal.id },
  });
  await queueEmail(tx, {
    to: member.email,
    userId: member.id,
    template: 'mct.renewal-approved',
    data: { name: member.name, startsOn: next.startsOn, endsOn: next.endsOn, url: appUrl(MEMBERSHIP_PATH) },
    urgency: 'DIGESTIBLE',
  });
}
