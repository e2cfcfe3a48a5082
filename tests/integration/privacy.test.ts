// A person's data: the export holds their records and nothing of other people's private data; an
// erasure confirmed by an admin removes or blanks what /privacy says, keeps decisions, awards and
// audit rows, and the audit log can be redacted only through the erasing transaction, only for
// that person.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { deliverNotification } from '@/lib/notifications/deliver';
import { USER_RELATIONS } from '@/lib/people/user-records';
import { buildDataExport, exportOwnData } from '@/lib/privacy/export';
import { confirmErasureSchema, rejectErasureSchema, requestErasureSchema } from '@/lib/privacy/schema';
import { confirmErasure, rejectErasure, requestErasure } from '@/lib/privacy/service';
import { createAward, createMembership, createUser, day, unique, uniqueEmail } from '@/tests/support/factories';
import { createAdmin, createReviewCycle, createReviewer, createSubmittedNomination, viewerOf } from '@/tests/support/review-factories';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { erasedEmailOf } from '@/lib/erased-account';

vi.mock('@/lib/auth/guards', () => ({
  getViewer: () => {
    throw new Error('the session fallback was used; tests pass resolveViewer');
  },
}));

const request = (viewer: Viewer, reason = '') => requestErasure(viewer, requestErasureSchema.parse({ reason, understood: true }));
const confirm = (viewer: Viewer, requestId: string, confirmEmail: string) =>
  confirmErasure(viewer, confirmErasureSchema.parse({ requestId, confirmEmail }));

/** A candidate with something of every kind: a reviewed, decided and released nomination, an award,
 * evidence in and out of the submission, MCT records, a draft, a session, emails and audit entries. */
