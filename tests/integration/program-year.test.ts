// The rest of a program year set up in the portal, on PostgreSQL: the award category catalogue
// (add, rename, reorder, retire; nothing deleted), agreement versions (published, corrected only
// before they are in force, accepted again before the actions they cover) and the MVP renewal
// window (opened by its job, reminders sent at once, expiry, withdrawal, new evidence only).
// Services run at fixed moments in 2060, so this file's agreements and cycles are the current ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptPendingAgreements, pendingAgreements } from '@/lib/agreements/pending';
import { saveAgreement } from '@/lib/agreements/service';
import { getRenewalPreview } from '@/lib/awards/queries';
import { submitRenewal, withdrawRenewal } from '@/lib/awards/renewal';
import { expireRenewals, openRenewals, remindRenewals } from '@/lib/awards/renewal-window';
import { reorder, saveCategory, saveFocusArea, setRetired } from '@/lib/categories/service';
import { prisma } from '@/lib/db';
import { listNominationCategoryOptions } from '@/lib/nominations/queries';
import type { Viewer } from '@/lib/auth/viewer';
import { createAward, createCategory, createUser, day, unique } from '@/tests/support/factories';
import { refusal } from '@/tests/support/refusal';
import { createEvidence, createReviewCycle, viewerOf } from '@/tests/support/review-factories';

const LA = 'America/Los_Angeles';
const NOW = new Date('2060-03-10T18:00:00Z');
let admin: Viewer;

beforeAll(async () => {
  await prisma.programSettings.upsert({ where: { id: 1 }, create: { id: 1, timeZone: LA }, update: {} });
  admin = await viewerOf((await createUser({ roles: ['ADMIN'], timeZone: LA })).id);
});

describe('the award category catalogue', () => {
  it('adds a category last, renames it, and refuses a taken name and a stale page', async () => {
    const name = unique('Quantum');
    const { id, version } = await saveCategory(admin, { version: 0, name, description: 'Quantum computing.' });
    const row = await prisma.awardCategory.findUniqueOrThrow({ where: { id } });
    expect(row.sortOrder).toBe((await prisma.awardCategory.aggregate({ _max: { sortOrder: true } }))._max.sortOrder);
    const renamed = await saveCategory(admin, { id, version, name: `${name} Computing`, description: '' });
    expect(renamed.version).toBe(version + 1);
    const stale = await refusal(saveCategory(admin, { id, version, name: `${name} Again`, description: '' }));
    expect(stale.message).toMatch(/^Someone else changed this/);
    expect((await prisma.awardCategory.findUniqueOrThrow({ where: { id } })).name).toBe(`${name} Computing`);
    const other = await createCategory();
    const taken = await refusal(saveCategory(admin, { id, version: renamed.version, name: other.name, description: '' }));
    expect(taken.fieldErrors.name).toEqual(['Another category has this name']);
  });

  it('reorders focus areas without gaps, and retires one: past records keep it, forms no longer offer it', async () => {
    const category = await createCategory();
    const first = await saveFocusArea(admin, { categoryId: category.id, version: 0, name: 'Alpha' });
    const second = await saveFocusArea(admin, { categoryId: category.id, version: 0, name: 'Beta' });
    await reorder(admin, { kind: 'focusArea', id: second.id, version: second.version, direction: 'up' });
    const order = await prisma.focusArea.findMany({ where: { categoryId: category.id }, orderBy: { sortOrder: 'asc' } });
    expect(order.map((f) => [f.name, f.sortOrder])).toEqual([
      ['Beta', 0],
      ['Alpha', 1],
    ]);
    // The moved-past area changed too: a page showing its old version is told.
    expect((await refusal(setRetired(admin, { kind: 'focusArea', id: first.id, version: first.version, retired: true }))).code).toBe(
      'CONFLICT',
    );

    const cycle = await createReviewCycle({ categoryIds: [category.id] });
    await prisma.awardCycle.update({
      where: { id: cycle.id },
      data: {
        status: 'OPEN',
        nominationsOpenAt: new Date('2060-01-01'),
        nominationsCloseAt: new Date('2060-12-31'),
        submissionDeadline: new Date('2060-12-31'),
      },
    });
    expect((await listNominationCategoryOptions(NOW)).map((c) => c.id)).toContain(category.id);
    const award = await createAward({
      userId: (await createUser()).id,
      categoryId: category.id,
      startsOn: '2059-07-01',
      endsOn: '2060-06-30',
    });
    const current = await prisma.awardCategory.findUniqueOrThrow({ where: { id: category.id } });
    await setRetired(admin, { kind: 'category', id: category.id, version: current.version, retired: true });
    expect((await listNominationCategoryOptions(NOW)).map((c) => c.id)).not.toContain(category.id);
    expect((await prisma.award.findUniqueOrThrow({ where: { id: award.id }, include: { category: true } })).category.isActive).toBe(false);
  });
});

