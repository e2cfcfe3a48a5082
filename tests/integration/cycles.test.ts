// Award cycles set up in the portal, on PostgreSQL: create, edit, open, start review, close and copy,
// with every refused edit (a deadline before the opening, two cycles open in one category at once,
// dates candidates rely on changed without a note, a stale page, a cycle with undecided submissions
// closed); nominations that expire with their cycle, and the same person nominated in the next one.
// Services run at fixed moments in 2041–2043, so nothing here meets another file's cycles.
import { beforeAll, describe, expect, it } from 'vitest';
import { expireNominationsWithCycle, remindNominationDeadlines } from '@/lib/cycles/expire';
import { cycleSchema, type CycleInput } from '@/lib/cycles/schema';
import { copyCycle, createCycle, moveCycle, updateCycle } from '@/lib/cycles/service';
import { prisma } from '@/lib/db';
import { createNomination } from '@/lib/nominations/service';
import { respondToNomination } from '@/lib/nominations/nominee';
import { nominationSchema } from '@/lib/nominations/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { createCategory, createUser, uniqueEmail, unique } from '@/tests/support/factories';
import { viewerOf } from '@/tests/support/review-factories';
import { refusal } from '@/tests/support/refusal';

const LA = 'America/Los_Angeles';
const BEFORE = new Date('2041-08-01T18:00:00Z');
const DURING = new Date('2041-10-01T18:00:00Z');
let admin: Viewer;

const values = (categoryIds: string[], over: Partial<CycleInput> = {}) =>
  cycleSchema.parse({
    version: 0,
    name: unique('MVP award cycle 2041–2042'),
    nominationsOpenOn: '2041-09-01',
    nominationsCloseOn: '2042-03-31',
    submissionDeadlineOn: '2042-04-15',
    reviewDueOn: '2042-05-15',
    decisionsReleaseOn: '2042-06-01',
    renewalOpensOn: '2042-03-01',
    renewalDeadlineOn: '2042-04-30',
    awardStartsOn: '2042-07-01',
    categoryIds,
    reviewersPerSubmission: '2',
    scoreMin: '1',
    scoreMax: '5',
    changeNote: '',
    ...over,
  });

async function load(id: string) {
  return prisma.awardCycle.findUniqueOrThrow({ where: { id }, include: { categories: true } });
}

/** Edits a cycle as its form would send it: the stored days, with changes. */
async function edit(id: string, over: Partial<CycleInput>, now: Date) {
  const c = await load(id);
  const input = values(
    c.categories.map((x) => x.categoryId),
    { name: c.name, version: c.version, ...over },
  );
  return updateCycle(admin, { ...input, id }, now);
}

beforeAll(async () => {
  await prisma.programSettings.upsert({ where: { id: 1 }, create: { id: 1, timeZone: LA }, update: {} });
  admin = await viewerOf((await createUser({ roles: ['ADMIN'], timeZone: LA })).id);
});

