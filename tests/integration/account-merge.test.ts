// Merging two accounts of one person: every kind of record moves (the fixture makes one of each
// relation of lib/people/user-records.ts, so a new relation fails here until it is covered),
// duplicates are united, combinations that cannot be combined are refused with what to fix, the
// merge is audited with counts, signing in with the old address lands in the remaining account, and
// two merges of the same pair in opposite directions do not deadlock.
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defineAction } from '@/lib/actions/define-action';
import { prisma } from '@/lib/db';
import { changeRole } from '@/lib/people/admin-service';
import { mergeAccounts, previewMerge } from '@/lib/people/merge';
import { mergeAccountsSchema } from '@/lib/people/merge-schema';
import { USER_RELATIONS, sqlIdent } from '@/lib/people/user-records';
import { requestErasure } from '@/lib/privacy/service';
import {
  createAward,
  createCategory,
  createMembership,
  createNomination,
  createProvider,
  createUser,
  day,
  unique,
  uniqueEmail,
} from '@/tests/support/factories';
import { ensureProgramAgreement } from '@/tests/support/mct-factories';
import { createAdmin, createReviewCycle, createSubmittedNomination } from '@/tests/support/review-factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { resolveMergedUserId } from '@/lib/auth/merged-account';

vi.mock('@/lib/auth/guards', () => ({
  getViewer: () => {
    throw new Error('the session fallback was used; tests pass resolveViewer');
  },
}));

