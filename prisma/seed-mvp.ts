// Demo data for the MVP side: Morgan (an active MVP) nominated Casey in Azure > Kubernetes, Casey
// accepted and has logged a few contributions (one older than 12 months), ready to submit.
// Idempotent: rows are found by natural keys (nominator, nominee and category; owner and title).
import { addDays, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import { addDemoEvidence, type DemoEvidenceItem } from './seed-helpers';

const day = (iso: DateKey) => new Date(`${iso}T00:00:00Z`);

type DemoItem = DemoEvidenceItem & { url: string };

const ITEMS: DemoItem[] = [
  {
    title: 'Running AKS on a budget',
    type: 'BLOG',
    role: 'AUTHOR',
    daysAgo: 40,
    audience: 'DEVELOPERS',
    description: 'A three-part series on sizing node pools, spot instances and autoscaling for small teams running AKS.',
    url: 'https://casey.example.com/aks-on-a-budget',
    metrics: { VIEWS: 12_000, PAGE_VISIT_SECONDS: 240 },
    isHighImpact: true,
  },
  {
    title: 'Kubernetes networking explained',
    type: 'SPEAKING_USER_GROUP',
    role: 'SPEAKER',
    daysAgo: 95,
    audience: 'IT_PROFESSIONALS',
    description: 'A talk at the Seattle Kubernetes user group on CNI choices, network policies and ingress on AKS.',
    url: 'https://meetup.example.com/seattle-k8s/networking',
    metrics: { ATTENDEES: 85, SESSIONS: 1 },
  },
  {
    title: 'GitOps with Flux in 20 minutes',
    type: 'VIDEO',
    role: 'AUTHOR',
    daysAgo: 160,
    audience: 'DEVELOPERS',
    description: 'A hands-on video setting up Flux on AKS from scratch, with the repository to follow along.',
    url: 'https://video.example.com/gitops-flux',
    metrics: { VIEWS: 4_300 },
  },
  {
    title: 'Getting started with Azure Container Instances',
    type: 'BLOG',
    role: 'AUTHOR',
    daysAgo: 500,
    audience: 'DEVELOPERS',
    description: 'An introduction to ACI for developers moving their first containers to Azure.',
    url: 'https://casey.example.com/aci-getting-started',
    metrics: { VIEWS: 2_100 },
  },
];

/** Loads the MVP demo data for the day the demo is anchored to. */
export async function seedMvp(today: DateKey): Promise<void> {
  const [mvp, candidate, azure] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { email: 'mvp@demo.test' }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: 'candidate@demo.test' }, select: { id: true, email: true, name: true } }),
    prisma.awardCategory.findUniqueOrThrow({ where: { slug: 'azure' }, select: { id: true } }),
  ]);
  const kubernetes = await prisma.focusArea.findUnique({
    where: { categoryId_slug: { categoryId: azure.id, slug: 'kubernetes' } },
    select: { id: true },
  });
  const cycle = await prisma.awardCycle.findFirst({
    where: { status: 'OPEN' },
    orderBy: { nominationsOpenAt: 'desc' },
    select: { id: true },
  });
  if (!cycle) return;

  const existing = await prisma.nomination.findFirst({
    where: { nominatorId: mvp.id, nomineeEmail: candidate.email, categoryId: azure.id },
    select: { id: true },
  });
  if (!existing) {
    // Mid-morning in the program's time zone (Pacific), so the history reads as a working day.
    const invitedAt = new Date(`${addDays(today, -10)}T17:30:00Z`);
    const acceptedAt = new Date(`${addDays(today, -8)}T18:15:00Z`);
    await prisma.nomination.create({
      data: {
        cycleId: cycle.id,
        nominatorId: mvp.id,
        nomineeId: candidate.id,
        nomineeName: candidate.name ?? 'Casey Candidate',
        nomineeEmail: candidate.email,
        categoryId: azure.id,
        focusAreaId: kubernetes?.id ?? null,
        statement:
          'Casey runs the Seattle Kubernetes user group and writes the clearest AKS cost guidance I know; teams across the community use it to size their clusters.',
        relationship: 'COMMUNITY_PEER',
        status: 'ACCEPTED',
        invitedAt,
        createdAt: invitedAt,
        inviteExpiresAt: day(addDays(today, 20)),
        respondedAt: acceptedAt,
        events: {
          create: [
            { status: 'INVITED', at: invitedAt },
            { status: 'ACCEPTED', at: acceptedAt },
          ],
        },
      },
    });
  }

  for (const item of ITEMS) {
    await addDemoEvidence(candidate.id, item, { today, url: item.url, categoryId: azure.id, focusAreaId: kubernetes?.id ?? null });
  }
}
