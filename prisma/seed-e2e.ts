// Records only the end-to-end tests load (SeedOptions.e2eMembers), for journeys that need someone of their
// own because the demo's people belong to other specs. Kai Keys is an active MCT ready to renew (year ends
// in 30 days, this year's agreement accepted, a delivery logged): the keyboard-only journey submits that
// renewal and the admin decides it. Idempotent.
import { addDays, addYears, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';

const day = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);

export const KEYBOARD_RENEWER = { email: 'keys@demo.test', name: 'Kai Keys' } as const;

export async function seedE2eMembers(today: DateKey, passwordHash: string): Promise<void> {
  const user = await prisma.user.upsert({
    where: { email: KEYBOARD_RENEWER.email },
    create: {
      ...KEYBOARD_RENEWER,
      passwordHash,
      emailVerified: new Date(),
      timeZone: 'America/Los_Angeles',
      timeZoneChosenAt: new Date(),
    },
    update: {},
    select: { id: true },
  });
  const endsOn = addDays(today, 30);
  const startsOn = addDays(addYears(endsOn, -1), 1);
  const membership = await prisma.mctMembership.upsert({
    where: { userId: user.id },
    create: { userId: user.id, status: 'ACTIVE', memberSince: day(startsOn) },
    update: {},
    select: { id: true },
  });
  if ((await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })) > 0) return;
  await prisma.mctMembershipTerm.create({ data: { membershipId: membership.id, startsOn: day(startsOn), endsOn: day(endsOn) } });

  const az104 = await prisma.certification.findUniqueOrThrow({ where: { code: 'AZ-104' }, select: { id: true } });
  await prisma.candidateCertification.create({
    data: {
      userId: user.id,
      certificationId: az104.id,
      credentialId: 'E2E-AZ104-KAI',
      earnedOn: day(addDays(today, -300)),
      expiresOn: day(addDays(today, 400)),
    },
  });
  const agreement = await prisma.agreement.findFirst({
    where: { kind: 'MCT_PROGRAM', effectiveFrom: { lte: day(today) } },
    orderBy: { effectiveFrom: 'desc' },
    select: { id: true },
  });
  if (agreement) await prisma.agreementAcceptance.create({ data: { userId: user.id, agreementId: agreement.id } });
  await prisma.trainingDelivery.create({
    data: {
      userId: user.id,
      membershipId: membership.id,
      courseCode: 'AZ-104T00',
      courseTitle: 'Microsoft Azure Administrator',
      startDate: day(addDays(today, -75)),
      endDate: day(addDays(today, -72)),
      format: 'IN_PERSON',
      studentCount: 9,
      trainingPartner: 'Northwind Learning',
      satisfactionScore: '8.70',
    },
  });
}
