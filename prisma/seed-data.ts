// Demo data for a believable program: categories and focus areas, a cycle with its rubric,
// certifications (eligible and not), two ISC providers, agreements, and one account per role.
// Idempotent: every row is upserted by a natural key, so running it twice changes nothing.
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { hashPassword } from '@/lib/auth/password';
import { addDays, addYears, endOfDayIn, startOfDayIn, todayIn, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { isDemoAllowed } from '@/lib/env';
import { refreshReachPercentiles } from '@/lib/evidence/reach-queries';
import type { CertificationLevel, Role } from '@/lib/generated/prisma/enums';
import { seedE2eMembers } from './seed-e2e';
import { seedMct, seedMemberships } from './seed-mct';
import { seedMvp } from './seed-mvp';
import { seedReviews } from './seed-reviews';
import { upsertDemoUser } from './seed-helpers';

/** The password of every demo account (README lists them). */
export { DEMO_PASSWORD };

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.test', name: 'Avery Admin', roles: ['ADMIN'] },
  { email: 'reviewer@demo.test', name: 'Riley Reviewer', roles: ['REVIEWER'] },
  { email: 'reviewer2@demo.test', name: 'Robin Reviewer', roles: ['REVIEWER'] },
  { email: 'employee@demo.test', name: 'Emery Employee', roles: ['EMPLOYEE'] },
  { email: 'mvp@demo.test', name: 'Morgan Mvp', roles: [] },
  { email: 'provider@demo.test', name: 'Parker Provider', roles: [] },
  { email: 'trainer@demo.test', name: 'Taylor Trainer', roles: [] },
  { email: 'candidate@demo.test', name: 'Casey Candidate', roles: [] },
  { email: 'renewer@demo.test', name: 'Reese Renewer', roles: [] },
  { email: 'retiring@demo.test', name: 'Rowan Retiring', roles: [] },
  { email: 'renewing@demo.test', name: 'Quinn Renewing', roles: [] },
  { email: 'lapsed@demo.test', name: 'Lee Lapsed', roles: [] },
] as const satisfies readonly { email: string; name: string; roles: readonly Role[] }[];

const CATEGORIES: { slug: string; name: string; description: string; focusAreas: string[] }[] = [
  {
    slug: 'azure',
    name: 'Azure',
    description: 'Infrastructure, cloud-native and application platforms on Azure.',
    focusAreas: ['Kubernetes', 'Cloud Native', 'Infrastructure as Code', 'Networking', 'Integration', 'Azure SQL & Storage'],
  },
  {
    slug: 'ai-platform',
    name: 'AI Platform',
    description: 'Building AI applications and agents with Microsoft AI platforms.',
    focusAreas: ['Azure AI Foundry', 'Azure Machine Learning', 'Agents & Copilot extensibility', 'Responsible AI'],
  },
  {
    slug: 'security',
    name: 'Security',
    description: 'Identity, threat protection and compliance.',
    focusAreas: ['Identity & Access', 'Microsoft Defender', 'Microsoft Sentinel', 'Microsoft Purview'],
  },
  {
    slug: 'developer-technologies',
    name: 'Developer Technologies',
    description: '.NET, languages, tools and developer platforms.',
    focusAreas: ['.NET', 'C#', 'TypeScript', 'Visual Studio & VS Code', 'GitHub & DevOps'],
  },
  {
    slug: 'm365',
    name: 'M365',
    description: 'Microsoft 365 apps, collaboration and Copilot.',
    focusAreas: ['Microsoft 365 Copilot', 'Teams', 'SharePoint', 'Exchange & Administration'],
  },
  {
    slug: 'business-applications',
    name: 'Business Applications',
    description: 'Dynamics 365 and the Power Platform.',
    focusAreas: ['Power Apps', 'Power Automate', 'Dynamics 365 Customer Engagement', 'Dynamics 365 Finance & Operations'],
  },
  {
    slug: 'data-platform',
    name: 'Data Platform',
    description: 'Databases, analytics and Fabric.',
    focusAreas: ['SQL Server', 'Microsoft Fabric', 'Power BI', 'Azure Data Engineering'],
  },
  {
    slug: 'windows-and-devices',
    name: 'Windows and Devices',
    description: 'Windows, device management and Windows development.',
    focusAreas: ['Windows', 'Intune & device management', 'Windows development'],
  },
];