describe('creating and editing a cycle', () => {
  it('stores the days typed in the admin’s time zone as instants, as a draft with the latest rubric', async () => {
    const category = await createCategory();
    const { id } = await createCycle(admin, values([category.id]));
    const c = await load(id);
    expect(c.status).toBe('PLANNED');
    expect(c.nominationsOpenAt.toISOString()).toBe('2041-09-01T07:00:00.000Z');
    expect(c.submissionDeadline.toISOString()).toBe('2042-04-16T06:59:59.999Z');
    expect(c.categories.map((x) => x.categoryId)).toEqual([category.id]);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'cycle.created' } })).toBe(1);
  });

  it('refuses a deadline before the opening, naming the field, and saves nothing', async () => {
    const category = await createCategory();
    const bad = values([category.id], { nominationsCloseOn: '2041-08-31' });
    const refused = await refusal(createCycle(admin, bad));
    expect(refused.code).toBe('INVALID');
    expect(refused.fieldErrors.nominationsCloseOn).toEqual(['Nominations cannot close before they open.']);
    expect(await prisma.awardCycle.count({ where: { name: bad.name } })).toBe(0);
  });

  it('refuses a stale edit: the second admin is told and the first one’s change stays', async () => {
    const category = await createCategory();
    const { id } = await createCycle(admin, values([category.id]));
    const other = await viewerOf((await createUser({ roles: ['ADMIN'], timeZone: LA })).id);
    const c = await load(id);
    const form = values([category.id], { name: c.name, version: c.version });
    await updateCycle(other, { ...form, id, reviewDueOn: '2042-05-20' }, BEFORE);
    const refused = await refusal(updateCycle(admin, { ...form, id, reviewDueOn: '2042-05-25' }, BEFORE));
    expect(refused.message).toMatch(/^Someone else changed this cycle/);
    expect((await load(id)).reviewDueAt.toISOString()).toBe('2042-05-21T06:59:59.999Z');
  });

  it('refuses to change dates candidates rely on without a note, then tells them with the note', async () => {
    const category = await createCategory();
    const { id } = await createCycle(admin, values([category.id]));
    await moveCycle(admin, { cycleId: id, version: 0, to: 'OPEN' }, BEFORE);
    const nominee = await nominate(category.id, DURING);
    const silent = await refusal(edit(id, { submissionDeadlineOn: '2042-04-30' }, DURING));
    expect(silent.fieldErrors.changeNote?.[0]).toMatch(/Candidates already rely on these dates/);
    expect((await load(id)).submissionDeadline.toISOString()).toBe('2042-04-16T06:59:59.999Z');
    // A date that has passed cannot move.
    const passed = await refusal(edit(id, { nominationsOpenOn: '2041-09-15', changeNote: 'Later.' }, DURING));
    expect(passed.fieldErrors.nominationsOpenOn).toEqual(['Nominations open has passed; it can no longer change.']);

    await edit(id, { submissionDeadlineOn: '2042-04-30', changeNote: 'Two more weeks for everyone.' }, DURING);
    expect((await load(id)).submissionDeadline.toISOString()).toBe('2042-05-01T06:59:59.999Z');
    const mail = await prisma.notification.findFirstOrThrow({ where: { toEmail: nominee, template: 'cycle.dates-changed' } });
    expect(mail.urgency).toBe('IMMEDIATE');
    expect(mail.textBody).toContain('Two more weeks for everyone.');
    expect(mail.textBody).toMatch(/Evidence due: 30 April 2042/);
  });
});

async function nominate(categoryId: string, now: Date, nomineeEmail = uniqueEmail('nominee')) {
  const result = await nominateRaw(categoryId, now, nomineeEmail);
  expect(result.outcome).toBe('created');
  return nomineeEmail;
}

async function nominateRaw(categoryId: string, now: Date, nomineeEmail: string) {
  const employee = await viewerOf((await createUser({ roles: ['EMPLOYEE'] })).id, now);
  return createNomination(
    employee,
    nominationSchema.parse({
      nomineeName: 'Nadia Nominee',
      nomineeEmail,
      categoryId,
      focusAreaId: '',
      statement: 'Nadia runs a monthly user group and writes in-depth articles that hundreds of engineers read and use every week.',
      relationship: 'COMMUNITY_PEER',
      relationshipDetail: '',
    }),
    now,
  );
}

