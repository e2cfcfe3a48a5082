// MCT demo data: Casey Candidate holds an eligible certification (AZ-104) and an ISC completion
// confirmed by Northwind Learning ISC, so "Become an MCT" shows two requirements met and the
// agreement still to accept; Northwind has confirmed a few other people too. Dates are relative to
// the seed day. Idempotent: rows are upserted by their natural keys.
import { addDays, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';

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
