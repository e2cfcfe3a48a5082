// MCT demo data: Casey Candidate holds an eligible certification (AZ-104) and an ISC completion
// confirmed by Northwind Learning ISC, so "Become an MCT" shows two requirements met and the
// agreement still to accept; Northwind has confirmed a few other people too. Dates are relative to
// the seed day. Membership demo: Taylor Trainer has two training deliveries logged and an AZ-104 that
// runs out before their year ends (the expiry warning); Reese Renewer is
// an active MCT whose year ends in 45 days (renewal open, agreement still to accept); Rowan Retiring
// is an active MCT who may switch to alumni. Idempotent: rows are upserted by their natural keys.
import { addDays, addYears, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { makeReadyToRenew } from './seed-helpers';

const day = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);

const OTHER_COMPLETIONS = [
  { name: 'Jordan Lee', email: 'jordan.lee@example.com', certificateId: 'NW-ISC-DEMO-0002', daysAgo: 45 },
  { name: 'Sam Rivera', email: 'sam.rivera@example.com', certificateId: 'NW-ISC-DEMO-0003', daysAgo: 300 },
  { name: 'Alex Morgan', email: 'alex.morgan@example.com', certificateId: 'NW-ISC-DEMO-0004', daysAgo: 700 },
];

export async function seedMct(today: DateKey): Promise<void> {
  const [candidate, staff, northwind, az104] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'candidate@demo.test' }, select: { id: true, email: true, name: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'provider@demo.test' }, select: { id: true } }),
    prisma.iscProvider.findUniqueOrThrow({ where: { slug: 'northwind-learning' }, select: { id: true } }),
    prisma.certification.findUniqueOrThrow({ where: { code: 'AZ-104' }, select: { id: true } }),
  ]);

  await prisma.candidateCertification.upsert({
    where: { certificationId_credentialId: { certificationId: az104.id, credentialId: 'DEMO-AZ104-CASEY' } },
    create: {
      userId: candidate.id,
      certificationId: az104.id,
      credentialId: 'DEMO-AZ104-CASEY',
      earnedOn: day(addDays(today, -200)),
      expiresOn: day(addDays(today, 165)),
    },
    update: {},
  });

  const completions = [
    {
      name: candidate.name ?? 'Casey Candidate',
      email: candidate.email,
      certificateId: 'NW-ISC-DEMO-0001',
      daysAgo: 100,
      userId: candidate.id,
    },
    ...OTHER_COMPLETIONS.map((c) => ({ ...c, userId: null })),
  ];
  for (const c of completions) {
    await prisma.iscCompletion.upsert({
      where: { providerId_certificateId: { providerId: northwind.id, certificateId: c.certificateId } },
      create: {
        providerId: northwind.id,
        candidateName: c.name,
        candidateEmail: c.email,
        userId: c.userId,
        completedOn: day(addDays(today, -c.daysAgo)),
        certificateId: c.certificateId,
        confirmedById: staff.id,
      },
      update: {},
    });
  }
}

/** An active membership of one year ending `daysLeft` days after `today` (created once). */
async function seedActiveMember(email: string, today: DateKey, daysLeft: number): Promise<{ userId: string; membershipId: string }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const endsOn = addDays(today, daysLeft);
  const startsOn = addDays(addYears(endsOn, -1), 1);
  const membership = await prisma.mctMembership.upsert({
    where: { userId: user.id },
    create: { userId: user.id, status: 'ACTIVE', memberSince: day(startsOn) },
    update: {},
    select: { id: true },
  });
  if ((await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })) === 0) {
    await prisma.mctMembershipTerm.create({ data: { membershipId: membership.id, startsOn: day(startsOn), endsOn: day(endsOn) } });
  }
  return { userId: user.id, membershipId: membership.id };
}

