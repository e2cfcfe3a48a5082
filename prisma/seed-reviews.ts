// Demo data for review: a second reviewer (both review Azure and Security), a few submitted
// nominations in the current cycle the admin can assign right away, and a small mid-year round with
// one submitted nomination that the end-to-end test takes from assignment to an accepted award (so
// closing review there never disturbs the current cycle). Every nominee has the demo password.
// Idempotent: rows are found by natural keys (emails, cycle names, nominee and category, owner and title).
import { addDays, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { addDemoEvidence, type DemoEvidenceItem, upsertDemoUser } from './seed-helpers';
import { evidenceWindow } from '@/lib/evidence/window';
import { submittableEvidence } from '@/lib/awards/renewal';
import { snapshotItems } from '@/lib/evidence/snapshot';

const day = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);
/** An instant at the end of a calendar day in the program's time zone (Pacific time for the demo). */
const endOfDay = (iso: DateKey) => new Date(`${iso}T23:59:59.999-08:00`);

/** The name of the mid-year round (the end-to-end review journey's own cycle). */
export const MIDYEAR_CYCLE_NAME = (today: DateKey) => `MVP mid-year round ${today.slice(0, 4)}`;

type Nominee = {
  email: string;
  name: string;
  category: string;
  focusArea: string;
  nominator: string;
  cycle: 'current' | 'midyear';
  statement: string;
};

/** Nominees live on their own (company) domains: a shared domain with a reviewer is a conflict of interest. */
export const REVIEW_DEMO_NOMINEES: Nominee[] = [
  {
    email: 'nina.nominee@fabrikam-demo.test',
    name: 'Nina Nominee',
    category: 'azure',
    focusArea: 'kubernetes',
    nominator: 'mvp@demo.test',
    cycle: 'current',
    statement:
      'Nina runs the largest Kubernetes meetup in her region and writes the AKS upgrade guides that half of our customers follow. Her sessions are practical, honest about trade-offs, and always come with code.',
  },
  {
    email: 'omar.nominee@contoso-demo.test',
    name: 'Omar Nominee',
    category: 'azure',
    focusArea: 'infrastructure-as-code',
    nominator: 'employee@demo.test',
    cycle: 'current',
    statement:
      'Omar maintains a popular Bicep module library and answers Infrastructure as Code questions on Microsoft Q&A every week. His answers are precise and he follows up until the problem is solved.',
  },
  {
    email: 'sara.nominee@tailspin-demo.test',
    name: 'Sara Nominee',
    category: 'security',
    focusArea: 'identity-access',
    nominator: 'employee@demo.test',
    cycle: 'current',
    statement:
      'Sara teaches identity and access management to administrators through workshops and a widely shared blog on Conditional Access. She mentors newcomers to the security community.',
  },
  {
    email: 'erin.example@northwind-demo.test',
    name: 'Erin Example',
    category: 'azure',
    focusArea: 'cloud-native',
    nominator: 'employee@demo.test',
    cycle: 'midyear',
    statement:
      'Erin organises cloud-native workshops for students and publishes sample applications that show Azure Container Apps end to end. Hundreds of developers learned the platform through her material.',
  },
];

type DemoItem = DemoEvidenceItem;

const itemsFor = (n: Nominee, focus: string): DemoItem[] => [
  {
    title: `${focus} in production: lessons learned`,
    type: 'BLOG',
    role: 'AUTHOR',
    daysAgo: 20,
    audience: 'DEVELOPERS',
    description: `A long-form article series on running ${focus} workloads in production, with the mistakes and the fixes.`,
    metrics: { VIEWS: 14_800, PAGE_VISIT_SECONDS: 290 },
    privateNote: 'Views and time on page from the blog analytics.',
    isHighImpact: true,
  },
  {
    title: `${focus} deep dive (conference talk)`,
    type: 'SPEAKING_CONFERENCE',
    role: 'SPEAKER',
    daysAgo: 80,
    audience: 'IT_PROFESSIONALS',
    description: `A 45-minute session on ${focus}, rated 4.7 of 5 by attendees.`,
    metrics: { ATTENDEES: 420, SESSIONS: 1, VIEWS: 2_900 },
    privateNote: 'Attendance from the organiser’s report; recording views from the conference channel.',
  },
  {
    title: `${focus} samples on GitHub`,
    type: 'OPEN_SOURCE',
    role: 'MAINTAINER',
    daysAgo: 150,
    audience: 'DEVELOPERS',
    description: `Sample applications and templates for ${focus}, with issues answered weekly.`,
    metrics: { STARS: 1_350, FORKS: 210, CONTRIBUTORS: 18 },
  },
  {
    title: `Answers on Microsoft Q&A about ${focus}`,
    type: 'FORUM_ANSWERS',
    role: 'CONTRIBUTOR',
    daysAgo: 250,
    audience: 'IT_PROFESSIONALS',
    description: `Detailed answers to ${n.name.split(' ')[0]}'s favourite kind of question: the ones nobody else answers.`,
    metrics: { ANSWERS: 180, VIEWS: 41_000 },
  },
];