describe('agreement versions', () => {
  it('publishes a version from today on, corrects it only before it is in force, and refuses a stale or duplicate one', async () => {
    const version = unique('2060');
    const input = {
      revision: 0,
      kind: 'MVP_NDA' as const,
      version,
      title: 'MVP NDA',
      body: 'Information shared under NDA stays confidential.',
      effectiveFrom: '2060-03-01',
    };
    expect((await refusal(saveAgreement(admin, input, NOW))).fieldErrors.effectiveFrom?.[0]).toMatch(/never in the past/);
    const { id } = await saveAgreement(admin, { ...input, effectiveFrom: '2060-04-01' }, NOW);
    await saveAgreement(admin, { ...input, id, title: 'Microsoft MVP NDA', effectiveFrom: '2060-04-01' }, NOW);
    expect((await refusal(saveAgreement(admin, { ...input, id, effectiveFrom: '2060-04-01' }, NOW))).message).toMatch(
      /^Someone else changed/,
    );
    expect((await refusal(saveAgreement(admin, { ...input, effectiveFrom: '2060-05-01' }, NOW))).fieldErrors.version).toEqual([
      'This agreement already has a version with this name',
    ]);
    const inForce = await refusal(
      saveAgreement(admin, { ...input, id, revision: 1, effectiveFrom: '2060-04-01' }, new Date('2060-04-02T18:00:00Z')),
    );
    expect(inForce.message).toMatch(/Publish a new version instead/);
  });
});

