import 'server-only';
// The program team's management of ISC providers: their approval periods and their staff.
import type { z } from 'zod';
import { endSessions } from '@/lib/auth/session-version';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { addAudited, updateAtVersion } from '@/lib/audit/versioned';
import { assertRole } from '@/lib/auth/policy';
import { isUniqueViolation, prisma } from '@/lib/db';
import { dateKey, dbDay } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import type { addStaffSchema, providerSchema, removeStaffSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

const STALE_PROVIDER =
  'Someone else changed this provider since you opened the page. Reload to see their change; what you typed stays here.';

/** A URL-safe slug of a provider's name. */
export function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 70) || 'provider'
  );
}

/** Adds an ISC provider, or changes one's details and approval period. */
export async function saveProvider(viewer: Viewer, input: z.output<typeof providerSchema>): Promise<{ id: string }> {
  assertRole(viewer, 'ADMIN');
  const data = {
    name: input.name,
    country: input.country,
    contactEmail: input.contactEmail,
    website: input.website,
    approvedFrom: dbDay(input.approvedFrom),
    approvedUntil: dbDay(input.approvedUntil),
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const id = input.id;
      if (!id) {
        const base = slugOf(input.name);
        const taken = await tx.iscProvider.count({ where: { slug: { startsWith: base } } });
        return addAudited(tx, viewer, {
          entityType: 'IscProvider',
          action: 'isc_provider.added',
          create: () => tx.iscProvider.create({ data: { ...data, slug: taken ? `${base}-${taken + 1}` : base }, select: { id: true } }),
          after: input,
        });
      }
      await updateAtVersion(tx, viewer, {
        entityType: 'IscProvider',
        entityId: id,
        action: 'isc_provider.updated',
        readBefore: () =>
          tx.iscProvider.findUnique({
            where: { id },
            select: { name: true, country: true, contactEmail: true, website: true, approvedFrom: true, approvedUntil: true },
          }),
        notFound: 'That ISC provider does not exist.',
        update: () => tx.iscProvider.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } }),
        stale: STALE_PROVIDER,
        audit: (before) => ({
          before: { ...before, approvedFrom: dateKey(before.approvedFrom), approvedUntil: dateKey(before.approvedUntil) },
          after: input,
        }),
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('CONFLICT', 'Some fields need attention.', { name: ['Another ISC provider has this name'] });
    throw error;
  }
}

/** Makes a person (who has an account) staff of a provider. */
export async function addProviderStaff(viewer: Viewer, input: z.output<typeof addStaffSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const provider = await tx.iscProvider.findUnique({ where: { id: input.providerId }, select: { id: true, name: true } });
    if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, anonymizedAt: true } });
    if (!user || user.anonymizedAt) {
      throw new AppError('NOT_FOUND', 'Some fields need attention.', {
        email: ['No account uses this address. Ask them to create an account first, then add them.'],
      });
    }
    const existing = await tx.providerStaff.findUnique({ where: { providerId_userId: { providerId: provider.id, userId: user.id } } });
    if (existing) throw new AppError('CONFLICT', 'Some fields need attention.', { email: [`Already staff of ${provider.name}`] });
    await tx.providerStaff.create({ data: { providerId: provider.id, userId: user.id, addedById: viewer.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'isc_provider.staff_added',
      entityType: 'IscProvider',
      entityId: provider.id,
      after: { userId: user.id, email: input.email },
    });
  });
}

/** Removes a staff member from a provider; they lose its page at once. */
export async function removeProviderStaff(viewer: Viewer, input: z.output<typeof removeStaffSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const staff = await tx.providerStaff.findUnique({
      where: { providerId_userId: { providerId: input.providerId, userId: input.userId } },
      select: { user: { select: { email: true } } },
    });
    if (!staff) throw new AppError('NOT_FOUND', 'That person is not staff of this provider (any more).');
    await tx.providerStaff.delete({ where: { providerId_userId: { providerId: input.providerId, userId: input.userId } } });
    await endSessions(tx, [input.userId]);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'isc_provider.staff_removed',
      entityType: 'IscProvider',
      entityId: input.providerId,
      before: { userId: input.userId, email: staff.user.email },
    });
  });
}