async function createFullCandidate() {
  const cycle = await createReviewCycle();
  const reviewer = await createReviewer([], { name: unique('Rowan Reviewer') });
  const other = await createSubmittedNomination({ cycleId: cycle.id });
  const s = await createSubmittedNomination({ cycleId: cycle.id, categoryId: other.categoryId });
  const candidate = s.candidate;
  const firstName = candidate.name!.split('-')[0]!;
  await prisma.user.update({
    where: { id: candidate.id },
    data: { passwordHash: 'argon2-hash-placeholder', image: 'https://img.example/me.png' },
  });
  // Their log: one item frozen in the submission, one never submitted.
  const frozen = await prisma.evidenceItem.create({
    data: {
      ownerId: candidate.id,
      type: 'BLOG',
      role: 'AUTHOR',
      title: `${candidate.name} on Kubernetes`,
      description: `Read it at https://blog.example/${candidate.id} – by ${candidate.name}`,
      startDate: day('2026-05-10'),
      url: `https://blog.example/${candidate.id}`,
      audience: 'DEVELOPERS',
      privateNote: 'Private numbers',
      metrics: { create: [{ metric: 'VIEWS', value: 900 }] },
    },
  });
  await prisma.submissionItem.updateMany({
    where: { submissionId: s.submission.id, position: 0 },
    data: { sourceItemId: frozen.id, url: `https://blog.example/${candidate.id}`, title: `${candidate.name} on Kubernetes` },
  });
  const loose = await prisma.evidenceItem.create({
    data: {
      ownerId: candidate.id,
      type: 'VIDEO',
      role: 'HOST',
      title: 'Unsubmitted video',
      description: 'Draft idea',
      startDate: day('2026-08-01'),
      audience: 'DEVELOPERS',
    },
  });
  // Reviewed and decided, released with an award.
  const assignment = await prisma.reviewAssignment.create({
    data: {
      submissionId: s.submission.id,
      reviewerId: reviewer.id,
      method: 'MANUAL',
      status: 'SUBMITTED',
      dueAt: new Date('2027-05-16T06:59:59Z'),
      confidence: 3,
      committeeComment: `Committee only: ${candidate.name} is strong`,
      candidateFeedback: 'Great reach; keep the cadence.',
      submittedAt: new Date(),
      scores: { create: cycle.criteria.map((c) => ({ criterionId: c.id, score: 4 })) },
    },
  });
  const admin = await createAdmin();
  await prisma.decision.create({
    data: {
      submissionId: s.submission.id,
      outcome: 'AWARD',
      feedback: `Well done, ${firstName}.`,
      decidedById: admin.id,
      releasedAt: new Date(),
      releasedById: admin.id,
    },
  });
  const award = await createAward({
    userId: candidate.id,
    startsOn: '2027-07-01',
    endsOn: '2028-06-30',
    categoryId: s.categoryId,
    cycleId: cycle.id,
  });
  await prisma.award.update({ where: { id: award.id }, data: { submissionId: s.submission.id } });
  // MCT, sign-in and the rest.
  await createMembership({ userId: candidate.id, status: 'ACTIVE', terms: [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }] });
  await prisma.loungeAccess.create({ data: { userId: candidate.id, status: 'GRANTED', grantedAt: new Date() } });
  const certification = await prisma.certification.create({
    data: { code: unique('AZ'), name: unique('Azure Administrator'), level: 'ASSOCIATE', isEligible: true },
  });
  await prisma.candidateCertification.create({
    data: { userId: candidate.id, certificationId: certification.id, credentialId: unique('CRED'), earnedOn: day('2026-01-10') },
  });
  await prisma.account.create({
    data: { userId: candidate.id, type: 'oidc', provider: 'microsoft-entra-id', providerAccountId: unique('entra') },
  });
  await prisma.session.create({
    data: { userId: candidate.id, sessionToken: unique('session'), expires: new Date(Date.now() + 86_400_000) },
  });
  await prisma.formDraft.create({ data: { userId: candidate.id, formKey: 'evidence:new', data: { title: `draft by ${candidate.name}` } } });
  await prisma.notification.create({
    data: {
      userId: candidate.id,
      toEmail: candidate.email,
      template: 'mvp.decision-released',
      subject: `Hello ${candidate.name}`,
      textBody: 'Your outcome',
      htmlBody: '<p>Your outcome</p>',
      urgency: 'DIGESTIBLE',
      status: 'SENT',
    },
  });
  await prisma.$transaction(async (tx) => {
    await recordAudit(tx, {
      actor: { id: candidate.id, label: candidate.email },
      action: 'evidence.created',
      entityType: 'EvidenceItem',
      entityId: frozen.id,
      after: { title: frozen.title },
    });
    await recordAudit(tx, {
      actor: { id: admin.id, label: admin.email },
      action: 'role.granted',
      entityType: 'User',
      entityId: candidate.id,
      before: { roles: [] },
      after: { roles: ['EMPLOYEE'], email: candidate.email },
    });
  });
  return { cycle, reviewer, other, s, candidate, frozen, loose, assignment, admin, award };
}

/** Audit rows as text (their ids are BigInt). */
const asText = (rows: { id: bigint }[]) => JSON.stringify(rows.map((r) => ({ ...r, id: String(r.id) })));

let admin: Viewer;
beforeAll(async () => {
  admin = await createAdmin();
});