describe('the MVP renewal window', () => {
  /** An MVP whose award ends in a cycle of their own category, with their nomination's items and newer ones. */
  async function mvpWithCycle(opts: { opensAt?: Date; deadline?: Date } = {}) {
    const category = await createCategory();
    const cycle = await createReviewCycle({
      categoryIds: [category.id],
      renewalOpensAt: opts.opensAt ?? new Date('2060-03-01T08:00:00Z'),
      renewalDeadline: opts.deadline ?? new Date('2060-03-20T06:59:59Z'),
      reviewDueAt: new Date('2060-05-01T06:59:59Z'),
      awardStartsOn: '2060-07-01',
    });
    const user = await createUser({ name: unique('Morgan'), timeZone: LA });
    const [old, newer] = await createEvidence(user.id, ['2059-09-01', '2060-02-01']);
    // The award came from a submission that froze the older item.
    const nomination = await prisma.nomination.create({
      data: {
        cycleId: cycle.id,
        nominatorId: admin.id,
        nomineeName: 'Morgan',
        nomineeEmail: user.email,
        categoryId: category.id,
        statement: 'x'.repeat(100),
        relationship: 'COLLEAGUE',
        status: 'DECIDED',
        inviteExpiresAt: NOW,
      },
    });
    const submission = await prisma.submission.create({
      data: {
        kind: 'NOMINATION',
        nominationId: nomination.id,
        candidateId: user.id,
        cycleId: cycle.id,
        categoryId: category.id,
        windowStart: day('2058-10-01'),
        windowEnd: day('2059-09-30'),
        status: 'DECIDED',
        items: {
          create: [
            {
              position: 0,
              sourceItemId: old!.id,
              type: 'BLOG',
              role: 'AUTHOR',
              title: old!.title,
              description: 'x',
              startDate: old!.startDate,
              audience: 'DEVELOPERS',
              isPaid: false,
              isHighImpact: false,
            },
          ],
        },
      },
    });
    const award = await createAward({
      userId: user.id,
      categoryId: category.id,
      cycleId: cycle.id,
      startsOn: '2059-07-01',
      endsOn: '2060-06-30',
    });
    await prisma.award.update({ where: { id: award.id }, data: { submissionId: submission.id } });
    return { category, cycle, user, award, old: old!, newer: newer! };
  }

  it('opens the renewals of awards ending in the cycle once, with an email sent at once', async () => {
    const { award, user, cycle } = await mvpWithCycle();
    expect(await openRenewals(NOW, cycle.id)).toBe(1);
    expect(await openRenewals(NOW, cycle.id)).toBe(0);
    expect(await prisma.mvpRenewal.findUniqueOrThrow({ where: { awardId: award.id } })).toMatchObject({
      status: 'OPEN',
      cycleId: cycle.id,
    });
    const mail = await prisma.notification.findFirstOrThrow({ where: { userId: user.id, template: 'mvp.renewal-open' } });
    expect(mail).toMatchObject({ urgency: 'IMMEDIATE', status: 'QUEUED' });
  });

  it('reminds on time even someone who chose the daily digest, once per reminder', async () => {
    const { award, user, cycle } = await mvpWithCycle({ deadline: new Date('2060-03-16T06:59:59Z') });
    await prisma.user.update({ where: { id: user.id }, data: { notificationMode: 'DAILY_DIGEST' } });
    await openRenewals(NOW, cycle.id);
    await remindRenewals(NOW);
    await remindRenewals(NOW);
    const reminders = await prisma.notification.findMany({ where: { userId: user.id, template: 'mvp.renewal-reminder' } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ urgency: 'IMMEDIATE', status: 'QUEUED' }); // never held for the digest
    expect(reminders[0]!.dedupeKey).toMatch(new RegExp(`^mvp-renewal-reminder:.*:7$`));
    expect(award.id).toBeTruthy();
  });

  it('submits only evidence not submitted before, and only once the new agreements are accepted', async () => {
    const { award, user, cycle, old, newer } = await mvpWithCycle();
    await openRenewals(NOW, cycle.id);
    // The MVP accepted the code of conduct and NDA in force; a new code of conduct comes into force.
    const coc = await saveAgreement(
      admin,
      {
        revision: 0,
        kind: 'MVP_CODE_OF_CONDUCT',
        version: unique('2060a'),
        title: 'Code of Conduct',
        body: 'Be respectful and honest everywhere.',
        effectiveFrom: '2060-03-05',
      },
      new Date('2060-03-01T18:00:00Z'),
    );
    const nda = await saveAgreement(
      admin,
      {
        revision: 0,
        kind: 'MVP_NDA',
        version: unique('2060a'),
        title: 'NDA',
        body: 'Confidential stays confidential always.',
        effectiveFrom: '2060-03-05',
      },
      new Date('2060-03-01T18:00:00Z'),
    );
    await prisma.agreementAcceptance.createMany({
      data: [coc.id, nda.id].map((agreementId) => ({ userId: user.id, agreementId, awardId: award.id })),
    });
    const newer2 = await saveAgreement(
      admin,
      {
        revision: 0,
        kind: 'MVP_CODE_OF_CONDUCT',
        version: unique('2060b'),
        title: 'Code of Conduct',
        body: 'Be respectful, honest and kind everywhere.',
        effectiveFrom: '2060-03-08',
      },
      new Date('2060-03-01T18:00:00Z'),
    );
    const viewer = await viewerOf(user.id, NOW);
    expect((await pendingAgreements(prisma, user.id, NOW)).map((a) => a.id)).toEqual([newer2.id]);
    const preview = await getRenewalPreview(viewer, award.id, NOW);
    expect(preview?.items.map((i) => i.id)).toEqual([newer.id]); // not the item submitted last year
    expect(preview?.items.map((i) => i.id)).not.toContain(old.id);
    expect((await refusal(submitRenewal(viewer, { awardId: award.id }, NOW))).message).toMatch(/new version of the MVP code of conduct/);

    await acceptPendingAgreements(viewer, { agreementIds: [newer2.id] }, NOW);
    const { submissionId, itemCount } = await submitRenewal(viewer, { awardId: award.id }, NOW);
    expect(itemCount).toBe(1);
    const frozen = await prisma.submissionItem.findMany({ where: { submissionId } });
    expect(frozen.map((i) => i.sourceItemId)).toEqual([newer.id]);
    expect((await prisma.mvpRenewal.findUniqueOrThrow({ where: { awardId: award.id } })).status).toBe('SUBMITTED');
  });

  it('lets the MVP withdraw before review starts; a renewal never submitted expires with its deadline', async () => {
    const submitted = await mvpWithCycle();
    const viewer = await viewerOf(submitted.user.id, NOW);
    const { submissionId } = await submitRenewal(viewer, { awardId: submitted.award.id }, NOW);
    await withdrawRenewal(viewer, { awardId: submitted.award.id }, NOW);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).status).toBe('WITHDRAWN');
    expect((await prisma.mvpRenewal.findUniqueOrThrow({ where: { awardId: submitted.award.id } })).status).toBe('WITHDRAWN');
    const stranger = await viewerOf((await createUser()).id, NOW);
    expect((await refusal(withdrawRenewal(stranger, { awardId: submitted.award.id }, NOW))).code).toBe('NOT_FOUND');

    const idle = await mvpWithCycle();
    await openRenewals(NOW, idle.cycle.id);
    const after = new Date('2060-03-21T18:00:00Z');
    expect(await expireRenewals(after, idle.cycle.id)).toBe(1);
    expect((await prisma.mvpRenewal.findUniqueOrThrow({ where: { awardId: idle.award.id } })).status).toBe('EXPIRED');
    expect(await prisma.notification.count({ where: { userId: idle.user.id, template: 'mvp.renewal-expired' } })).toBe(1);
    const late = await refusal(submitRenewal(await viewerOf(idle.user.id, after), { awardId: idle.award.id }, after));
    expect(late.message).toMatch(/expired/);
  });
});
