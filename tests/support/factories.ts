// Factories for integration tests: each call makes rows with unique natural keys (emails, slugs,
// names), so tests never collide with each other, with the seed, or with an earlier run.
import { randomBytes } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { MembershipStatus, NominationStatus, Role } from '@/lib/generated/prisma/enums';

let counter = 0;

/** A short value unique within and across runs. */
export function unique(prefix: string): string {
  return `${prefix}-${++counter}-${randomBytes(3).toString('hex')}`;
}

/** A unique, lower-cased email address (stored emails are normalised). */
export function uniqueEmail(prefix = 'person', domain = 'example.test'): string {
  return `${unique(prefix)}@${domain}`.toLowerCase();
}

/** A `date` column value: UTC midnight of the calendar day, as Prisma returns it. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export async function createUser(
  opts: { email?: string; name?: string; roles?: Role[]; emailVerified?: Date | null; anonymizedAt?: Date | null; timeZone?: string } = {},
) {
  return prisma.user.create({
    data: {
      email: opts.email ?? uniqueEmail(),
      name: opts.name ?? 'Test Person',
      emailVerified: opts.emailVerified === undefined ? new Date() : opts.emailVerified,
      anonymizedAt: opts.anonymizedAt ?? null,
      timeZone: opts.timeZone ?? 'UTC',
      roles: { create: (opts.roles ?? []).map((role) => ({ role })) },
    },
  });
}

export async function createCategory() {
  const slug = unique('category');
  return prisma.awardCategory.create({ data: { slug, name: `Category ${slug}` } });
}

/** An open cycle (nominations 1 September 2026 to 31 March 2027, Pacific time) taking nominations in
 * the given categories. */
export async function createCycle(opts: { categoryIds?: string[] } = {}) {
  const name = unique('cycle');
  return prisma.awardCycle.create({
    data: {
      name,
      status: 'OPEN',
      nominationsOpenAt: new Date('2026-09-01T07:00:00Z'),
      nominationsCloseAt: new Date('2027-04-01T06:59:59Z'),
      submissionDeadline: new Date('2027-04-16T06:59:59Z'),
      reviewDueAt: new Date('2027-05-16T06:59:59Z'),
      decisionsReleaseAt: new Date('2027-06-01T06:59:59Z'),
      renewalOpensAt: new Date('2027-04-01T07:00:00Z'),
      renewalDeadline: new Date('2027-06-01T06:59:59Z'),
      awardStartsOn: day('2027-07-01'),
      categories: { create: (opts.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
    },
  });
}

/** An award year for a person; accepted unless told otherwise. Creates its category and cycle when not given. */
export async function createAward(opts: {
  userId: string;
  startsOn: string;
  endsOn: string;
  categoryId?: string;
  cycleId?: string;
  acceptedAt?: Date | null;
  revokedAt?: Date | null;
}) {
  const categoryId = opts.categoryId ?? (await createCategory()).id;
  const cycleId = opts.cycleId ?? (await createCycle()).id;
  return prisma.award.create({
    data: {
      userId: opts.userId,
      categoryId,
      cycleId,
      startsOn: day(opts.startsOn),
      endsOn: day(opts.endsOn),
      acceptedAt: opts.acceptedAt === undefined ? day(opts.startsOn) : opts.acceptedAt,
      revokedAt: opts.revokedAt ?? null,
    },
  });
}

/** An MCT membership with its terms (membership years). */
export async function createMembership(opts: { userId: string; status: MembershipStatus; terms: { startsOn: string; endsOn: string }[] }) {
  const first = opts.terms[0]?.startsOn ?? '2026-01-01';
  return prisma.mctMembership.create({
    data: {
      userId: opts.userId,
      status: opts.status,
      memberSince: day(first),
      terms: { create: opts.terms.map((t) => ({ startsOn: day(t.startsOn), endsOn: day(t.endsOn) })) },
    },
    include: { terms: true },
  });
}

/** An approved ISC provider, optionally with staff. */
export async function createProvider(opts: { staffIds?: string[] } = {}) {
  const slug = unique('isc-provider');
  return prisma.iscProvider.create({
    data: {
      slug,
      name: `ISC provider ${slug}`,
      contactEmail: uniqueEmail('isc'),
      approvedFrom: day('2025-01-01'),
      approvedUntil: day('2028-12-31'),
      staff: { create: (opts.staffIds ?? []).map((userId) => ({ userId })) },
    },
  });
}

export async function createNomination(opts: {
  nominatorId: string;
  nomineeEmail: string;
  categoryId: string;
  cycleId: string;
  status?: NominationStatus;
}) {
  return prisma.nomination.create({
    data: {
      nominatorId: opts.nominatorId,
      nomineeEmail: opts.nomineeEmail,
      nomineeName: 'Nominee Person',
      categoryId: opts.categoryId,
      cycleId: opts.cycleId,
      statement: 'Runs a monthly user group and writes in-depth articles that many people read.',
      relationship: 'COMMUNITY_PEER',
      status: opts.status ?? 'INVITED',
      inviteExpiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });
}
