// Records only the end-to-end tests load (SeedOptions.e2eMembers), for journeys that need someone of their
// own because the demo's people belong to other specs. Kai Keys is an active MCT ready to renew (year ends
// in 30 days, this year's agreement accepted, a delivery logged): the keyboard-only journey submits that
// renewal and the admin decides it. Mika Keys is an MVP in Azure whose award, like Morgan's, renews in the
// current cycle's open window, with one contribution logged 20 days ago: the keyboard-only journey renews it.
// Ari Keys is an MVP who accepted last year's code of conduct (a version only the end-to-end data has, which
// nobody else accepted) and not this year's: the keyboard-only journey accepts the version in force on
// /agreements, with no new version published for everyone.
// Idempotent.
import { addDays, addYears, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { addDemoEvidence, makeReadyToRenew, seedDay as day, upsertDemoUser } from './seed-helpers';

export const KEYBOARD_RENEWER = { email: 'keys@demo.test', name: 'Kai Keys' } as const;
export const KEYBOARD_MVP = { email: 'mika.keys@demo.test', name: 'Mika Keys' } as const;
export const KEYBOARD_AGREEMENT = { email: 'ari.keys@demo.test', name: 'Ari Keys' } as const;

const e2eUser = async (person: { email: string; name: string }, passwordHash: string) => (await upsertDemoUser(person, passwordHash)).id;

export async function seedE2eMembers(today: DateKey, passwordHash: string): Promise<void> {
  await seedKeyboardMvp(today, passwordHash);
  await seedKeyboardAgreement(today, passwordHash);
  const user = { id: await e2eUser(KEYBOARD_RENEWER, passwordHash) };
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
  await makeReadyToRenew({ userId: user.id, membershipId: membership.id }, today, {
    daysAgo: 75,
    format: 'IN_PERSON',
    studentCount: 9,
    score: '8.70',
  });
}

/** Mika: an accepted Azure award that began 140 days ago (its renewal falls in the current cycle's window). */
async function seedKeyboardMvp(today: DateKey, passwordHash: string): Promise<void> {
  const userId = await e2eUser(KEYBOARD_MVP, passwordHash);
  if ((await prisma.award.count({ where: { userId } })) > 0) return;
  const { categoryId } = await addAcceptedAzureAward(userId, addDays(today, -140));
  await addDemoEvidence(
    userId,
    {
      title: 'Keyboard-first Azure portal tips',
      type: 'BLOG',
      role: 'AUTHOR',
      daysAgo: 20,
      audience: 'IT_PROFESSIONALS',
      description: 'A post on moving through the Azure portal with the keyboard alone, with the shortcuts that matter.',
      metrics: { VIEWS: 3_400 },
    },
    { today, url: 'https://mika.example.com/keyboard-azure', categoryId, focusAreaId: null },
  );
}

/** Ari: an accepted Azure award that began 40 days ago, bound by the MVP code of conduct and NDA. This year's
 * NDA is accepted; of the code of conduct only an earlier version (`e2e-earlier`, in force from 1 January last
 * year, older than the demo's version so never the one in force), so the version in force waits for Ari alone. */
async function seedKeyboardAgreement(today: DateKey, passwordHash: string): Promise<void> {
  const userId = await e2eUser(KEYBOARD_AGREEMENT, passwordHash);
  if ((await prisma.award.count({ where: { userId } })) > 0) return;
  const award = await addAcceptedAzureAward(userId, addDays(today, -40));
  const lastYear = Number(today.slice(0, 4)) - 1;
  const earlierConduct = await prisma.agreement.upsert({
    where: { kind_version: { kind: 'MVP_CODE_OF_CONDUCT', version: 'e2e-earlier' } },
    create: {
      kind: 'MVP_CODE_OF_CONDUCT',
      version: 'e2e-earlier',
      title: 'Microsoft MVP Code of Conduct',
      effectiveFrom: day(`${lastYear}-01-01` as DateKey),
      body: 'MVPs are respectful and honest in every community they serve.',
    },
    update: {},
    select: { id: true },
  });
  const nda = await prisma.agreement.findFirstOrThrow({
    where: { kind: 'MVP_NDA', effectiveFrom: { lte: day(today) } },
    orderBy: { effectiveFrom: 'desc' },
    select: { id: true },
  });
  await prisma.agreementAcceptance.createMany({
    data: [earlierConduct.id, nda.id].map((agreementId) => ({ userId, agreementId, awardId: award.id })),
    skipDuplicates: true,
  });
}

/** An accepted Azure award year of the last closed cycle, starting on `startsOn`. */
async function addAcceptedAzureAward(userId: string, startsOn: DateKey): Promise<{ id: string; categoryId: string }> {
  const azure = await prisma.awardCategory.findUniqueOrThrow({ where: { slug: 'azure' }, select: { id: true } });
  const earlier = await prisma.awardCycle.findFirstOrThrow({
    where: { status: 'CLOSED' },
    orderBy: { awardStartsOn: 'desc' },
    select: { id: true },
  });
  return prisma.award.create({
    data: {
      userId,
      categoryId: azure.id,
      cycleId: earlier.id,
      startsOn: day(startsOn),
      endsOn: day(addDays(addYears(startsOn, 1), -1)),
      acceptedAt: day(addDays(startsOn, 2)),
    },
    select: { id: true, categoryId: true },
  });
}
