// What the database itself guarantees, whatever code writes to it.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createCategory, createCycle, createNomination, createUser, day, uniqueEmail } from '@/tests/support/factories';

describe('the audit log', () => {
  async function recordEvent() {
    const actor = await createUser();
    return prisma.auditEvent.create({
      data: {
        actorId: actor.id,
        actorLabel: actor.email,
        action: 'nomination.create',
        entityType: 'Nomination',
        entityId: 'n-1',
        after: { status: 'INVITED' },
      },
    });
  }

  it('accepts new events', async () => {
    const event = await recordEvent();
    expect(await prisma.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({
      action: 'nomination.create',
      after: { status: 'INVITED' },
    });
  });

  it('refuses to change an event', async () => {
    const event = await recordEvent();
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'nomination.tampered' } })).rejects.toThrow(
      /append-only: UPDATE is not allowed/,
    );
    expect((await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).action).toBe('nomination.create');
  });

  it('refuses to delete an event, or to empty the table', async () => {
    const event = await recordEvent();
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only: DELETE is not allowed/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    expect(await prisma.auditEvent.count({ where: { id: event.id } })).toBe(1);
  });
});

describe('check constraints', () => {
  it('refuses a submission that belongs to neither a nomination nor a renewal', async () => {
    const [candidate, cycle, category] = await Promise.all([createUser(), createCycle(), createCategory()]);
    await expect(
      prisma.submission.create({
        data: {
          kind: 'NOMINATION',
          nominationId: null,
          renewalId: null,
          candidateId: candidate.id,
          cycleId: cycle.id,
          categoryId: category.id,
          windowStart: day('2025-11-22'),
          windowEnd: day('2026-11-21'),
        },
      }),
    ).rejects.toThrow(/Submission_source_check/);
  });

  it('refuses an enrollment pause that ends before it starts, and accepts a one-day pause', async () => {
    await expect(
      prisma.enrollmentPause.create({ data: { startsOn: day('2026-10-01'), endsOn: day('2026-05-20'), reason: 'Backwards' } }),
    ).rejects.toThrow(/EnrollmentPause_dates_check/);
    const oneDay = await prisma.enrollmentPause.create({
      data: { startsOn: day('2031-01-02'), endsOn: day('2031-01-02'), reason: 'Maintenance' },
    });
    expect(oneDay.id).toBeTruthy();
    await prisma.enrollmentPause.delete({ where: { id: oneDay.id } });
  });

  it('refuses an evidence link that is not http(s)', async () => {
    const owner = await createUser();
    const item = (url: string) =>
      prisma.evidenceItem.create({
        data: {
          ownerId: owner.id,
          type: 'BLOG',
          role: 'AUTHOR',
          title: 'Running Kubernetes on a budget',
          description: 'A three-part series.',
          startDate: day('2026-03-01'),
          url,
          audience: 'DEVELOPERS',
        },
      });
    await expect(item('javascript:alert(1)')).rejects.toThrow(/EvidenceItem_url_check/);
    await expect(item('ftp://files.example.test/x')).rejects.toThrow(/EvidenceItem_url_check/);
    await expect(item('https://blog.example.test/kubernetes')).resolves.toMatchObject({ url: 'https://blog.example.test/kubernetes' });
  });
});

describe('one open nomination per person and category in a cycle', () => {
  it('refuses a second open nomination for the same nominee and category', async () => {
    const [first, second, cycle, category] = await Promise.all([createUser(), createUser(), createCycle(), createCategory()]);
    const nomineeEmail = uniqueEmail('nominee');
    await createNomination({ nominatorId: first.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'INVITED' });
    await expect(
      createNomination({ nominatorId: second.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'INVITED' }),
    ).rejects.toThrow(/Unique constraint failed/);
    await expect(
      createNomination({ nominatorId: second.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'UNDER_REVIEW' }),
    ).rejects.toThrow(/Unique constraint failed/);
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(1);
  });

  it('allows a new nomination once the earlier one was declined, and one in another category', async () => {
    const [nominator, cycle, category, other] = await Promise.all([createUser(), createCycle(), createCategory(), createCategory()]);
    const nomineeEmail = uniqueEmail('nominee');
    await createNomination({ nominatorId: nominator.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'DECLINED' });
    await createNomination({ nominatorId: nominator.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'INVITED' });
    await createNomination({ nominatorId: nominator.id, nomineeEmail, categoryId: other.id, cycleId: cycle.id, status: 'INVITED' });
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(3);
  });

  it('allows the same person and category again in another cycle (next year)', async () => {
    const [nominator, cycle, nextCycle, category] = await Promise.all([createUser(), createCycle(), createCycle(), createCategory()]);
    const nomineeEmail = uniqueEmail('nominee');
    await createNomination({ nominatorId: nominator.id, nomineeEmail, categoryId: category.id, cycleId: cycle.id, status: 'UNDER_REVIEW' });
    await createNomination({ nominatorId: nominator.id, nomineeEmail, categoryId: category.id, cycleId: nextCycle.id, status: 'INVITED' });
    expect(await prisma.nomination.count({ where: { nomineeEmail } })).toBe(2);
  });
});