describe('opening cycles', () => {
  it('refuses two cycles open for nominations in one category on the same days', async () => {
    const [shared, other] = [await createCategory(), await createCategory()];
    const first = await createCycle(admin, values([shared.id]));
    await moveCycle(admin, { cycleId: first.id, version: 0, to: 'OPEN' }, BEFORE);
    const second = await createCycle(admin, values([shared.id, other.id], { nominationsOpenOn: '2042-01-01' }));
    const refused = await refusal(moveCycle(admin, { cycleId: second.id, version: 0, to: 'OPEN' }, BEFORE));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.fieldErrors.categoryIds?.[0]).toMatch(/is open for nominations in Category/);
    expect((await load(second.id)).status).toBe('PLANNED');
    // Another category alone, or the same one on other days, is fine.
    const third = await createCycle(admin, values([other.id]));
    await moveCycle(admin, { cycleId: third.id, version: 0, to: 'OPEN' }, BEFORE);
    const later = await createCycle(admin, values([shared.id], { nominationsOpenOn: '2042-04-01', nominationsCloseOn: '2042-04-10' }));
    await moveCycle(admin, { cycleId: later.id, version: 0, to: 'OPEN' }, BEFORE);
    expect((await load(later.id)).status).toBe('OPEN');
  });

  it('takes nominations only in its categories, between its dates', async () => {
    const [taken, notTaken] = [await createCategory(), await createCategory()];
    const { id } = await createCycle(admin, values([taken.id]));
    await moveCycle(admin, { cycleId: id, version: 0, to: 'OPEN' }, BEFORE);
    await nominate(taken.id, DURING);
    const employee = await viewerOf((await createUser({ roles: ['EMPLOYEE'] })).id, DURING);
    const refused = await refusal(
      createNomination(
        employee,
        nominationSchema.parse({
          nomineeName: 'Omar Other',
          nomineeEmail: uniqueEmail('nominee'),
          categoryId: notTaken.id,
          focusAreaId: '',
          statement: 'Omar answers questions on the forums every single week and organises a popular community conference.',
          relationship: 'COMMUNITY_PEER',
          relationshipDetail: '',
        }),
        DURING,
      ),
    );
    expect(refused.message).toMatch(/No award cycle is taking nominations in Category/);
  });
});

