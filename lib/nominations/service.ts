import 'server-only';
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { issueActionToken } from '@/lib/auth/action-tokens';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueEmail } from '@/lib/notifications/outbox';
import { deriveMvpStatus } from '@/lib/auth/status';
import type { Viewer } from '@/lib/auth/viewer';
import { programToday } from '@/lib/program-settings';
import { withRateLimit } from '@/lib/security/rate-limit';
import { checkEndorsementBy, offerEndorsement } from './endorse-offer';
import { OPEN_NOMINATION_STATUSES } from './lifecycle';
import { nominationUrl, notifyNominators, recordNominationEvent } from './notify';
import { checkNomination, invitationExpiresAt, isEmployeeInvitee, type NominationRefusal } from './rules';
import type { endorsementSchema, nominationSchema } from './schema';

const displayName = (viewer: Viewer) => viewer.name ?? viewer.email;

/** The award cycle taking nominations in a category at `now`, if any (never two: lib/cycles/rules.ts). */
async function findOpenCycle(tx: Tx, now: Date, categoryId: string) {
  return tx.awardCycle.findFirst({
    where: { status: 'OPEN', nominationsOpenAt: { lte: now }, nominationsCloseAt: { gte: now }, categories: { some: { categoryId } } },
    orderBy: { nominationsOpenAt: 'desc' },
    select: { id: true },
  });
}

// ─────────────────────────────── Nominating and endorsing ───────────────────────────────

export type CreateNominationResult =
  | { outcome: 'created'; nominationId: string }
  /** Someone else's nomination of the person in the category is open: none was created, and the
   * nominator was emailed the offer to endorse it (never shown on the page: see nominateWithinLimit). */
  | { outcome: 'endorse-offered'; nominationId: string }
  /** The nominator made or endorsed the open nomination already (they know it exists). */
  | { outcome: 'already-yours' | 'already-endorsed'; nominationId: string; message: string };

/** What the nominator's browser is told: the same whether or not an open nomination existed. */
export type NominateAnswer = { outcome: 'sent' } | Extract<CreateNominationResult, { outcome: 'already-yours' | 'already-endorsed' }>;

const OPEN_OUTCOME: Partial<Record<NominationRefusal, 'already-yours' | 'already-endorsed'>> = {
  OWN_OPEN_NOMINATION: 'already-yours',
  ALREADY_ENDORSED: 'already-endorsed',
};

type NominationInput = z.output<typeof nominationSchema>;

/** The active category chosen and its focus area, refused with a note beside the field otherwise. */
async function readCategoryChoice(tx: Tx, input: NominationInput) {
  const category = await tx.awardCategory.findFirst({
    where: { id: input.categoryId, isActive: true },
    select: { id: true, name: true, focusAreas: { where: { isActive: true }, select: { id: true, name: true } } },
  });
  if (!category) throw new AppError('INVALID', 'Some fields need attention.', { categoryId: ['Choose an award category from the list'] });
  const focusArea = input.focusAreaId ? category.focusAreas.find((f) => f.id === input.focusAreaId) : null;
  if (input.focusAreaId && !focusArea) {
    throw new AppError('INVALID', 'Some fields need attention.', { focusAreaId: [`Choose a focus area of ${category.name}`] });
  }
  return { category, focusArea };
}

/** The nominee's account (by the address given), if any, and the categories they are an active MVP in today. */
async function readNominee(tx: Tx, nomineeEmail: string, now: Date) {
  const account = await tx.user.findUnique({
    where: { email: nomineeEmail },
    select: {
      id: true,
      email: true,
      emailVerified: true,
      roles: { select: { role: true } },
      awards: {
        select: {
          id: true,
          categoryId: true,
          startsOn: true,
          endsOn: true,
          acceptedAt: true,
          revokedAt: true,
          category: { select: { name: true } },
        },
      },
    },
  });
  const today = await programToday(tx, now);
  const activeCategoryIds = account
    ? deriveMvpStatus(
        account.awards.map(({ category: c, ...a }) => ({ ...a, categoryName: c.name })),
        today,
      ).active.map((a) => a.categoryId)
    : [];
  return { account, activeCategoryIds };
}

