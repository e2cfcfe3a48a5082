// What the demo seeds share: a demo account, and an evidence item in someone's log. Both are found
// by natural keys (an address; an owner and a title), so seeding twice changes nothing.
import { addDays, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { ContributionRole, ContributionType, DeliveryFormat, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';

/** A seed's calendar day as the database stores dates. */
export const seedDay = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);

/** A demo account that signs in with the demo password (its time zone chosen), made once. */
export function upsertDemoUser(person: { email: string; name: string }, passwordHash: string) {
  return prisma.user.upsert({
    where: { email: person.email },
    create: {
      email: person.email,
      name: person.name,
      passwordHash,
      emailVerified: new Date(),
      timeZone: 'America/Los_Angeles',
      timeZoneChosenAt: new Date(),
    },
    update: {},
    select: { id: true },
  });
}

/** One contribution of a demo evidence log, dated `daysAgo` before the seed's today. */
export type DemoEvidenceItem = {
  title: string;
  type: ContributionType;
  role: ContributionRole;
  daysAgo: number;
  audience: TargetAudience;
  description: string;
  metrics: Partial<Record<ReachMetric, number>>;
  privateNote?: string;
  isHighImpact?: boolean;
};

/** Adds an item to an owner's evidence log unless one with its title is there. */
export async function addDemoEvidence(
  ownerId: string,
  item: DemoEvidenceItem,
  where: { today: DateKey; url: string; categoryId: string; focusAreaId: string | null },
): Promise<void> {
  const found = await prisma.evidenceItem.findFirst({ where: { ownerId, title: item.title }, select: { id: true } });
  if (found) return;
  await prisma.evidenceItem.create({
    data: {
      ownerId,
      type: item.type,
      role: item.role,
      title: item.title,
      description: item.description,
      startDate: seedDay(addDays(where.today, -item.daysAgo)),
      url: where.url,
      audience: item.audience,
      categoryId: where.categoryId,
      focusAreaId: where.focusAreaId,
      privateNote: item.privateNote ?? null,
      isHighImpact: item.isHighImpact ?? false,
      metrics: { create: Object.entries(item.metrics).map(([metric, value]) => ({ metric: metric as ReachMetric, value })) },
    },
  });
}

/** Makes an active MCT ready to renew: the MCT program agreement in force accepted, and one AZ-104 delivery
 * `daysAgo` before the seed's today logged (each once). */
export async function makeReadyToRenew(
  member: { userId: string; membershipId: string | null },
  today: DateKey,
  delivery: { daysAgo: number; format: DeliveryFormat; studentCount: number; score: string },
): Promise<void> {
  const agreement = await prisma.agreement.findFirst({
    where: { kind: 'MCT_PROGRAM', effectiveFrom: { lte: seedDay(today) } },
    orderBy: { effectiveFrom: 'desc' },
    select: { id: true },
  });
  if (agreement) {
    await prisma.agreementAcceptance.upsert({
      where: { userId_agreementId: { userId: member.userId, agreementId: agreement.id } },
      create: { userId: member.userId, agreementId: agreement.id },
      update: {},
    });
  }
  if ((await prisma.trainingDelivery.count({ where: { userId: member.userId } })) > 0) return;
  await prisma.trainingDelivery.create({
    data: {
      userId: member.userId,
      membershipId: member.membershipId,
      courseCode: 'AZ-104T00',
      courseTitle: 'Microsoft Azure Administrator',
      startDate: seedDay(addDays(today, -delivery.daysAgo)),
      endDate: seedDay(addDays(today, -delivery.daysAgo + 3)),
      format: delivery.format,
      studentCount: delivery.studentCount,
      trainingPartner: 'Northwind Learning',
      satisfactionScore: delivery.score,
    },
  });
}