const CRITERIA = [
  {
    key: 'impact',
    label: 'Impact and reach',
    weight: '0.30',
    description: 'Who benefited and how many: views, attendees, page-visit duration, feedback.',
  },
  {
    key: 'quality',
    label: 'Quality and technical depth',
    weight: '0.25',
    description: 'Accuracy, depth and originality of the contributions.',
  },
  {
    key: 'consistency',
    label: 'Consistency across the 12 months',
    weight: '0.15',
    description: 'Sustained contribution rather than a single burst.',
  },
  { key: 'leadership', label: 'Community leadership', weight: '0.15', description: 'Organising, mentoring and lifting others up.' },
  { key: 'fit', label: 'Fit to the category', weight: '0.15', description: 'How well the contributions match the award category.' },
];

const CERTIFICATIONS: { code: string; name: string; level: CertificationLevel; validityMonths: number | null }[] = [
  { code: 'AZ-104', name: 'Microsoft Certified: Azure Administrator Associate', level: 'ASSOCIATE', validityMonths: 12 },
  { code: 'AZ-204', name: 'Microsoft Certified: Azure Developer Associate', level: 'ASSOCIATE', validityMonths: 12 },
  { code: 'AZ-305', name: 'Microsoft Certified: Azure Solutions Architect Expert', level: 'EXPERT', validityMonths: 12 },
  { code: 'AZ-400', name: 'Microsoft Certified: DevOps Engineer Expert', level: 'EXPERT', validityMonths: 12 },
  { code: 'AI-102', name: 'Microsoft Certified: Azure AI Engineer Associate', level: 'ASSOCIATE', validityMonths: 12 },
  { code: 'SC-300', name: 'Microsoft Certified: Identity and Access Administrator Associate', level: 'ASSOCIATE', validityMonths: 12 },
  { code: 'SC-100', name: 'Microsoft Certified: Cybersecurity Architect Expert', level: 'EXPERT', validityMonths: 12 },
  { code: 'MS-102', name: 'Microsoft 365 Certified: Administrator Expert', level: 'EXPERT', validityMonths: 12 },
  { code: 'DP-600', name: 'Microsoft Certified: Fabric Analytics Engineer Associate', level: 'ASSOCIATE', validityMonths: 12 },
  { code: 'PL-600', name: 'Microsoft Certified: Power Platform Solution Architect Expert', level: 'EXPERT', validityMonths: 12 },
  { code: 'AZ-140', name: 'Microsoft Certified: Azure Virtual Desktop Specialty', level: 'SPECIALTY', validityMonths: 12 },
  { code: 'AZ-900', name: 'Microsoft Certified: Azure Fundamentals', level: 'FUNDAMENTALS', validityMonths: null },
  { code: 'AI-900', name: 'Microsoft Certified: Azure AI Fundamentals', level: 'FUNDAMENTALS', validityMonths: null },
  {
    code: 'SC-900',
    name: 'Microsoft Certified: Security, Compliance, and Identity Fundamentals',
    level: 'FUNDAMENTALS',
    validityMonths: null,
  },
  { code: 'MO-200', name: 'Microsoft Office Specialist: Excel Associate (Microsoft 365 Apps)', level: 'MOS', validityMonths: null },
  { code: 'MO-400', name: 'Microsoft Office Specialist: Outlook Associate (Microsoft 365 Apps)', level: 'MOS', validityMonths: null },
  { code: 'MCE', name: 'Microsoft Certified Educator', level: 'BUSINESS_USER', validityMonths: null },
];

/** Associate and expert role-based certifications are eligible for MCT; the rest are not. */
const isEligibleLevel = (level: CertificationLevel) => level === 'ASSOCIATE' || level === 'EXPERT';