/** The membership demo: Reese and Quinn in renewal, Rowan active, Lee lapsed, Taylor's deliveries. */
export async function seedMemberships(today: DateKey): Promise<void> {
  const az104 = await prisma.certification.findUniqueOrThrow({ where: { code: 'AZ-104' }, select: { id: true } });
  for (const [email, daysLeft, credentialId] of [
    ['renewer@demo.test', 45, 'DEMO-AZ104-REESE'],
    ['retiring@demo.test', 200, 'DEMO-AZ104-ROWAN'],
    ['renewing@demo.test', 30, 'DEMO-AZ104-QUINN'],
    ['lapsed@demo.test', -100, 'DEMO-AZ104-LEE'],
  ] as const) {
    const { userId } = await seedActiveMember(email, today, daysLeft);
    await prisma.candidateCertification.upsert({
      where: { certificationId_credentialId: { certificationId: az104.id, credentialId } },
      create: { userId, certificationId: az104.id, credentialId, earnedOn: day(addDays(today, -300)), expiresOn: day(addDays(today, 400)) },
      update: {},
    });
  }

  await seedRenewingAndLapsed(today);

  // Taylor's AZ-104 stops counting 60 days after the seed, before their membership year ends: the
  // dashboard warns them, the admin's members page lists them, and the 90-day email goes out.
  const taylor = await prisma.user.findUniqueOrThrow({ where: { email: 'trainer@demo.test' }, select: { id: true } });
  await prisma.candidateCertification.upsert({
    where: { certificationId_credentialId: { certificationId: az104.id, credentialId: 'DEMO-AZ104-TAYLOR' } },
    create: {
      userId: taylor.id,
      certificationId: az104.id,
      credentialId: 'DEMO-AZ104-TAYLOR',
      earnedOn: day(addDays(today, -305)),
      expiresOn: day(addDays(today, 60)),
    },
    update: {},
  });

  const trainer = await prisma.user.findUniqueOrThrow({
    where: { email: 'trainer@demo.test' },
    select: { id: true, mctMembership: { select: { id: true } } },
  });
  if ((await prisma.trainingDelivery.count({ where: { userId: trainer.id } })) === 0) {
    await prisma.trainingDelivery.createMany({
      data: [
        {
          courseCode: 'AZ-104T00',
          courseTitle: 'Microsoft Azure Administrator',
          startsDaysAgo: 120,
          format: 'IN_PERSON' as const,
          studentCount: 14,
          score: '8.60',
        },
        {
          courseCode: 'AZ-305T00',
          courseTitle: 'Designing Microsoft Azure Infrastructure Solutions',
          startsDaysAgo: 40,
          format: 'VIRTUAL' as const,
          studentCount: 19,
          score: '8.20',
        },
      ].map((d) => ({
        userId: trainer.id,
        membershipId: trainer.mctMembership?.id ?? null,
        courseCode: d.courseCode,
        courseTitle: d.courseTitle,
        startDate: day(addDays(today, -d.startsDaysAgo)),
        endDate: day(addDays(today, -d.startsDaysAgo + 3)),
        format: d.format,
        studentCount: d.studentCount,
        trainingPartner: 'Northwind Learning',
        satisfactionScore: d.score,
      })),
    });
  }
}

/** Quinn is ready to renew (this year's agreement accepted, a delivery logged); Lee's year ended 100
 * days ago, so the membership lapsed and the lounge access went with it (Lee may choose alumni). */
async function seedRenewingAndLapsed(today: DateKey): Promise<void> {
  const quinn = await prisma.user.findUniqueOrThrow({
    where: { email: 'renewing@demo.test' },
    select: { id: true, mctMembership: { select: { id: true } } },
  });
  await makeReadyToRenew({ userId: quinn.id, membershipId: quinn.mctMembership?.id ?? null }, today, {
    daysAgo: 60,
    format: 'VIRTUAL',
    studentCount: 12,
    score: '8.40',
  });
  const lee = await prisma.user.findUniqueOrThrow({ where: { email: 'lapsed@demo.test' }, select: { id: true } });
  const endedOn = addDays(today, -100);
  await prisma.mctMembership.updateMany({
    where: { userId: lee.id, status: 'ACTIVE' },
    data: { status: 'LAPSED', lapsedOn: day(addDays(endedOn, 1)) },
  });
  await prisma.loungeAccess.upsert({
    where: { userId: lee.id },
    create: {
      userId: lee.id,
      status: 'REVOKED',
      grantedAt: day(addDays(today, -300)),
      revokedAt: day(addDays(endedOn, 1)),
      revokedReason: 'Membership lapsed',
    },
    update: {},
  });
}