describe('data export', () => {
  it('holds the person’s records and nothing of other people’s private data', async () => {
    const f = await createFullCandidate();
    const viewer = await viewerOf(f.candidate.id);
    const { fileName, body } = await exportOwnData(viewer, new Date('2026-11-22T10:00:00Z'));
    expect(fileName).toBe('my-data-2026-11-22.json');
    expect(body).toContain('\n  "profile"'); // pretty-printed
    const data = JSON.parse(body) as Record<string, unknown> & Awaited<ReturnType<typeof buildDataExport>>;

    // Every relation the schema has, in the section user-records.ts names.
    for (const r of USER_RELATIONS) if ('key' in r.exportAs) expect(data, r.exportAs.key).toHaveProperty(r.exportAs.key);
    expect(data.profile.email).toBe(f.candidate.email);
    expect(data.profile.hasPassword).toBe(true);
    expect(data.evidenceItems.map((e) => e.id).sort()).toEqual([f.frozen.id, f.loose.id].sort());
    expect(data.evidenceItems.find((e) => e.id === f.frozen.id)?.metrics).toEqual({ VIEWS: 900 });
    expect(data.submissions).toHaveLength(1);
    expect(data.submissions[0]!.items).toHaveLength(2);
    expect(data.submissions[0]!.outcome).toMatchObject({ outcome: 'AWARD', reviewerFeedback: ['Great reach; keep the cadence.'] });
    expect(data.awards.map((a) => a.id)).toEqual([f.award.id]);
    expect(data.nominationsReceived).toHaveLength(1);
    expect(data.mctMembership?.status).toBe('ACTIVE');
    expect(data.loungeAccess?.status).toBe('GRANTED');
    expect(data.certifications).toHaveLength(1);
    expect(data.signInMethods).toEqual([expect.objectContaining({ provider: 'microsoft-entra-id' })]);
    expect(data.formDrafts).toHaveLength(1);
    expect(data.notifications.map((n) => n.subject)).toContain(`Hello ${f.candidate.name}`);
    expect(data.auditEntries.map((a) => a.action)).toEqual(expect.arrayContaining(['evidence.created', 'role.granted']));

    // Nothing of others: reviewers, committee comments, scores, other candidates, other actors' emails.
    for (const secret of [
      f.reviewer.name!,
      f.reviewer.email,
      'Committee only',
      f.other.candidate.email,
      f.other.candidate.name!,
      f.admin.email,
    ]) {
      expect(body).not.toContain(secret);
    }
    expect(body).not.toMatch(/"score"/);
    expect(body).not.toContain('argon2-hash-placeholder');

    // Recorded as a completed EXPORT request, and audited.
    const recorded = await prisma.privacyRequest.findMany({ where: { userId: f.candidate.id, kind: 'EXPORT' } });
    expect(recorded).toMatchObject([{ status: 'COMPLETED' }]);
    expect(await prisma.auditEvent.count({ where: { entityId: f.candidate.id, action: 'privacy.exported' } })).toBe(1);
  });
});