// Approval periods relative to the day the seed runs: Northwind is approved for a while yet,
// Contoso's approval ends within weeks (shows how a lapsing approval is presented).
const providersFor = (today: DateKey) => [
  {
    slug: 'northwind-learning',
    name: 'Northwind Learning ISC',
    country: 'United States',
    contactEmail: 'isc@northwind-learning.test',
    website: 'https://northwind-learning.test',
    approvedFrom: addDays(today, -3 * 365),
    approvedUntil: addDays(today, 400),
  },
  {
    slug: 'contoso-instructional-skills',
    name: 'Contoso Instructional Skills Academy',
    country: 'United Kingdom',
    contactEmail: 'programs@contoso-isa.test',
    website: 'https://contoso-isa.test',
    approvedFrom: addDays(today, -2 * 365),
    approvedUntil: addDays(today, 40),
  },
];

const agreementsFor = (year: number) =>
  [
    {
      kind: 'MCT_PROGRAM',
      version: String(year),
      title: `MCT Program Agreement ${year}`,
      effectiveFrom: `${year}-01-01`,
      body: 'By accepting this agreement you agree to deliver official Microsoft courseware only as licensed, to use MCT benefits in accordance with Microsoft licensing policies, and to keep confidential material under NDA confidential. The agreement is accepted every program year.',
    },
    {
      kind: 'MCT_ALUMNI',
      version: String(year),
      title: `MCT Alumni Program Agreement ${year}`,
      effectiveFrom: `${year}-01-01`,
      body: 'As MCT Alumni you keep access to MCT Lounge and exam discounts. You may not present yourself as an active MCT or deliver official Microsoft courseware as an MCT.',
    },
    {
      kind: 'MVP_CODE_OF_CONDUCT',
      version: String(year),
      title: 'Microsoft MVP Code of Conduct',
      effectiveFrom: `${year}-01-01`,
      body: 'MVPs are respectful, inclusive and honest in every community they serve, and disclose their MVP status when they speak about Microsoft products.',
    },
    {
      kind: 'MVP_NDA',
      version: String(year),
      title: 'Microsoft MVP Non-Disclosure Agreement',
      effectiveFrom: `${year}-01-01`,
      body: 'Information shared with MVPs under NDA (distribution lists, early access, the MVP Summit) stays confidential until Microsoft makes it public.',
    },
  ] as const;

const day = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);
/** The demo program's time zone: deadlines end with their whole day there. */
const PROGRAM_TIME_ZONE = 'America/Los_Angeles';
const endOfDay = (iso: DateKey) => endOfDayIn(iso, PROGRAM_TIME_ZONE);
const startOfDay = (iso: DateKey) => startOfDayIn(iso, PROGRAM_TIME_ZONE);

export type SeedOptions = {
  /** The day the demo is anchored to; dates are relative to it so the demo never goes stale. */
  today?: DateKey;
  /** Whether MCT self-service enrollment starts on. The demo tells the seed text's story (the
   * enrollment tool is offline; ISC providers start manual applications), so it starts off; the
   * end-to-end tests, which also enrol candidates themselves, start it on. */
  selfServiceEnabled?: boolean;
  /** Where the two pause windows go. The demo keeps the seed text's (20 May to 30 September, this year
   * and next); the end-to-end tests, which must run on any day, place the same 133-day windows around
   * the run day (one that ended 31 days ago, one that starts in 200 days), so self-service is open today. */
  pausesAroundToday?: boolean;
  /** Adds the people only end-to-end journeys use (prisma/seed-e2e.ts). */
  e2eMembers?: boolean;
};

/** The demo's two pause windows (see SeedOptions.pausesAroundToday). */
export function demoPauseWindows(today: DateKey, options: SeedOptions = {}): { startsOn: DateKey; endsOn: DateKey }[] {
  if (options.pausesAroundToday) {
    return [
      { startsOn: addDays(today, -163), endsOn: addDays(today, -31) },
      { startsOn: addDays(today, 200), endsOn: addDays(today, 332) },
    ];
  }
  const year = Number(today.slice(0, 4));
  return [year, year + 1].map((y) => ({ startsOn: `${y}-05-20` as DateKey, endsOn: `${y}-09-30` as DateKey }));
}

/** The program settings a new demo starts with (an existing database keeps its own). */
export function demoProgramSettings(options: SeedOptions = {}) {
  const selfServiceEnabled = options.selfServiceEnabled ?? false;
  return {
    id: 1,
    selfServiceEnabled,
    selfServiceOffReason: selfServiceEnabled ? null : DEMO_OFFLINE_REASON,
    mctFeeWaived: true,
    mctFeeWaiverNote: 'The MCT Program annual fee is currently waived for all new and renewing members.',
  };
}

