// Factories for the review, decision and award tests: a cycle with its rubric, reviewers of
// categories, submitted nominations with frozen evidence, and the viewers who act on them.
import { prisma } from '@/lib/db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { reviewInputSchema } from '@/lib/reviews/schema';
import { createCategory, createUser, day, unique, uniqueEmail } from './factories';

export const RUBRIC = [
  { key: 'impact', label: 'Impact and reach', weight: '0.30' },
  { key: 'quality', label: 'Quality and technical depth', weight: '0.25' },
  { key: 'consistency', label: 'Consistency across the 12 months', weight: '0.15' },
  { key: 'leadership', label: 'Community leadership', weight: '0.15' },
  { key: 'fit', label: 'Fit to the category', weight: '0.15' },
];

/** A cycle in review with the five-criterion rubric. */
export async function createReviewCycle(
  opts: {
    reviewersPerSubmission?: number;
    scoreMin?: number;
    scoreMax?: number;
    reviewDueAt?: Date;
    awardStartsOn?: string;
    renewalOpensAt?: Date;
    renewalDeadline?: Date;
    reviewClosedAt?: Date | null;
    /** The award categories the cycle takes (nominations and renewals). */
    categoryIds?: string[];
  } = {},
) {
  return prisma.awardCycle.create({
    data: {
      name: unique('review-cycle'),
      status: 'IN_REVIEW',
      nominationsOpenAt: new Date('2026-09-01T07:00:00Z'),
      nominationsCloseAt: new Date('2027-04-01T06:59:59Z'),
      submissionDeadline: new Date('2027-04-16T06:59:59Z'),
      reviewDueAt: opts.reviewDueAt ?? new Date('2027-05-16T06:59:59Z'),
      decisionsReleaseAt: new Date('2027-06-01T06:59:59Z'),
      renewalOpensAt: opts.renewalOpensAt ?? new Date('2027-04-01T07:00:00Z'),
      renewalDeadline: opts.renewalDeadline ?? new Date('2027-06-01T06:59:59Z'),
      reviewClosedAt: opts.reviewClosedAt ?? null,
      awardStartsOn: day(opts.awardStartsOn ?? '2027-07-01'),
      reviewersPerSubmission: opts.reviewersPerSubmission ?? 2,
      scoreMin: opts.scoreMin ?? 1,
      scoreMax: opts.scoreMax ?? 5,
      criteria: { create: RUBRIC.map((c, sortOrder) => ({ ...c, sortOrder })) },
      categories: { create: (opts.categoryIds ?? []).map((categoryId) => ({ categoryId })) },
    },
    include: { criteria: { orderBy: { sortOrder: 'asc' } } },
  });
}

/** A reviewer of the given categories (addresses on a domain of their own unless told). */
export async function createReviewer(categoryIds: string[], opts: { email?: string; name?: string } = {}) {
  return createUser({
    email: opts.email ?? uniqueEmail('reviewer', `${unique('reviews')}.test`),
    name: opts.name ?? unique('Reviewer'),
    roles: ['REVIEWER'],
  }).then(async (u) => {
    await prisma.reviewerCategory.createMany({ data: categoryIds.map((categoryId) => ({ reviewerId: u.id, categoryId })) });
    return u;
  });
}

export async function viewerOf(userId: string, now?: Date): Promise<Viewer> {
  const v = await loadViewer(userId, now);
  if (!v) throw new Error(`no viewer for ${userId}`);
  return v;
}

export async function createAdmin(): Promise<Viewer> {
  return viewerOf((await createUser({ roles: ['ADMIN'], email: uniqueEmail('admin', 'programs.test') })).id);
}

/** Evidence items in a person's log, with reach metrics. */
export async function createEvidence(ownerId: string, dates: string[], opts: { isFullTimeJob?: boolean } = {}) {
  const items = [];
  for (const [i, startDate] of dates.entries()) {
    items.push(
      await prisma.evidenceItem.create({
        data: {
          ownerId,
          type: 'BLOG',
          role: 'AUTHOR',
          title: `Article ${i + 1}: ${unique('topic')}`,
          description: 'An in-depth article on running workloads in production.',
          startDate: day(startDate),
          audience: 'DEVELOPERS',
          isFullTimeJob: opts.isFullTimeJob ?? false,
          privateNote: 'Numbers from the blog platform’s analytics.',
          metrics: { create: [{ metric: 'VIEWS', value: 1200 + i }] },
        },
      }),
    );
  }
  return items;
}

/** A nomination submitted with two frozen evidence items, waiting for reviewers. */
export async function createSubmittedNomination(opts: {
  cycleId: string;
  categoryId?: string;
  nominatorId?: string;
  candidateEmail?: string;
  endorserIds?: string[];
}) {
  const categoryId = opts.categoryId ?? (await createCategory()).id;
  const nominatorId = opts.nominatorId ?? (await createUser({ roles: ['EMPLOYEE'] })).id;
  const candidate = await createUser({
    email: opts.candidateEmail ?? uniqueEmail('candidate', `${unique('org')}.test`),
    name: unique('Candidate'),
  });
  const nomination = await prisma.nomination.create({
    data: {
      cycleId: opts.cycleId,
      nominatorId,
      nomineeId: candidate.id,
      nomineeName: candidate.name!,
      nomineeEmail: candidate.email,
      categoryId,
      statement: 'Runs a monthly user group and writes in-depth articles that many people read.',
      relationship: 'COMMUNITY_PEER',
      status: 'SUBMITTED',
      inviteExpiresAt: new Date(Date.now() + 14 * 86_400_000),
      endorsements: { create: (opts.endorserIds ?? []).map((endorserId) => ({ endorserId, statement: 'I back this nomination.' })) },
    },
  });
  const submission = await prisma.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: nomination.id,
      candidateId: candidate.id,
      cycleId: opts.cycleId,
      categoryId,
      windowStart: day('2026-03-01'),
      windowEnd: day('2027-02-28'),
      items: {
        create: [0, 1].map((position) => ({
          position,
          type: 'VIDEO' as const,
          role: 'AUTHOR' as const,
          title: `Video ${position + 1}`,
          description: 'A walkthrough of a production deployment.',
          startDate: day(`2026-0${position + 5}-10`),
          audience: 'DEVELOPERS' as const,
          isPaid: false,
          privateNote: 'Views from the channel analytics.',
          isHighImpact: position === 0,
          metrics: { VIEWS: 5400 + position },
        })),
      },
    },
  });
  return { candidate, nomination, submission, categoryId, nominatorId };
}

/** Scores every criterion of a cycle with one value, as the rubric form sends them. */
export function flatScores(criteria: { id: string }[], score: number | string): Record<string, string> {
  return Object.fromEntries(criteria.map((c) => [c.id, String(score)]));
}

/** A whole review as the rubric form submits it: every criterion at `score`, confidence and comments. */
export function submittedReviewInput(assignmentId: string, version: number, criteria: { id: string }[], score: number) {
  return reviewInputSchema.parse({
    assignmentId,
    version,
    intent: 'submit',
    scores: flatScores(criteria, score),
    confidence: '3',
    committeeComment: 'Strong, sustained reach in the category.',
    candidateFeedback: 'Your videos reach a wide audience; keep going.',
  });
}
