import 'server-only';
// Erasure requests: the person asks, an admin confirms (erasing in one transaction) or rejects.
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { queueEmail } from '@/lib/notifications/outbox';
import { erasePersonalData, type ErasureCounts } from './erase';
import { assertPrivacyRequestTransition } from './lifecycle';
import type { confirmErasureSchema, rejectErasureSchema, requestErasureSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** Locks the person's row until the transaction ends, so two requests (two tabs) or a request and
 * an erasure queue one after the other. */
async function lockUser(tx: Tx, userId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id"::text AS "id" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'That person does not exist.');
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, anonymizedAt: true, mergedIntoId: true },
  });
}

/** The person asks for their personal data to be erased; one open request at a time. */
export async function requestErasure(viewer: Viewer, input: z.output<typeof requestErasureSchema>): Promise<{ requestId: string }> {
  return prisma.$transaction(async (tx) => {
    const person = await lockUser(tx, viewer.id);
    if (person.anonymizedAt || person.mergedIntoId) throw new AppError('NOT_FOUND', 'That account does not exist.');
    const open = await tx.privacyRequest.findFirst({
      where: { userId: viewer.id, kind: 'ERASURE', status: 'REQUESTED' },
      select: { id: true },
    });
    if (open) throw new AppError('CONFLICT', 'You already asked for your data to be erased; a program admin is looking at it.');
    const request = await tx.privacyRequest.create({
      data: { userId: viewer.id, kind: 'ERASURE', reason: input.reason || null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'privacy.erasure_requested',
      entityType: 'User',
      entityId: viewer.id,
      after: { requestId: request.id },
    });
    await queueEmail(tx, {
      to: person.email,
      userId: person.id,
      template: 'privacy.erasure-requested',
      data: { name: person.name, url: appUrl('/privacy') },
      urgency: 'IMMEDIATE',
    });
    const admins = await tx.user.findMany({
      where: { roles: { some: { role: 'ADMIN' } }, anonymizedAt: null },
      select: { id: true, email: true },
    });
    for (const admin of admins) {
      await queueEmail(tx, {
        to: admin.email,
        userId: admin.id,
        template: 'privacy.erasure-request-admin',
        data: { requesterEmail: person.email, url: appUrl('/admin/privacy') },
        urgency: 'IMMEDIATE',
      });
    }
    return { requestId: request.id };
  });
}

async function lockOpenErasure(tx: Tx, requestId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id"::text AS "id" FROM "PrivacyRequest" WHERE "id" = ${requestId}::uuid FOR UPDATE`;
  const request = rows.length
    ? await tx.privacyRequest.findUnique({ where: { id: requestId }, select: { id: true, userId: true, kind: true, status: true } })
    : null;
  if (!request || request.kind !== 'ERASURE') throw new AppError('NOT_FOUND', 'That request does not exist.');
  if (request.status !== 'REQUESTED') throw new AppError('CONFLICT', 'This request was already handled; reload the page to see how.');
  return request;
}

/** An admin rejects an erasure request; the person is told why. */
export async function rejectErasure(viewer: Viewer | null, input: z.output<typeof rejectErasureSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const request = await lockOpenErasure(tx, input.requestId);
    const person = await tx.user.findUniqueOrThrow({ where: { id: request.userId }, select: { id: true, email: true, name: true } });
    assertPrivacyRequestTransition(request.status, 'REJECTED');
    await tx.privacyRequest.update({
      where: { id: request.id },
      data: { status: 'REJECTED', reason: input.reason, handledById: viewer.id, completedAt: new Date() },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'privacy.erasure_rejected',
      entityType: 'User',
      entityId: person.id,
      before: { requestId: request.id, status: 'REQUESTED' },
      after: { requestId: request.id, status: 'REJECTED', reason: input.reason },
    });
    await queueEmail(tx, {
      to: person.email,
      userId: person.id,
      template: 'privacy.erasure-rejected',
      data: { name: person.name, reason: input.reason, url: appUrl('/profile') },
      urgency: 'IMMEDIATE',
    });
  });
}

/** An admin confirms an erasure request (typing the person's address): in one transaction the
 * person's personal data is erased, their last email queued to the real address, and the erasure
 * audited. Refused for the last admin and for one's own account. */
export async function confirmErasure(
  viewer: Viewer | null,
  input: z.output<typeof confirmErasureSchema>,
  now: Date = new Date(),
): Promise<{ counts: ErasureCounts }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(
    async (tx) => {
      const request = await lockOpenErasure(tx, input.requestId);
      if (request.userId === viewer.id) {
        throw new AppError('FORBIDDEN', 'Another admin must confirm the erasure of your own account.');
      }
      const person = await lockUser(tx, request.userId);
      if (person.anonymizedAt) throw new AppError('CONFLICT', 'This person’s data was already erased.');
      if (input.confirmEmail !== person.email) {
        throw new AppError('INVALID', 'Some fields need attention.', { confirmEmail: ['Type the address exactly as shown to confirm'] });
      }
      // Same lock as role changes (lib/people/admin-service.ts): an erasure and a revocation cannot
      // together remove the last two admins.
      const admins = (
        await tx.$queryRaw<{ userId: string }[]>`SELECT "userId"::text AS "userId" FROM "UserRole" WHERE "role" = 'ADMIN' FOR UPDATE`
      ).map((r) => r.userId);
      if (admins.includes(person.id) && admins.length <= 1) {
        throw new AppError('CONFLICT', 'This person is the last admin; grant ADMIN to someone else before erasing their data.');
      }
      const counts = await erasePersonalData(tx, person.id, now);
      // The last email goes to the real address, queued after the outbox was blanked so it survives.
      await queueEmail(tx, {
        to: person.email,
        userId: null,
        template: 'privacy.erased',
        data: { url: appUrl('/privacy') },
        urgency: 'IMMEDIATE',
      });
      assertPrivacyRequestTransition(request.status, 'COMPLETED');
      await tx.privacyRequest.update({
        where: { id: request.id },
        data: { status: 'COMPLETED', handledById: viewer.id, completedAt: now },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'privacy.erased',
        entityType: 'User',
        entityId: person.id,
        before: { requestId: request.id, status: 'REQUESTED' },
        after: { requestId: request.id, status: 'COMPLETED', counts },
      });
      return { counts };
    },
    { timeout: 60_000 },
  );
}