async function countsOf(userId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of USER_RELATIONS) {
    const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM ${sqlIdent(r.model)} WHERE ${sqlIdent(r.column)} = $1::uuid`,
      userId,
    );
    out[r.relation] = Number(rows[0]!.n);
  }
  return out;
}

const merge = (viewer: Viewer, targetId: string, sourceId: string) =>
  mergeAccounts(viewer, mergeAccountsSchema.parse({ targetId, sourceId }));

/** One row of every relation to User for `userId`; `shared` makes duplicates the target also holds. */
async function createOneOfEverything(userId: string, shared: { categoryId: string; agreementId: string; conflictSubmissionId: string }) {
  const someone = await createUser();
  const cycle = await createReviewCycle();
  const category = await createCategory();
  const third = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
  await prisma.account.create({ data: { userId, type: 'oidc', provider: 'microsoft-entra-id', providerAccountId: unique('entra') } });
  await prisma.session.create({ data: { userId, sessionToken: unique('session'), expires: new Date(Date.now() + 86_400_000) } });
  await prisma.actionToken.create({
    data: {
      purpose: 'UNSUBSCRIBE',
      tokenHash: randomBytes(32).toString('hex'),
      email: uniqueEmail(),
      subjectId: randomUUID(),
      userId,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await prisma.userRole.createMany({ data: [{ userId, role: 'REVIEWER' }] });
  await prisma.userRole.create({ data: { userId: someone.id, role: 'EMPLOYEE', grantedById: userId } });
  await prisma.reviewerCategory.create({ data: { reviewerId: userId, categoryId: shared.categoryId } });
  const provider = await createProvider({ staffIds: [userId] });
  await prisma.providerStaff.create({ data: { providerId: provider.id, userId: someone.id, addedById: userId } });
  await createNomination({ nominatorId: userId, nomineeEmail: uniqueEmail('nominee'), categoryId: category.id, cycleId: cycle.id });
  const received = await prisma.nomination.create({
    data: {
      cycleId: cycle.id,
      nominatorId: someone.id,
      nomineeId: userId,
      nomineeName: 'Nominee',
      nomineeEmail: uniqueEmail('received'),
      categoryId: (await createCategory()).id,
      statement: 'Runs a user group.',
      relationship: 'COLLEAGUE',
      status: 'SUBMITTED',
      inviteExpiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  await prisma.endorsement.create({ data: { nominationId: third.nomination.id, endorserId: userId, statement: 'I back this.' } });
  await prisma.evidenceItem.create({
    data: {
      ownerId: userId,
      type: 'BLOG',
      role: 'AUTHOR',
      title: 'Post',
      description: 'A post',
      startDate: day('2026-05-01'),
      audience: 'DEVELOPERS',
    },
  });
  await prisma.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: received.id,
      candidateId: userId,
      cycleId: cycle.id,
      categoryId: received.categoryId,
      windowStart: day('2026-01-01'),
      windowEnd: day('2026-12-31'),
    },
  });
  await prisma.reviewAssignment.create({
    data: {
      submissionId: third.submission.id,
      reviewerId: userId,
      assignedById: userId,
      method: 'MANUAL',
      dueAt: new Date('2027-05-16T00:00:00Z'),
    },
  });
  await prisma.conflictDeclaration.create({
    data: { reviewerId: userId, submissionId: shared.conflictSubmissionId, reason: 'Former colleague' },
  });
  await prisma.decision.create({
    data: {
      submissionId: third.submission.id,
      outcome: 'NO_AWARD',
      feedback: 'Not yet.',
      decidedById: userId,
      releasedById: userId,
      releasedAt: new Date(),
    },
  });
  const award = await createAward({ userId, startsOn: '2025-07-01', endsOn: '2026-06-30', categoryId: category.id, cycleId: cycle.id });
  await prisma.mvpRenewal.create({
    data: { awardId: award.id, userId, cycleId: cycle.id, categoryId: category.id, deadline: new Date('2027-06-01T00:00:00Z') },
  });
  const acceptance = await prisma.agreementAcceptance.create({ data: { userId, agreementId: shared.agreementId } });
  const certification = await prisma.certification.create({
    data: { code: unique('AZ'), name: unique('Cert'), level: 'ASSOCIATE', isEligible: true },
  });
  await prisma.candidateCertification.create({
    data: { userId, certificationId: certification.id, credentialId: unique('cred'), earnedOn: day('2026-01-01') },
  });
  await prisma.iscCompletion.create({
    data: {
      providerId: provider.id,
      candidateName: 'Me',
      candidateEmail: uniqueEmail(),
      userId,
      completedOn: day('2026-02-01'),
      certificateId: unique('isc'),
      confirmedById: userId,
    },
  });
  await prisma.mctApplication.create({
    data: {
      candidateId: userId,
      channel: 'SELF_SERVICE',
      status: 'APPROVED',
      agreementAcceptanceId: acceptance.id,
      initiatedById: userId,
      decidedById: userId,
      decidedAt: new Date(),
    },
  });
  const membership = await createMembership({ userId, status: 'ACTIVE', terms: [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }] });
  await prisma.mctRenewal.create({ data: { termId: membership.terms[0]!.id, decidedById: userId } });
  await prisma.trainingDelivery.create({
    data: {
      userId,
      courseCode: 'AZ-104',
      courseTitle: 'Azure admin',
      startDate: day('2026-03-01'),
      endDate: day('2026-03-04'),
      format: 'VIRTUAL',
      studentCount: 12,
      trainingPartner: 'Contoso Learning',
    },
  });
  await prisma.loungeAccess.create({ data: { userId, status: 'GRANTED', grantedAt: new Date() } });
  await prisma.certificate.create({
    data: {
      code: `TEST-${randomUUID().slice(0, 4).toUpperCase()}-${randomUUID().slice(0, 4).toUpperCase()}`,
      kind: 'MCT',
      recordId: randomUUID(),
      userId,
      holderName: 'Merged Person',
      startsOn: day('2026-03-01'),
      endsOn: day('2027-02-28'),
    },
  });
  await prisma.enrollmentPause.create({
    data: { startsOn: day('2030-05-20'), endsOn: day('2030-10-01'), reason: 'Test pause', createdById: userId },
  });
  await prisma.notification.create({
    data: {
      userId,
      toEmail: uniqueEmail(),
      template: 'x',
      subject: 'S',
      textBody: 'T',
      htmlBody: 'H',
      urgency: 'IMMEDIATE',
      status: 'SENT',
    },
  });
  await prisma.formDraft.create({ data: { userId, formKey: 'evidence:new', data: { title: 'source draft' } } });
  await prisma.importBatch.create({
    data: { kind: 'EVIDENCE_ITEMS', userId, fileName: 'log.csv', rowsTotal: 1, rowsImported: 1, rowsRejected: 0 },
  });
  await prisma.privacyRequest.create({
    data: { userId, kind: 'EXPORT', status: 'COMPLETED', handledById: userId, completedAt: new Date() },
  });
  await prisma.discussionComment.create({
    data: {
      submissionId: third.submission.id,
      authorId: userId,
      body: 'Reach is strong.',
      hiddenAt: new Date(),
      hiddenById: userId,
      hiddenReason: 'Test.',
    },
  });
  await prisma.discussionReadMarker.create({ data: { submissionId: third.submission.id, userId, lastReadAt: new Date() } });
  await prisma.apiToken.create({
    data: {
      name: 'Training system',
      prefix: 'cpp_merge',
      tokenHash: randomBytes(32).toString('hex'),
      scopes: ['COMPLETIONS_WRITE'],
      providerId: provider.id,
      createdById: userId,
      expiresAt: new Date(Date.now() + 86_400_000),
      revokedAt: new Date(),
      revokedById: userId,
    },
  });
  const older = await createUser();
  await prisma.user.update({ where: { id: older.id }, data: { mergedIntoId: userId, mergedAt: new Date() } });
  return { acceptance, older };
}

let admin: Viewer;
beforeAll(async () => {
  admin = await createAdmin();
});

describe('merging accounts', () => {
  it('moves every kind of record, unites duplicates, keeps the earliest verification, and audits the counts', async () => {
    const target = await createUser({
      name: 'Tara Target',
      email: uniqueEmail('tara'),
      roles: ['REVIEWER'],
      emailVerified: new Date('2026-06-01T00:00:00Z'),
    });
    const source = await createUser({ name: 'Tara Old', email: uniqueEmail('tara-old'), emailVerified: new Date('2025-01-01T00:00:00Z') });
    const category = await createCategory();
    const agreement = await ensureProgramAgreement('2026-01-01');
    const cycle = await createReviewCycle();
    const conflictSubmission = await createSubmittedNomination({ cycleId: cycle.id });
    const shared = { categoryId: category.id, agreementId: agreement.id, conflictSubmissionId: conflictSubmission.submission.id };
    const { acceptance: sourceAcceptance, older } = await createOneOfEverything(source.id, shared);
    // What the target already holds: the same role, category, draft key, conflict and agreement.
    await prisma.reviewerCategory.create({ data: { reviewerId: target.id, categoryId: category.id } });
    await prisma.formDraft.create({ data: { userId: target.id, formKey: 'evidence:new', data: { title: 'target draft' } } });
    await prisma.conflictDeclaration.create({
      data: { reviewerId: target.id, submissionId: conflictSubmission.submission.id, reason: 'Same team' },
    });
    const targetAcceptance = await prisma.agreementAcceptance.create({ data: { userId: target.id, agreementId: agreement.id } });

    const sourceBefore = await countsOf(source.id);
    const targetBefore = await countsOf(target.id);
    // The fixture covers every relation: a relation added to the schema must be added to it too.
    for (const r of USER_RELATIONS) expect(sourceBefore[r.relation], `fixture lacks ${r.relation}`).toBeGreaterThan(0);

    const preview = await previewMerge(admin, { targetId: target.id, sourceEmail: source.email.toUpperCase() });
    expect(preview.conflicts).toEqual([]);
    expect(preview.moves.find((m) => m.relation === 'roles')).toMatchObject({ count: 1, duplicates: 1 });
    expect(preview.moves.find((m) => m.relation === 'evidenceItems')).toMatchObject({ count: 1, duplicates: 0 });

    const result = await merge(admin, target.id, source.id);

    const sourceAfter = await countsOf(source.id);
    const targetAfter = await countsOf(target.id);
    const united = { roles: 1, reviewerCategories: 1, formDrafts: 1, conflicts: 1, agreementAcceptances: 1 } as Record<string, number>;
    for (const r of USER_RELATIONS) {
      expect(sourceAfter[r.relation], `${r.relation} left behind`).toBe(0);
      // mergedFrom also gains the source itself.
      const self = r.relation === 'mergedFrom' ? 1 : 0;
      const expected =
        r.merge.kind === 'delete'
          ? targetBefore[r.relation]!
          : targetBefore[r.relation]! + sourceBefore[r.relation]! - (united[r.relation] ?? 0) + self;
      expect(targetAfter[r.relation], r.relation).toBe(expected);
    }
    expect(result.moved).toBe(Object.values(sourceBefore).reduce((a, b) => a + b, 0));
    // The target's draft and acceptance stay; the application that pointed at the source's acceptance now points at the target's.
    expect((await prisma.formDraft.findFirstOrThrow({ where: { userId: target.id, formKey: 'evidence:new' } })).data).toEqual({
      title: 'target draft',
    });
    expect(await prisma.agreementAcceptance.findUnique({ where: { id: sourceAcceptance.id } })).toBeNull();
    expect((await prisma.mctApplication.findFirstOrThrow({ where: { candidateId: target.id } })).agreementAcceptanceId).toBe(
      targetAcceptance.id,
    );
    // An account merged into the source earlier now points at the target.
    expect((await prisma.user.findUniqueOrThrow({ where: { id: older.id } })).mergedIntoId).toBe(target.id);

    const after = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.emailVerified).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(after.name).toBe('Tara Target');
    const merged = await prisma.user.findUniqueOrThrow({ where: { id: source.id } });
    expect(merged.mergedIntoId).toBe(target.id);
    expect(merged.mergedAt).not.toBeNull();
    expect(merged.email).toBe(source.email);

    // Signing in with the old address, or an old session, lands in the remaining account.
    expect(await resolveMergedUserId(source.id)).toBe(target.id);
    expect(await resolveMergedUserId(older.id)).toBe(target.id);
    expect((await loadViewer(source.id))?.id).toBe(target.id);
    expect((await loadViewer(source.id))?.mct.standing).not.toBe('NONE');

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'user.merged', entityId: target.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toMatchObject({ source: { id: source.id, email: source.email, records: { evidenceItems: 1, roles: 1 } } });
    expect(audit.after).toMatchObject({ target: { records: { evidenceItems: 1, roles: 1, mctMembership: 1 } } });
    expect(await prisma.auditEvent.count({ where: { action: 'user.merged_into', entityId: source.id } })).toBe(1);

    // A merged account cannot be merged again, nor merged into.
    await expect(merge(admin, target.id, source.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already merged'),
    });
    const another = await createUser();
    await expect(merge(admin, source.id, another.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('merge into that one'),
    });
    // Nor given roles: it signs in as the remaining account, where roles are changed.
    await expect(changeRole(admin, { userId: source.id, role: 'ADMIN', grant: true })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `This account was merged into ${target.email}; change the roles there.`,
    });
    expect(await prisma.userRole.count({ where: { userId: source.id } })).toBe(0);
  });

  it('refuses what cannot be combined, says what to fix, and changes nothing', async () => {
    const target = await createUser();
    const source = await createUser();
    await createMembership({ userId: target.id, status: 'ACTIVE', terms: [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }] });
    await createMembership({ userId: source.id, status: 'LAPSED', terms: [{ startsOn: '2023-01-01', endsOn: '2023-12-31' }] });
    const cycle = await createReviewCycle();
    const category = await createCategory();
    await createNomination({
      nominatorId: (await createUser()).id,
      nomineeEmail: target.email,
      categoryId: category.id,
      cycleId: cycle.id,
    });
    const openA = await prisma.nomination.findFirstOrThrow({ where: { nomineeEmail: target.email } });
    await prisma.nomination.update({ where: { id: openA.id }, data: { nomineeId: target.id } });
    const openB = await createNomination({
      nominatorId: (await createUser()).id,
      nomineeEmail: source.email,
      categoryId: category.id,
      cycleId: cycle.id,
    });
    await prisma.nomination.update({ where: { id: openB.id }, data: { nomineeId: source.id } });
    await prisma.evidenceItem.create({
      data: {
        ownerId: source.id,
        type: 'BLOG',
        role: 'AUTHOR',
        title: 'Stays',
        description: 'x',
        startDate: day('2026-05-01'),
        audience: 'DEVELOPERS',
      },
    });

    const preview = await previewMerge(admin, { targetId: target.id, sourceEmail: source.email });
    expect(preview.conflicts).toEqual([
      expect.stringContaining('open nomination in the same award category'),
      expect.stringContaining('MCT membership'),
    ]);
    await expect(merge(admin, target.id, source.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('MCT membership'),
    });
    expect(await prisma.evidenceItem.count({ where: { ownerId: source.id } })).toBe(1);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: source.id } })).mergedIntoId).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: 'user.merged', entityId: target.id } })).toBe(0);
  });

  it('refuses merging into itself, into an erased account, a self-nomination, an open erasure, and non-admins', async () => {
    const a = await createUser();
    await expect(merge(admin, a.id, a.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('itself') });
    await expect(previewMerge(admin, { targetId: a.id, sourceEmail: a.email })).resolves.toMatchObject({
      conflicts: [expect.stringContaining('itself')],
    });
    const erased = await createUser({ anonymizedAt: new Date() });
    await expect(merge(admin, erased.id, a.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('erased') });

    const nominator = await createUser({ roles: ['EMPLOYEE'] });
    const nominee = await createUser();
    const n = await createNomination({
      nominatorId: nominator.id,
      nomineeEmail: nominee.email,
      categoryId: (await createCategory()).id,
      cycleId: (await createReviewCycle()).id,
    });
    await prisma.nomination.update({ where: { id: n.id }, data: { nomineeId: nominee.id } });
    await expect(merge(admin, nominee.id, nominator.id)).rejects.toMatchObject({ message: expect.stringContaining('self-nomination') });

    const asking = await createUser();
    const askingViewer = (await loadViewer(asking.id))!;
    await requestErasure(askingViewer, { reason: '', understood: true });
    await expect(merge(admin, a.id, asking.id)).rejects.toMatchObject({ message: expect.stringContaining('erase') });

    const reviewer = (await loadViewer((await createUser({ roles: ['REVIEWER'] })).id))!;
    const action = defineAction(mergeAccountsSchema, (v, input) => mergeAccounts(v, input), { resolveViewer: async () => reviewer });
    const b = await createUser();
    expect(await action({ targetId: a.id, sourceId: b.id })).toMatchObject({ ok: false, error: 'You do not have access to this.' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBeNull();
  });

  it('two merges of the same pair in opposite directions do not deadlock: one wins, the other is refused', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await createUser();
      const b = await createUser();
      for (const u of [a, b]) {
        for (let i = 0; i < 5; i++) {
          await prisma.evidenceItem.create({
            data: {
              ownerId: u.id,
              type: 'BLOG',
              role: 'AUTHOR',
              title: `Post ${i}`,
              description: 'x',
              startDate: day('2026-05-01'),
              audience: 'DEVELOPERS',
            },
          });
        }
      }
      const results = await Promise.allSettled([merge(admin, a.id, b.id), merge(admin, b.id, a.id)]);
      const fulfilled = results.filter((r) => r.status === 'fulfilled');
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      // Refused as a conflict the admin can read, never a deadlock error.
      expect(rejected[0]!.reason).toMatchObject({ code: 'CONFLICT' });
      const rows = await prisma.user.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, mergedIntoId: true } });
      const remaining = rows.find((r) => r.mergedIntoId === null)!;
      expect(await prisma.evidenceItem.count({ where: { ownerId: remaining.id } })).toBe(10);
    }
  });
});