/** Why self-service is off in the demo: the seed text's notice. */
export const DEMO_OFFLINE_REASON =
  'The MCT Program Enrollment Tool is temporarily offline. Your ISC Provider can start a manual application on your behalf.';

export async function seed(options: SeedOptions = {}): Promise<void> {
  // The demo accounts share a published password: never on a real deployment.
  if (!isDemoAllowed()) throw new Error('Refusing to load demo data: NODE_ENV=production without DEMO_MODE=1.');
  const today = options.today ?? todayIn(PROGRAM_TIME_ZONE);
  const year = Number(today.slice(0, 4));

  await prisma.programSettings.upsert({ where: { id: 1 }, create: demoProgramSettings(options), update: {} });

  for (const [i, c] of CATEGORIES.entries()) {
    const category = await prisma.awardCategory.upsert({
      where: { slug: c.slug },
      create: { slug: c.slug, name: c.name, description: c.description, sortOrder: i },
      update: {},
    });
    for (const [j, name] of c.focusAreas.entries()) {
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      await prisma.focusArea.upsert({
        where: { categoryId_slug: { categoryId: category.id, slug } },
        create: { categoryId: category.id, slug, name, sortOrder: j },
        update: {},
      });
    }
  }

  // The current cycle takes nominations now; the previous one is closed and produced the demo MVP's award.
  const cycleFor = (offsetDays: number, status: 'OPEN' | 'CLOSED') => {
    const opens = addDays(today, offsetDays - 80);
    const awardStartsOn = addDays(today, offsetDays + 220);
    const startYear = Number(awardStartsOn.slice(0, 4));
    return {
      name: `MVP award cycle ${startYear}–${startYear + 1}`,
      status,
      nominationsOpenAt: day(opens),
      nominationsCloseAt: endOfDay(addDays(today, offsetDays + 130)),
      submissionDeadline: endOfDay(addDays(today, offsetDays + 145)),
      reviewDueAt: endOfDay(addDays(today, offsetDays + 175)),
      decisionsReleaseAt: endOfDay(addDays(today, offsetDays + 190)),
      // The renewal window of MVPs whose award year ends in this cycle: open for the current cycle's
      // demo (Morgan's award ends in it), so renewing can be tried at once.
      renewalOpensAt: startOfDay(addDays(today, offsetDays - 10)),
      renewalDeadline: endOfDay(addDays(today, offsetDays + 150)),
      reviewClosedAt: status === 'CLOSED' ? day(addDays(today, offsetDays + 180)) : null,
      closedAt: status === 'CLOSED' ? day(addDays(today, offsetDays + 200)) : null,
      awardStartsOn: day(awardStartsOn),
      // The demo has two reviewers per category: asking for three would leave every submission
      // "needing 1 more" for ever.
      reviewersPerSubmission: 2,
    };
  };
  const allCategories = await prisma.awardCategory.findMany({
    where: { slug: { in: CATEGORIES.map((c) => c.slug) } },
    select: { id: true },
  });
  const categories = { create: allCategories.map((c) => ({ categoryId: c.id })) };
  const current = cycleFor(0, 'OPEN');
  const cycle = await prisma.awardCycle.upsert({ where: { name: current.name }, create: { ...current, categories }, update: {} });
  const previous = cycleFor(-365, 'CLOSED');
  const earlierCycle = await prisma.awardCycle.upsert({ where: { name: previous.name }, create: { ...previous, categories }, update: {} });
  for (const c of [cycle, earlierCycle]) {
    for (const [i, criterion] of CRITERIA.entries()) {
      await prisma.reviewCriterion.upsert({
        where: { cycleId_key: { cycleId: c.id, key: criterion.key } },
        create: { cycleId: c.id, ...criterion, sortOrder: i },
        update: {},
      });
    }
  }

  for (const c of CERTIFICATIONS) {
    await prisma.certification.upsert({
      where: { code: c.code },
      create: { ...c, isEligible: isEligibleLevel(c.level) },
      update: {},
    });
  }

  const providers = new Map<string, string>();
  for (const p of providersFor(today)) {
    const row = await prisma.iscProvider.upsert({
      where: { slug: p.slug },
      create: { ...p, approvedFrom: day(p.approvedFrom), approvedUntil: day(p.approvedUntil) },
      update: {},
    });
    providers.set(p.slug, row.id);
  }

  for (const a of agreementsFor(year)) {
    await prisma.agreement.upsert({
      where: { kind_version: { kind: a.kind, version: a.version } },
      create: { ...a, effectiveFrom: day(a.effectiveFrom) },
      update: {},
    });
  }

  // The seed text's pause: "paused from May 20 to October 1", applications "processed prior to
  // October 1". So 1 October is the day enrollment reopens: the last paused day is 30 September.
  for (const window of demoPauseWindows(today, options)) {
    const [startsOn, endsOn] = [day(window.startsOn), day(window.endsOn)];
    const existing = await prisma.enrollmentPause.findFirst({ where: { startsOn, endsOn } });
    if (!existing) {
      await prisma.enrollmentPause.create({
        data: { startsOn, endsOn, reason: 'Enrollment is paused to allow for system and process enhancements.' },
      });
    }
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const user = await upsertDemoUser(a, passwordHash);
    users.set(a.email, user.id);
    for (const role of a.roles) {
      await prisma.userRole.upsert({ where: { userId_role: { userId: user.id, role } }, create: { userId: user.id, role }, update: {} });
    }
  }
  const userId = (email: string) => users.get(email)!;

  for (const slug of ['azure', 'security']) {
    const category = await prisma.awardCategory.findUniqueOrThrow({ where: { slug } });
    await prisma.reviewerCategory.upsert({
      where: { reviewerId_categoryId: { reviewerId: userId('reviewer@demo.test'), categoryId: category.id } },
      create: { reviewerId: userId('reviewer@demo.test'), categoryId: category.id },
      update: {},
    });
  }

  await prisma.providerStaff.upsert({
    where: { providerId_userId: { providerId: providers.get('northwind-learning')!, userId: userId('provider@demo.test') } },
    create: { providerId: providers.get('northwind-learning')!, userId: userId('provider@demo.test') },
    update: {},
  });

  // Morgan is an active MVP in Azure (the previous cycle's award, accepted): eligible to nominate.
  const azure = await prisma.awardCategory.findUniqueOrThrow({ where: { slug: 'azure' } });
  const awardStartsOn = addDays(today, -140);
  const existingAward = await prisma.award.findFirst({ where: { userId: userId('mvp@demo.test'), categoryId: azure.id } });
  if (!existingAward) {
    await prisma.award.create({
      data: {
        userId: userId('mvp@demo.test'),
        categoryId: azure.id,
        cycleId: earlierCycle.id,
        startsOn: day(awardStartsOn),
        endsOn: day(addDays(addYears(awardStartsOn, 1), -1)),
        acceptedAt: day(addDays(awardStartsOn, 2)),
      },
    });
  }

  // Taylor is an active MCT whose membership year has about five months to run.
  const termStartsOn = addDays(today, -200);
  const membership = await prisma.mctMembership.upsert({
    where: { userId: userId('trainer@demo.test') },
    create: { userId: userId('trainer@demo.test'), status: 'ACTIVE', memberSince: day(termStartsOn) },
    update: {},
  });
  if ((await prisma.mctMembershipTerm.count({ where: { membershipId: membership.id } })) === 0) {
    await prisma.mctMembershipTerm.create({
      data: { membershipId: membership.id, startsOn: day(termStartsOn), endsOn: day(addDays(addYears(termStartsOn, 1), -1)) },
    });
  }

  // MVP demo: an accepted nomination of Casey by Morgan, and Casey's evidence log (prisma/seed-mvp.ts).
  await seedMvp(today);

  // MCT demo: Casey's certification and ISC completion, and Northwind's other completions (prisma/seed-mct.ts).
  await seedMct(today);
  await seedMemberships(today);
  if (options.e2eMembers) await seedE2eMembers(today, passwordHash);

  // Review demo: a second reviewer, submitted nominations to assign, a mid-year round (prisma/seed-reviews.ts).
  await seedReviews({ today, passwordHash });

  // Reach percentiles rank what is in the database now (the worker ranks again every few minutes).
  await refreshReachPercentiles();
}
