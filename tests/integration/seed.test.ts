import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { loadViewer } from '@/lib/people/viewer';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from '@/prisma/seed-data';

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
    expect(after.users - before.users).toBe(DEMO_ACCOUNTS.length);
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

  it('makes the demo provider staff of Northwind Learning ISC', async () => {
    const northwind = await prisma.iscProvider.findUniqueOrThrow({ where: { slug: 'northwind-learning' } });
    expect((await viewerOf('provider@demo.test')).providerIds).toEqual([northwind.id]);
  });

  it('makes the demo admin an admin and the demo trainer an active MCT', async () => {
    expect((await viewerOf('admin@demo.test')).roles).toContain('ADMIN');
    expect((await viewerOf('reviewer@demo.test')).roles).toEqual(['REVIEWER']);
    expect((await viewerOf('trainer@demo.test')).mct).toEqual({ standing: 'ACTIVE', termEndsOn: '2027-05-05' });
  });
});
