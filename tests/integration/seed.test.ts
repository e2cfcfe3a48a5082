import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoPauseWindows, demoProgramSettings, seed } from '@/prisma/seed-data';
import { MIDYEAR_CYCLE_NAME, REVIEW_DEMO_NOMINEES } from '@/prisma/seed-reviews';
import { loadViewer } from '@/lib/auth/viewer';

// The demo data is anchored to a day (dates relative to it); the test anchors it to a fixed day and
// reads status on that day, so it does not age.
const SEED_DAY = '2026-11-22';
const DEMO_DAY = new Date('2026-11-22T20:00:00Z');

async function counts() {
  const [
    users,
    roles,
    categories,
    focusAreas,
    cycles,
    criteria,
    certifications,
    providers,
    staff,
    agreements,
    pauses,
    awards,
    memberships,
    terms,
    nominations,
    nominationEvents,
    evidenceItems,
    evidenceMetrics,
    certificationsHeld,
    iscCompletions,
    submissions,
    submissionItems,
    reviewerCategories,
  ] = await Promise.all([
    prisma.user.count(),
    prisma.userRole.count(),
    prisma.awardCategory.count(),
    prisma.focusArea.count(),
    prisma.awardCycle.count(),
    prisma.reviewCriterion.count(),
    prisma.certification.count(),
    prisma.iscProvider.count(),
    prisma.providerStaff.count(),
    prisma.agreement.count(),
    prisma.enrollmentPause.count(),
    prisma.award.count(),
    prisma.mctMembership.count(),
    prisma.mctMembershipTerm.count(),
    prisma.nomination.count(),
    prisma.nominationEvent.count(),
    prisma.evidenceItem.count(),
    prisma.evidenceMetric.count(),
    prisma.candidateCertification.count(),
    prisma.iscCompletion.count(),
    prisma.submission.count(),
    prisma.submissionItem.count(),
    prisma.reviewerCategory.count(),
  ]);
  return {
    users,
    roles,
    categories,
    focusAreas,
    cycles,
    criteria,
    certifications,
    providers,
    staff,
    agreements,
    pauses,
    awards,
    memberships,
    terms,
    nominations,
    nominationEvents,
    evidenceItems,
    evidenceMetrics,
    certificationsHeld,
    iscCompletions,
    submissions,
    submissionItems,
    reviewerCategories,
  };
}

async function viewerOf(email: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const viewer = await loadViewer(user.id, DEMO_DAY);
  if (!viewer) throw new Error(`no viewer for ${email}`);
  return viewer;
}