describe('a year, and the next', () => {
  it('expires unsubmitted nominations when the cycle closes, and the person is nominated again next year', async () => {
    const category = await createCategory();
    const year1 = await createCycle(admin, values([category.id]));
    await moveCycle(admin, { cycleId: year1.id, version: 0, to: 'OPEN' }, BEFORE);
    const nomineeEmail = await nominate(category.id, DURING);
    const nominee = await createUser({ email: nomineeEmail, name: 'Nadia Nominee' });
    const nomination = await prisma.nomination.findFirstOrThrow({ where: { nomineeEmail } });
    await respondToNomination(
      await viewerOf(nominee.id, DURING),
      { nominationId: nomination.id, response: 'ACCEPT', declineReason: '' },
      DURING,
    );
    // While it is open, a second nomination in the same cycle is offered as an endorsement.
    expect((await nominateRaw(category.id, DURING, nomineeEmail)).outcome).toBe('endorse-offered');

    await moveCycle(admin, { cycleId: year1.id, version: 1, to: 'IN_REVIEW' }, DURING);
    await moveCycle(admin, { cycleId: year1.id, version: 2, to: 'CLOSED' }, DURING);
    expect(await expireNominationsWithCycle(DURING, { cycleId: year1.id })).toBe(1);
    expect(await expireNominationsWithCycle(DURING, { cycleId: year1.id })).toBe(0); // once
    expect((await prisma.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).status).toBe('EXPIRED');
    expect(await prisma.notification.count({ where: { toEmail: nomineeEmail, template: 'mvp.nomination-expired' } })).toBe(1);
    const toNominator = await prisma.notification.findFirstOrThrow({
      where: { template: 'mvp.nomination-update', subject: { contains: 'expired with its cycle' } },
      orderBy: { createdAt: 'desc' },
    });
    expect(toNominator.textBody).toContain('Nadia Nominee');

    const { id: year2 } = await copyCycle(admin, { cycleId: year1.id });
    const next = await load(year2);
    expect(next).toMatchObject({ status: 'PLANNED', awardStartsOn: new Date('2043-07-01T00:00:00Z') });
    expect(next.name).toMatch(/2042–2043/);
    expect(next.nominationsOpenAt.toISOString()).toBe('2042-09-01T07:00:00.000Z');
    expect(next.categories.map((c) => c.categoryId)).toEqual([category.id]);
    expect(await prisma.reviewCriterion.count({ where: { cycleId: year2 } })).toBe(
      await prisma.reviewCriterion.count({ where: { cycleId: year1.id } }),
    );
    await moveCycle(admin, { cycleId: year2, version: 0, to: 'OPEN' }, new Date('2042-08-01T18:00:00Z'));
    await nominate(category.id, new Date('2042-10-01T18:00:00Z'), nomineeEmail);
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(2);
  });

  it('reminds an accepted nominee of the evidence deadline on time, even a digest reader, once per reminder', async () => {
    const category = await createCategory();
    const { id } = await createCycle(admin, values([category.id]));
    await moveCycle(admin, { cycleId: id, version: 0, to: 'OPEN' }, BEFORE);
    const nomineeEmail = await nominate(category.id, DURING);
    const nominee = await createUser({ email: nomineeEmail, name: 'Nadia Nominee', timeZone: LA });
    await prisma.user.update({ where: { id: nominee.id }, data: { notificationMode: 'DAILY_DIGEST' } });
    const nomination = await prisma.nomination.findFirstOrThrow({ where: { nomineeEmail } });
    await respondToNomination(
      await viewerOf(nominee.id, DURING),
      { nominationId: nomination.id, response: 'ACCEPT', declineReason: '' },
      DURING,
    );
    // Evidence is due at the end of 15 April 2042 (Los Angeles): on 10 April the 7-day reminder is due.
    const tenth = new Date('2042-04-10T18:00:00Z');
    expect(await remindNominationDeadlines(tenth)).toBeGreaterThanOrEqual(1);
    await remindNominationDeadlines(tenth);
    const sent = await prisma.notification.findMany({ where: { toEmail: nomineeEmail, template: 'mvp.nomination-deadline' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ urgency: 'IMMEDIATE', status: 'QUEUED', dedupeKey: `nomination-deadline:${nomination.id}:7` });
    expect(sent[0]!.subject).toMatch(/^Your MVP evidence is due by 15 April 2042/);
  });

  it('refuses to close a cycle whose submissions wait for a released decision, and refuses moves the table forbids', async () => {
    const category = await createCategory();
    const { id } = await createCycle(admin, values([category.id]));
    expect((await refusal(moveCycle(admin, { cycleId: id, version: 0, to: 'IN_REVIEW' }, BEFORE))).message).toMatch(
      /is draft; it cannot be put in review/,
    );
    await moveCycle(admin, { cycleId: id, version: 0, to: 'OPEN' }, BEFORE);
    const candidate = await createUser();
    const nomination = await prisma.nomination.create({
      data: {
        cycleId: id,
        nominatorId: admin.id,
        nomineeId: candidate.id,
        nomineeName: 'Sam',
        nomineeEmail: candidate.email,
        categoryId: category.id,
        statement: 'x'.repeat(100),
        relationship: 'COLLEAGUE',
        status: 'SUBMITTED',
        inviteExpiresAt: DURING,
      },
    });
    await prisma.submission.create({
      data: {
        kind: 'NOMINATION',
        nominationId: nomination.id,
        candidateId: candidate.id,
        cycleId: id,
        categoryId: category.id,
        windowStart: new Date('2040-10-01'),
        windowEnd: new Date('2041-09-30'),
      },
    });
    const refused = await refusal(moveCycle(admin, { cycleId: id, version: 1, to: 'CLOSED' }, DURING));
    expect(refused.message).toMatch(/1 submission is still waiting for a released decision/);
    expect((await load(id)).status).toBe('OPEN');
    // A removed category that has nominations stays.
    const other = await createCategory();
    const kept = await refusal(edit(id, { categoryIds: [other.id] }, DURING));
    expect(kept.fieldErrors.categoryIds?.[0]).toMatch(/has nominations in this cycle; it stays/);
  });
});