/** One open nomination per person and category in a cycle: next year's cycle may nominate them again. */
async function findOpenNomination(tx: Tx, nomineeEmail: string, categoryId: string, cycleId: string) {
  return tx.nomination.findFirst({
    where: { nomineeEmail, categoryId, cycleId, status: { in: [...OPEN_NOMINATION_STATUSES] } },
    select: { id: true, nominatorId: true, endorsements: { select: { endorserId: true } } },
  });
}

/** What a refused nomination answers: the offer to endorse someone else's open one, the note that
 * the nominator's own is open, or a typed error. */
async function answerRefusal(
  tx: Tx,
  viewer: Viewer,
  input: NominationInput,
  check: Extract<ReturnType<typeof checkNomination>, { ok: false }>,
  categoryName: string,
): Promise<CreateNominationResult> {
  if (check.refusal === 'OPEN_NOMINATION_EXISTS' && check.openNominationId) {
    await offerEndorsement(tx, viewer, input, { id: check.openNominationId, categoryName });
    return { outcome: 'endorse-offered', nominationId: check.openNominationId };
  }
  const outcome = OPEN_OUTCOME[check.refusal];
  if (outcome && check.openNominationId) return { outcome, nominationId: check.openNominationId, message: check.message };
  const code = check.refusal === 'NOT_A_NOMINATOR' ? 'FORBIDDEN' : check.refusal === 'NOMINATIONS_CLOSED' ? 'CONFLICT' : 'INVALID';
  throw new AppError(code, check.message, check.field ? { [check.field]: [check.message] } : undefined);
}

/** Records an allowed nomination: the nomination and its first event, the nominee's single-use
 * invitation link and email, the nominator's update, and the audit entry. */
async function recordNomination(
  tx: Tx,
  viewer: Viewer,
  input: NominationInput,
  where: { cycleId: string; category: { id: string; name: string }; focusArea: { id: string; name: string } | null | undefined },
  nomineeUserId: string | null,
  now: Date,
): Promise<string> {
  const { cycleId, category, focusArea } = where;
  const expiresAt = invitationExpiresAt(now);
  const nomination = await tx.nomination.create({
    data: {
      cycleId,
      nominatorId: viewer.id,
      nomineeName: input.nomineeName,
      nomineeEmail: input.nomineeEmail,
      categoryId: category.id,
      focusAreaId: focusArea?.id ?? null,
      statement: input.statement,
      relationship: input.relationship,
      relationshipDetail: input.relationshipDetail,
      status: 'INVITED',
      invitedAt: now,
      inviteExpiresAt: expiresAt,
    },
    select: { id: true },
  });
  await recordNominationEvent(tx, nomination.id, 'INVITED', now);
  const token = await issueActionToken(tx, {
    purpose: 'NOMINATION_INVITE',
    email: input.nomineeEmail,
    subjectId: nomination.id,
    userId: nomineeUserId,
    expiresAt,
  });
  await queueEmail(tx, {
    to: input.nomineeEmail,
    userId: nomineeUserId,
    template: 'mvp.nomination-invitation',
    data: {
      nomineeName: input.nomineeName,
      nominatorName: displayName(viewer),
      categoryName: category.name,
      focusAreaName: focusArea?.name ?? null,
      url: `${env().APP_URL}/invitations/${token}`,
      expiresAt,
    },
    urgency: 'IMMEDIATE',
  });
  await queueEmail(tx, {
    to: viewer.email,
    userId: viewer.id,
    template: 'mvp.nomination-update',
    data: {
      recipientName: viewer.name,
      nomineeName: input.nomineeName,
      categoryName: category.name,
      event: 'INVITED',
      url: nominationUrl(nomination.id),
    },
    urgency: 'DIGESTIBLE',
  });
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: 'nomination.created',
    entityType: 'Nomination',
    entityId: nomination.id,
    after: {
      status: 'INVITED',
      nomineeEmail: input.nomineeEmail,
      categoryId: category.id,
      focusAreaId: focusArea?.id ?? null,
      cycleId,
      inviteExpiresAt: expiresAt,
    },
  });
  return nomination.id;
}

/** Nominates someone: checks every rule, records the nomination, emails the nominee a single-use
 * invitation link and tells the nominator. A second open nomination for the same person and
 * category is not created; the result offers to endorse the open one instead. */