describe('demo data', () => {
  let before: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    before = await counts();
    await seed({ today: SEED_DAY });
  });

  it('adds the demo program: categories, focus areas, certifications, providers, one account per role', async () => {
    const after = await counts();
    expect(after.users - before.users).toBe(DEMO_ACCOUNTS.length + REVIEW_DEMO_NOMINEES.length);
    expect(await prisma.awardCategory.count({ where: { slug: { in: ['azure', 'ai-platform', 'security', 'm365'] } } })).toBe(4);
    expect(await prisma.focusArea.count({ where: { category: { slug: 'azure' }, name: 'Kubernetes' } })).toBe(1);
    expect(await prisma.certification.findUnique({ where: { code: 'AZ-104' } })).toMatchObject({ isEligible: true });
    expect(await prisma.certification.findUnique({ where: { code: 'AZ-900' } })).toMatchObject({ isEligible: false });
    expect(await prisma.iscProvider.count({ where: { slug: { in: ['northwind-learning', 'contoso-instructional-skills'] } } })).toBe(2);
  });

  it('changes nothing when run a second time', async () => {
    const once = await counts();
    await seed({ today: SEED_DAY });
    expect(await counts()).toEqual(once);
  });

  it('creates every demo account with its roles and the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUnique({ where: { email: account.email }, include: { roles: true } });
      expect(user, account.email).not.toBeNull();
      expect(user!.roles.map((r) => r.role).sort()).toEqual([...account.roles].sort());
    }
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: 'admin@demo.test' } });
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it('makes the demo MVP an active MVP in Azure who may nominate', async () => {
    const mvp = await viewerOf('mvp@demo.test');
    expect(mvp.mvp.isActiveMvp).toBe(true);
    expect(mvp.mvp.active.map((a) => a.categoryName)).toEqual(['Azure']);
    expect(mvp.canNominate).toBe(true);
  });

  it('lets the demo employee nominate, and not the candidate', async () => {
    expect((await viewerOf('employee@demo.test')).canNominate).toBe(true);
    const candidate = await viewerOf('candidate@demo.test');
    expect(candidate.canNominate).toBe(false);
    expect(candidate.mvp.isActiveMvp).toBe(false);
    expect(candidate.roles).toEqual([]);
    expect(candidate.providerIds).toEqual([]);
  });

  it('gives the demo candidate an accepted nomination by the demo MVP and a log with one item outside the window', async () => {
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@demo.test' } });
    const nominations = await prisma.nomination.findMany({
      where: { nomineeId: candidate.id },
      select: {
        status: true,
        nominator: { select: { email: true } },
        category: { select: { slug: true } },
        events: { select: { status: true } },
      },
    });
    expect(nominations).toEqual([
      {
        status: 'ACCEPTED',
        nominator: { email: 'mvp@demo.test' },
        category: { slug: 'azure' },
        events: expect.arrayContaining([{ status: 'INVITED' }, { status: 'ACCEPTED' }]),
      },
    ]);
    const items = await prisma.evidenceItem.findMany({ where: { ownerId: candidate.id }, select: { startDate: true } });
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.some((i) => i.startDate < new Date('2025-11-23T00:00:00Z'))).toBe(true);
  });

  it('gives the demo candidate an eligible certification and a Northwind ISC completion, the agreement still to accept', async () => {
    const candidate = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@demo.test' } });
    const held = await prisma.candidateCertification.findMany({
      where: { userId: candidate.id },
      select: { certification: { select: { code: true } } },
    });
    expect(held.map((h) => h.certification.code)).toEqual(['AZ-104']);
    const completions = await prisma.iscCompletion.findMany({
      where: { candidateEmail: 'candidate@demo.test' },
      select: { userId: true, provider: { select: { slug: true } } },
    });
    expect(completions).toEqual([{ userId: candidate.id, provider: { slug: 'northwind-learning' } }]);
    expect(await prisma.iscCompletion.count({ where: { provider: { slug: 'northwind-learning' } } })).toBeGreaterThanOrEqual(4);
  });

  it('makes the demo provider staff of Northwind Learning ISC', async () => {
    const northwind = await prisma.iscProvider.findUniqueOrThrow({ where: { slug: 'northwind-learning' } });
    expect((await viewerOf('provider@demo.test')).providerIds).toEqual([northwind.id]);
  });

  it('makes the demo admin an admin and the demo trainer an active MCT', async () => {
    expect((await viewerOf('admin@demo.test')).roles).toContain('ADMIN');
    expect((await viewerOf('reviewer@demo.test')).roles).toEqual(['REVIEWER']);
    expect((await viewerOf('trainer@demo.test')).mct).toEqual({ standing: 'ACTIVE', termEndsOn: '2027-05-05' });
  });

  it('has submitted nominations ready to assign, reviewed by both demo reviewers, and a mid-year round for the review journey', async () => {
    for (const email of ['reviewer@demo.test', 'reviewer2@demo.test']) {
      const rows = await prisma.reviewerCategory.findMany({
        where: { reviewer: { email } },
        select: { category: { select: { slug: true } } },
      });
      expect(rows.map((r) => r.category.slug).sort()).toEqual(['azure', 'security']);
    }
    const submitted = await prisma.submission.findMany({
      where: { candidate: { email: { in: REVIEW_DEMO_NOMINEES.map((n) => n.email) } } },
      select: {
        status: true,
        cycle: { select: { name: true } },
        _count: { select: { items: true } },
        nomination: { select: { status: true } },
      },
    });
    expect(submitted).toHaveLength(REVIEW_DEMO_NOMINEES.length);
    for (const s of submitted) {
      expect(s).toMatchObject({ status: 'SUBMITTED', nomination: { status: 'SUBMITTED' } });
      expect(s._count.items).toBeGreaterThanOrEqual(2);
    }
    expect(submitted.filter((s) => s.cycle.name === MIDYEAR_CYCLE_NAME(SEED_DAY))).toHaveLength(1);
    const nominee = await prisma.user.findUniqueOrThrow({ where: { email: REVIEW_DEMO_NOMINEES[0]!.email } });
    expect(await verifyPassword(nominee.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it('tells the seed text’s story: MCT self-service is offline (with the notice), and each cycle asks for as many reviews as there are reviewers', async () => {
    // What a new demo database starts with (this test database's settings were made by other tests first).
    const settings = demoProgramSettings();
    expect(settings).toMatchObject({ selfServiceEnabled: false });
    expect(settings.selfServiceOffReason).toMatch(/^The MCT Program Enrollment Tool is temporarily offline\./);
    expect(demoProgramSettings({ selfServiceEnabled: true })).toMatchObject({ selfServiceEnabled: true, selfServiceOffReason: null });
    // The seed text's pause, this year and next; the end-to-end tests' windows leave every run day open.
    expect(demoPauseWindows('2027-07-01')).toEqual([
      { startsOn: '2027-05-20', endsOn: '2027-09-30' },
      { startsOn: '2028-05-20', endsOn: '2028-09-30' },
    ]);
    for (const today of ['2027-01-01', '2027-07-01', '2027-09-30', '2027-12-31'] as const) {
      const windows = demoPauseWindows(today, { pausesAroundToday: true });
      expect(windows.every((w) => today < w.startsOn || today > w.endsOn)).toBe(true);
      expect(windows.some((w) => w.endsOn < today)).toBe(true);
    }
    // The demo's own cycles (this database also holds other tests' cycles): those its nominees are in.
    const cycles = await prisma.awardCycle.findMany({
      where: { nominations: { some: { nomineeEmail: { in: REVIEW_DEMO_NOMINEES.map((n) => n.email) } } } },
      select: { reviewersPerSubmission: true },
    });
    expect(cycles.length).toBeGreaterThanOrEqual(2);
    const reviewers = await prisma.reviewerCategory.count({ where: { category: { slug: 'azure' } } });
    for (const c of cycles) expect(c.reviewersPerSubmission).toBeLessThanOrEqual(reviewers);
  });
});