/** Loads the review demo for the day the demo is anchored to. */
export async function seedReviews(opts: { today: DateKey; passwordHash: string }): Promise<void> {
  const { today, passwordHash } = opts;
  const reviewers = await prisma.user.findMany({
    where: { email: { in: ['reviewer@demo.test', 'reviewer2@demo.test'] } },
    select: { id: true },
  });
  for (const slug of ['azure', 'security']) {
    const category = await prisma.awardCategory.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    for (const r of reviewers) {
      await prisma.reviewerCategory.upsert({
        where: { reviewerId_categoryId: { reviewerId: r.id, categoryId: category.id } },
        create: { reviewerId: r.id, categoryId: category.id },
        update: {},
      });
    }
  }

  const current = await prisma.awardCycle.findFirst({
    where: { status: 'OPEN' },
    orderBy: { nominationsOpenAt: 'desc' },
    select: { id: true },
  });
  if (!current) return;
  const rubric = await prisma.reviewCriterion.findMany({
    where: { cycleId: current.id },
    orderBy: { sortOrder: 'asc' },
    select: { key: true, label: true, description: true, weight: true, sortOrder: true },
  });
  // A small round already in review; its award year began on the first of this month.
  const midyear = await prisma.awardCycle.upsert({
    where: { name: MIDYEAR_CYCLE_NAME(today) },
    create: {
      name: MIDYEAR_CYCLE_NAME(today),
      status: 'IN_REVIEW',
      nominationsOpenAt: day(addDays(today, -150)),
      nominationsCloseAt: endOfDay(addDays(today, -90)),
      submissionDeadline: endOfDay(addDays(today, -60)),
      reviewDueAt: endOfDay(addDays(today, 14)),
      decisionsReleaseAt: endOfDay(addDays(today, 21)),
      renewalOpensAt: endOfDay(addDays(today, -60)),
      renewalDeadline: endOfDay(addDays(today, -30)),
      awardStartsOn: day(`${today.slice(0, 7)}-01`),
      reviewersPerSubmission: 2,
      criteria: { create: rubric.map((c) => ({ ...c })) },
      categories: {
        create: [{ categoryId: (await prisma.awardCategory.findUniqueOrThrow({ where: { slug: 'azure' }, select: { id: true } })).id }],
      },
    },
    update: {},
    select: { id: true },
  });

  for (const n of REVIEW_DEMO_NOMINEES) {
    const category = await prisma.awardCategory.findUniqueOrThrow({ where: { slug: n.category }, select: { id: true, name: true } });
    const focusArea = await prisma.focusArea.findUniqueOrThrow({
      where: { categoryId_slug: { categoryId: category.id, slug: n.focusArea } },
      select: { id: true, name: true },
    });
    const nominator = await prisma.user.findUniqueOrThrow({ where: { email: n.nominator }, select: { id: true } });
    const nominee = await upsertDemoUser(n, passwordHash);

    for (const item of itemsFor(n, focusArea.name)) {
      await addDemoEvidence(nominee.id, item, {
        today,
        url: `https://${n.email.split('@')[1]!.replace('-demo.test', '.example')}/${item.type.toLowerCase()}`,
        categoryId: category.id,
        focusAreaId: focusArea.id,
      });
    }

    const cycleId = n.cycle === 'current' ? current.id : midyear.id;
    const existing = await prisma.nomination.findFirst({
      where: { nomineeEmail: n.email, categoryId: category.id, cycleId },
      select: { id: true },
    });
    if (existing) continue;
    // Invited, accepted and submitted some weeks ago (the mid-year nominee before its deadline).
    const submittedOn = addDays(today, n.cycle === 'current' ? -3 : -65);
    const invitedAt = day(addDays(submittedOn, -20));
    const nomination = await prisma.nomination.create({
      data: {
        cycleId,
        nominatorId: nominator.id,
        nomineeId: nominee.id,
        nomineeName: n.name,
        nomineeEmail: n.email,
        categoryId: category.id,
        focusAreaId: focusArea.id,
        statement: n.statement,
        relationship: n.nominator === 'mvp@demo.test' ? 'COMMUNITY_PEER' : 'MICROSOFT_CONTACT',
        status: 'SUBMITTED',
        invitedAt,
        // Created when invited (as a real nomination is), so date filters on created dates see it then.
        createdAt: invitedAt,
        inviteExpiresAt: day(addDays(submittedOn, 10)),
        respondedAt: day(addDays(submittedOn, -15)),
        events: {
          create: [
            { status: 'INVITED', at: invitedAt },
            { status: 'ACCEPTED', at: day(addDays(submittedOn, -15)) },
            { status: 'SUBMITTED', at: day(submittedOn), note: 'Evidence submitted' },
          ],
        },
      },
      select: { id: true },
    });
    const window = evidenceWindow(submittedOn);
    const items = await submittableEvidence(prisma, nominee.id, window);
    await prisma.submission.create({
      data: {
        kind: 'NOMINATION',
        nominationId: nomination.id,
        candidateId: nominee.id,
        cycleId,
        categoryId: category.id,
        focusAreaId: focusArea.id,
        windowStart: day(window.start),
        windowEnd: day(window.end),
        submittedAt: day(submittedOn),
        items: { create: snapshotItems(items) },
      },
    });
  }
}