export async function createNomination(viewer: Viewer, input: NominationInput, now: Date = new Date()): Promise<CreateNominationResult> {
  const attempt = () =>
    prisma.$transaction(async (tx): Promise<CreateNominationResult> => {
      const { category, focusArea } = await readCategoryChoice(tx, input);
      const cycle = await findOpenCycle(tx, now, category.id);
      const { account, activeCategoryIds } = await readNominee(tx, input.nomineeEmail, now);
      const open = cycle ? await findOpenNomination(tx, input.nomineeEmail, category.id, cycle.id) : null;
      const check = checkNomination({
        nominator: { id: viewer.id, email: viewer.email, canNominate: viewer.canNominate },
        nomineeEmail: input.nomineeEmail,
        nomineeIsEmployee: isEmployeeInvitee(
          input.nomineeEmail,
          account ? { email: account.email, emailVerified: account.emailVerified, roles: account.roles.map((r) => r.role) } : null,
          env().EMPLOYEE_EMAIL_DOMAINS,
        ),
        nomineeActiveMvpCategoryIds: activeCategoryIds,
        categoryId: category.id,
        categoryName: category.name,
        hasOpenCycle: Boolean(cycle),
        openNomination: open
          ? { id: open.id, nominatorId: open.nominatorId, endorserIds: open.endorsements.map((e) => e.endorserId) }
          : null,
      });
      if (!check.ok) return answerRefusal(tx, viewer, input, check, category.name);
      const nominationId = await recordNomination(tx, viewer, input, { cycleId: cycle!.id, category, focusArea }, account?.id ?? null, now);
      return { outcome: 'created', nominationId };
    });
  try {
    return await attempt();
  } catch (error) {
    // Another nominator opened a nomination for the same person and category a moment ago: the
    // second attempt sees it and offers to endorse it.
    if (isUniqueViolation(error)) return attempt();
    throw error;
  }
}

/** Nominates within the nominator's daily limit, and answers the same whether or not the person
 * already has an open nomination in the category (so nominating cannot tell who is nominated): every
 * try counts, and the offer to endorse an open nomination goes by email. */
export async function nominateWithinLimit(
  viewer: Viewer,
  input: z.output<typeof nominationSchema>,
  now: Date = new Date(),
): Promise<NominateAnswer> {
  const result = await withRateLimit('nominate:user', viewer.id, () => createNomination(viewer, input, now));
  return result.outcome === 'created' || result.outcome === 'endorse-offered' ? { outcome: 'sent' } : result;
}

/** Endorses an open nomination: the endorser's statement is added to it and the nominator is told.
 * Endorsing twice changes nothing. */
export async function endorseNomination(
  viewer: Viewer,
  input: z.output<typeof endorsementSchema>,
  now: Date = new Date(),
): Promise<{ nominationId: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const n = await tx.nomination.findUnique({
        where: { id: input.nominationId },
        select: {
          id: true,
          status: true,
          nominatorId: true,
          nomineeEmail: true,
          nomineeId: true,
          endorsements: { select: { endorserId: true } },
        },
      });
      if (!n) throw new AppError('NOT_FOUND', 'This nomination does not exist.');
      const endorserIds = n.endorsements.map((e) => e.endorserId);
      if (endorserIds.includes(viewer.id)) return { nominationId: n.id };
      const check = await checkEndorsementBy(tx, viewer, { ...n, endorserIds });
      if (!check.ok) throw new AppError(viewer.canNominate ? 'CONFLICT' : 'FORBIDDEN', check.message);
      const endorsement = await tx.endorsement.create({
        data: { nominationId: n.id, endorserId: viewer.id, statement: input.statement, createdAt: now },
        select: { id: true },
      });
      await recordNominationEvent(tx, n.id, n.status, now, `Endorsed by ${displayName(viewer)}`);
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'nomination.endorsed',
        entityType: 'Nomination',
        entityId: n.id,
        after: { endorsementId: endorsement.id, endorserId: viewer.id },
      });
      await notifyNominators(tx, n.id, 'ENDORSED', { exceptUserId: viewer.id });
      return { nominationId: n.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { nominationId: input.nominationId };
    throw error;
  }
}

/** Nominates within the nominator's daily limit: only nominations actually created count against it. */
export function createNominationWithinLimit(viewer: Viewer, input: z.output<typeof nominationSchema>): Promise<CreateNominationResult> {
  return withRateLimit(
    'nominate:user',
    viewer.id,
    () => createNomination(viewer, input),
    (r) => r.outcome === 'created',
  );
}