describe('erasure requests', () => {
  it('opens one request at a time and emails the person and the admins', async () => {
    const person = await viewerOf((await createUser({ name: 'Petra Private' })).id);
    await request(person, 'I left the community');
    await expect(request(person)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await prisma.privacyRequest.count({ where: { userId: person.id, kind: 'ERASURE', status: 'REQUESTED' } })).toBe(1);
    const mails = await prisma.notification.findMany({
      where: { template: { startsWith: 'privacy.erasure-request' } },
      select: { toEmail: true, template: true },
    });
    expect(mails).toContainEqual({ toEmail: person.email, template: 'privacy.erasure-requested' });
    expect(mails).toContainEqual({ toEmail: admin.email, template: 'privacy.erasure-request-admin' });
  });

  it('two requests at once still leave one open request', async () => {
    const person = await viewerOf((await createUser()).id);
    const results = await Promise.allSettled([request(person), request(person)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.privacyRequest.count({ where: { userId: person.id, kind: 'ERASURE', status: 'REQUESTED' } })).toBe(1);
  });

  it('a non-admin cannot confirm or reject, and nothing changes', async () => {
    const person = await viewerOf((await createUser()).id);
    const { requestId } = await request(person);
    const reviewer = await viewerOf((await createUser({ roles: ['REVIEWER'] })).id);
    const confirmAction = defineAction(confirmErasureSchema, (v, input) => confirmErasure(v, input), {
      resolveViewer: async () => reviewer,
    });
    expect(await confirmAction({ requestId, confirmEmail: person.email })).toMatchObject({
      ok: false,
      error: 'You do not have access to this.',
    });
    const rejectAction = defineAction(rejectErasureSchema, (v, input) => rejectErasure(v, input), { resolveViewer: async () => person });
    expect(await rejectAction({ requestId, reason: 'I changed my mind about it' })).toMatchObject({
      ok: false,
      error: 'You do not have access to this.',
    });
    expect(await prisma.privacyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: 'REQUESTED' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).anonymizedAt).toBeNull();
  });

  it('a rejection tells the person why and keeps everything', async () => {
    const person = await viewerOf((await createUser()).id);
    const { requestId } = await request(person);
    await rejectErasure(
      admin,
      rejectErasureSchema.parse({ requestId, reason: 'Your MCT renewal is under review; ask again after it is decided.' }),
    );
    expect(await prisma.privacyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'REJECTED',
      handledById: admin.id,
    });
    const mail = await prisma.notification.findFirstOrThrow({ where: { toEmail: person.email, template: 'privacy.erasure-rejected' } });
    expect(mail.textBody).toContain('Your MCT renewal is under review');
    await expect(
      rejectErasure(admin, rejectErasureSchema.parse({ requestId, reason: 'Second time round for this.' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await loadViewer(person.id)).not.toBeNull();
  });
});

describe('confirming an erasure', () => {
  it('erases and blanks what the privacy page says, and keeps decisions, awards and audit rows', async () => {
    const f = await createFullCandidate();
    const person = await viewerOf(f.candidate.id);
    const oldEmail = f.candidate.email;
    const oldName = f.candidate.name!;
    // An entry by the same admin about someone else, naming the erased person.
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: { id: f.admin.id, label: f.admin.email },
        action: 'role.granted',
        entityType: 'User',
        entityId: f.other.candidate.id,
        after: { note: `same group as ${oldEmail}` },
      }),
    );
    const otherAudit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: f.other.candidate.id }, orderBy: { id: 'desc' } });
    // As createNomination records it: the nominator's entry about the nomination holds the nominee's address.
    await prisma.$transaction((tx) =>
      recordAudit(tx, {
        actor: { id: f.admin.id, label: f.admin.email },
        action: 'nomination.created',
        entityType: 'Nomination',
        entityId: f.s.nomination.id,
        after: { status: 'INVITED', nomineeEmail: oldEmail },
      }),
    );
    const { requestId } = await request(person, 'Please remove me');
    const countsBefore = {
      audit: await prisma.auditEvent.count(),
      decisions: await prisma.decision.count({ where: { submission: { candidateId: person.id } } }),
      awards: await prisma.award.count({ where: { userId: person.id } }),
      scores: await prisma.reviewScore.count({ where: { assignmentId: f.assignment.id } }),
      submissionItems: await prisma.submissionItem.count({ where: { submissionId: f.s.submission.id } }),
    };

    // A wrong confirmation changes nothing.
    await expect(confirm(admin, requestId, 'someone@else.test')).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { confirmEmail: expect.any(Array) },
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).anonymizedAt).toBeNull();

    await confirm(admin, requestId, oldEmail.toUpperCase());

    const user = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user).toMatchObject({ name: null, email: erasedEmailOf(person.id), passwordHash: null, image: null, emailVerified: null });
    expect(user.anonymizedAt).not.toBeNull();
    // Signed in nowhere, and the old address belongs to nobody: signing up with it makes a new person.
    expect(await loadViewer(person.id)).toBeNull();
    expect(await prisma.user.findUnique({ where: { email: oldEmail } })).toBeNull();
    expect(await prisma.account.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.formDraft.count({ where: { userId: person.id } })).toBe(0);
    // The log: the unsubmitted item is gone, the frozen one stays without link, note or name.
    expect(await prisma.evidenceItem.findUnique({ where: { id: f.loose.id } })).toBeNull();
    const frozen = await prisma.evidenceItem.findUniqueOrThrow({ where: { id: f.frozen.id } });
    expect(frozen).toMatchObject({ url: null, privateNote: null });
    expect(frozen.title).not.toContain(oldName);
    const items = await prisma.submissionItem.findMany({ where: { submissionId: f.s.submission.id }, orderBy: { position: 'asc' } });
    expect(items).toHaveLength(countsBefore.submissionItems);
    expect(items.every((i) => i.url === null && i.privateNote === null)).toBe(true);
    expect(items[0]!.title).toBe('[erased] on Kubernetes');
    expect(items[0]!.metrics).toEqual({ VIEWS: 5400 });
    // Decisions, scores and awards stay; the comments lose the name.
    expect(await prisma.decision.count({ where: { submission: { candidateId: person.id } } })).toBe(countsBefore.decisions);
    expect(await prisma.award.count({ where: { userId: person.id } })).toBe(countsBefore.awards);
    expect(await prisma.reviewScore.count({ where: { assignmentId: f.assignment.id } })).toBe(countsBefore.scores);
    expect((await prisma.reviewAssignment.findUniqueOrThrow({ where: { id: f.assignment.id } })).committeeComment).toBe(
      'Committee only: [erased] is strong',
    );
    const nomination = await prisma.nomination.findUniqueOrThrow({ where: { id: f.s.nomination.id } });
    expect(nomination).toMatchObject({ nomineeName: 'Erased person', nomineeEmail: erasedEmailOf(person.id), status: 'SUBMITTED' });
    expect(await prisma.loungeAccess.findUniqueOrThrow({ where: { userId: person.id } })).toMatchObject({ status: 'REVOKED' });
    expect((await prisma.candidateCertification.findFirstOrThrow({ where: { userId: person.id } })).credentialId).toMatch(/^erased-/);
    // Emails sent to them keep no address or content.
    const mails = await prisma.notification.findMany({ where: { userId: person.id } });
    expect(mails.length).toBeGreaterThan(0);
    expect(mails.every((m) => m.toEmail === erasedEmailOf(person.id) && m.textBody === '' && m.htmlBody === '')).toBe(true);
    // The last email goes to the real address.
    const last = await prisma.notification.findFirstOrThrow({ where: { template: 'privacy.erased', toEmail: oldEmail } });
    expect(last.status).toBe('QUEUED');
    // Once it is out, the outbox forgets the address too.
    expect(await deliverNotification(last.id, { isLastAttempt: false })).toBe('sent');
    const sent = await prisma.notification.findUniqueOrThrow({ where: { id: last.id } });
    expect(sent).toMatchObject({ status: 'SENT', textBody: '', htmlBody: '' });
    expect(sent.toEmail).not.toBe(oldEmail);

    // The audit log: not one row less; their label and identifiers gone, other people's rows untouched.
    expect(await prisma.auditEvent.count()).toBe(countsBefore.audit + 1);
    const byThem = await prisma.auditEvent.findMany({ where: { actorId: person.id } });
    expect(byThem.length).toBeGreaterThan(0);
    expect(byThem.every((e) => e.actorLabel === 'erased person')).toBe(true);
    const aboutThem = await prisma.auditEvent.findMany({ where: { entityId: person.id } });
    expect(asText(aboutThem)).not.toContain(oldEmail);
    expect(asText(byThem)).not.toContain(oldName);
    expect(aboutThem.find((e) => e.action === 'role.granted')).toMatchObject({
      actorLabel: f.admin.email,
      after: { roles: ['EMPLOYEE'], email: '[erased]' },
    });
    // An entry about someone else that mentions them keeps its event, actor and record; only their
    // address goes (issue 15: audit entries about an erased person are redacted, the event kept).
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: otherAudit.id } })).toEqual({
      ...otherAudit,
      after: { note: 'same group as [erased]' },
    });
    // And no entry anywhere still holds their address: a nomination about them, an ISC completion ...
    const mentions = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "AuditEvent"
      WHERE strpos(lower(coalesce(before::text, '')), lower(${oldEmail})) > 0 OR strpos(lower(coalesce(after::text, '')), lower(${oldEmail})) > 0`;
    expect(Number(mentions[0]!.n)).toBe(0);
    const erased = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'privacy.erased', entityId: person.id } });
    expect(erased).toMatchObject({ actorId: admin.id, actorLabel: admin.email });
    expect(await prisma.privacyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: 'COMPLETED',
      handledById: admin.id,
    });

    // The other candidate of the same category is untouched.
    expect(await prisma.user.findUniqueOrThrow({ where: { id: f.other.candidate.id } })).toMatchObject({
      email: f.other.candidate.email,
      anonymizedAt: null,
    });
    await expect(confirm(admin, requestId, oldEmail)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('also erases the addresses of accounts merged into the person’s account', async () => {
    const person = await viewerOf((await createUser({ name: 'Mia Merged' })).id);
    const older = await createUser({ email: uniqueEmail('mia-old'), name: 'Mia Old' });
    await prisma.user.update({ where: { id: older.id }, data: { mergedIntoId: person.id, mergedAt: new Date() } });
    const { requestId } = await request(person);
    await confirm(admin, requestId, person.email);
    expect(await prisma.user.findUnique({ where: { email: older.email } })).toBeNull();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({ name: null, email: erasedEmailOf(older.id) });
  });

  it('refuses the admin’s own request', async () => {
    const self = await createAdmin();
    const { requestId } = await request(self);
    await expect(confirm(self, requestId, self.email)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  describe('the last admin', () => {
    let setAside: { userId: string; role: 'ADMIN'; grantedById: string | null; grantedAt: Date }[] = [];
    let onlyAdmin: Viewer;
    let confirmer: Viewer;

    beforeAll(async () => {
      onlyAdmin = await createAdmin();
      confirmer = await createAdmin();
      const others = await prisma.userRole.findMany({ where: { role: 'ADMIN', userId: { notIn: [onlyAdmin.id, confirmer.id] } } });
      setAside = others.map((r) => ({ userId: r.userId, role: 'ADMIN', grantedById: r.grantedById, grantedAt: r.grantedAt }));
      await prisma.userRole.deleteMany({ where: { role: 'ADMIN', userId: { notIn: [onlyAdmin.id, confirmer.id] } } });
    });
    afterAll(async () => {
      await prisma.userRole.createMany({ data: setAside, skipDuplicates: true });
    });

    it('is never erased, even when the other admin’s grant goes meanwhile', async () => {
      const { requestId } = await request(onlyAdmin);
      // The confirming admin's page was loaded while they were admin; their grant was revoked since
      // (another tab). The rule counts grants in the database, under the same lock as revocations.
      await prisma.userRole.delete({ where: { userId_role: { userId: confirmer.id, role: 'ADMIN' } } });
      try {
        await expect(confirm(confirmer, requestId, onlyAdmin.email)).rejects.toMatchObject({
          code: 'CONFLICT',
          message: expect.stringContaining('last admin'),
        });
        expect((await prisma.user.findUniqueOrThrow({ where: { id: onlyAdmin.id } })).anonymizedAt).toBeNull();
        expect(await prisma.privacyRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: 'REQUESTED' });
      } finally {
        await prisma.userRole.create({ data: { userId: confirmer.id, role: 'ADMIN' } });
      }
    });
  });
});

describe('the audit log’s one exception', () => {
  it('holds only inside a transaction that declares the person, only for their entries and columns', async () => {
    const a = await createUser({ email: uniqueEmail('audit-a') });
    const b = await createUser({ email: uniqueEmail('audit-b') });
    await prisma.$transaction(async (tx) => {
      await recordAudit(tx, {
        actor: { id: a.id, label: a.email },
        action: 'profile.updated',
        entityType: 'User',
        entityId: a.id,
        after: { email: a.email },
      });
      await recordAudit(tx, {
        actor: { id: b.id, label: b.email },
        action: 'profile.updated',
        entityType: 'User',
        entityId: b.id,
        after: { email: b.email },
      });
    });
    const entryA = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: a.id } });
    const entryB = await prisma.auditEvent.findFirstOrThrow({ where: { actorId: b.id } });

    // Without the declaration: refused.
    await expect(prisma.auditEvent.update({ where: { id: entryA.id }, data: { actorLabel: 'erased person' } })).rejects.toThrow(
      /append-only/,
    );
    // Declared for A: B's entry is still refused, and so are A's action and deletion.
    const asErasing = (body: (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<unknown>) =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT set_config('portal.audit_redaction', ${a.id}, true)`;
        await body(tx);
      });
    await expect(
      asErasing((tx) => tx.auditEvent.update({ where: { id: entryB.id }, data: { actorLabel: 'erased person' } })),
    ).rejects.toThrow(/append-only/);
    await expect(asErasing((tx) => tx.auditEvent.update({ where: { id: entryA.id }, data: { action: 'something.else' } }))).rejects.toThrow(
      /append-only/,
    );
    await expect(
      asErasing((tx) => tx.auditEvent.update({ where: { id: entryA.id }, data: { actorLabel: 'someone else' } })),
    ).rejects.toThrow(/append-only/);
    await expect(asErasing((tx) => tx.auditEvent.delete({ where: { id: entryA.id } }))).rejects.toThrow(/append-only/);
    // What the erasure does is allowed, and ends with the transaction.
    await asErasing((tx) =>
      tx.auditEvent.update({ where: { id: entryA.id }, data: { actorLabel: 'erased person', after: { email: '[erased]' } } }),
    );
    await expect(prisma.auditEvent.update({ where: { id: entryA.id }, data: { after: { email: 'back' } } })).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: entryB.id } })).toEqual(entryB);
  });
});
