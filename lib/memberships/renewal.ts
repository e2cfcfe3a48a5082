import 'server-only';
// Renewing a membership year: the member submits it with the year's deliveries, the program team
// renews it, asks for more or declines.
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { addDays, addYears, type Clock, dateKey, dbDay } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { sayBuilt } from '@/lib/i18n/built-messages';
import type { Locale } from '@/lib/i18n/locales';
import { mctSpeech } from '@/lib/mct/speech';
import { loadRequirementInputs } from '@/lib/mct/loaders';
import { checkAgreement, checkCertification } from '@/lib/mct/requirements';
import { queueEmail } from '@/lib/notifications/outbox';
import { nextTermAfter, RESUBMITTABLE_MCT_RENEWAL, assertMctRenewalTransition } from './lifecycle';
import type { decideRenewalSchema, submitRenewalSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';
import { MEMBERSHIP_PATH, membershipToday, requireActiveMembership, stale } from './membership-state';
import { restoreLoungeAccess } from './service';

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

    const existing = await tx.mctRenewal.findUnique({ where: { termId: m.term.id }, select: { id: true, status: true, version: true } });
    if (existing && !RESUBMITTABLE_MCT_RENEWAL.includes(existing.status)) {
      throw new AppError(
        'CONFLICT',
        existing.status === 'SUBMITTED'
          ? 'Your renewal is already submitted; the program team will decide.'
          : 'This membership year is already renewed.',
      );
    }
    const data = {
      status: 'SUBMITTED' as const,
      submittedAt: now,
      agreementAcceptanceId: acceptance.id,
      candidateCertificationId: certification.qualifying!.id,
    };
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
      renewalId = (await tx.mctRenewal.create({ data: { ...data, termId: m.term.id }, select: { id: true } })).id;
    }
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

/** The program team approves a submitted renewal (a new membership year after the current one),
 * asks the member for more, or rejects it with a reason the member reads (they may submit again
 * while their year lasts). Nobody decides their own renewal; a stale page is refused. */
export async function decideRenewal(viewer: Viewer, input: z.output<typeof decideRenewalSchema>, clock: Clock = {}): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
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
    const target = ({ APPROVE: 'APPROVED', ASK_FOR_MORE: 'MORE_INFO_REQUESTED', REJECT: 'REJECTED' } as const)[input.decision];
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
    const next = nextTermAfter(dateKey(renewal.term.endsOn));
    await tx.mctMembershipTerm.create({
      data: { membershipId: renewal.term.membership.id, startsOn: dbDay(next.startsOn), endsOn: dbDay(next.endsOn), renewalId: renewal.id },
    });
    // Approved after the year ended (before the lapse job ran, or after it): the member is active again.
    if (renewal.term.membership.status === 'LAPSED') {
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
  });
}
