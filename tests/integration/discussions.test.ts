// The reviewers' discussion of a submission on PostgreSQL: who may read and post (the same rule as
// other reviewers' scores), editing within the window, hiding with a reason, @mentions through the
// outbox and digest choices, read markers and the reviewer queue, paging.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getDiscussion, countDiscussionComments } from '@/lib/discussions/queries';
import { DISCUSSION_PAGE_SIZE, editCommentSchema, hideCommentSchema, postCommentSchema } from '@/lib/discussions/schema';
import { editComment, hideComment, markDiscussionRead, postComment } from '@/lib/discussions/service';
import { assignReviewers } from '@/lib/reviews/assign';
import { declareConflict } from '@/lib/reviews/declare-conflict';
import { anonymousReviewerLabels } from '@/lib/reviews/labels';
import { listReviewQueue } from '@/lib/reviews/queries';
import { saveReview } from '@/lib/reviews/review';
import { reviewInputSchema } from '@/lib/reviews/schema';
import { createCategory, createUser } from '@/tests/support/factories';
import { createIscProvider } from '@/tests/support/mct-factories';
import { refusal } from '@/tests/support/refusal';
import {
  createAdmin,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  flatScores,
  viewerOf,
} from '@/tests/support/review-factories';

const post = (viewer: Awaited<ReturnType<typeof viewerOf>>, submissionId: string, body: string, now?: Date) =>
  postComment(viewer, postCommentSchema.parse({ submissionId, body }), now);

/** A submission under review with three reviewers (A, B, C in assignment order); A and B have
 * submitted their reviews, C has not. Also an endorser, and a fourth reviewer of the category with
 * a declared conflict. */
async function setup() {
  const admin = await createAdmin();
  const cycle = await createReviewCycle();
  const category = await createCategory();
  const endorser = await createUser({ roles: ['EMPLOYEE'] });
  const [a, b, c, conflicted, other] = await Promise.all([1, 2, 3, 4, 5].map(() => createReviewer([category.id])));
  const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id, endorserIds: [endorser.id] });
  await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [a!.id, b!.id, c!.id] });
  const elsewhere = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
  await assignReviewers(admin, { submissionIds: [elsewhere.submission.id], reviewerIds: [other!.id] });
  await declareConflict(await viewerOf(conflicted!.id), { submissionId: sub.submission.id, reason: 'We work for the same company.' });
  for (const r of [a!, b!]) {
    const assignment = await prisma.reviewAssignment.findUniqueOrThrow({
      where: { submissionId_reviewerId: { submissionId: sub.submission.id, reviewerId: r.id } },
    });
    await saveReview(
      await viewerOf(r.id),
      reviewInputSchema.parse({
        assignmentId: assignment.id,
        version: assignment.version,
        intent: 'submit',
        scores: flatScores(cycle.criteria, r === a ? 2 : 5),
        confidence: '3',
        committeeComment: 'Consistent reach.',
        candidateFeedback: 'Keep going.',
      }),
    );
  }
  const staff = await createUser();
  await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
  const v = async (id: string) => viewerOf(id);
  // How reviewers are shown to each other: by assignment order (one call assigns all three, so the
  // order among them is the ids').
  const assignments = await prisma.reviewAssignment.findMany({
    where: { submissionId: sub.submission.id },
    orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
  });
  const labels = anonymousReviewerLabels(assignments, (x) => x.reviewerId);
  const label = (id: string) => labels.get(id)!;
  const handle = (id: string) => `@${label(id).replace(' ', '')}`;
  return {
    label,
    handle,
    admin,
    submissionId: sub.submission.id,
    a: await v(a!.id),
    b: await v(b!.id),
    c: await v(c!.id),
    conflicted: await v(conflicted!.id),
    unassigned: await v(other!.id),
    candidate: await v(sub.candidate.id),
    nominator: await v(sub.nominatorId),
    endorser: await v(endorser.id),
    providerStaff: await v(staff.id),
  };
}

describe('who may read and post', () => {
  it('opens to a reviewer once their review is in, to admins, and to nobody else', async () => {
    const w = await setup();
    const { id } = await post(w.a, w.submissionId, 'I scored consistency low: nothing between March and July.');
    expect((await getDiscussion(w.b, w.submissionId))?.access).toBe('post');
    expect((await getDiscussion(w.admin, w.submissionId))?.access).toBe('post');
    // C has not submitted: told it opens later, and shown nothing of it.
    const forC = await getDiscussion(w.c, w.submissionId);
    expect(forC).toEqual({ access: 'after-own-review' });
    expect((await refusal(post(w.c, w.submissionId, 'Can I see?'))).code).toBe('FORBIDDEN');
    for (const outsider of [w.conflicted, w.unassigned, w.candidate, w.nominator, w.endorser, w.providerStaff]) {
      expect(await getDiscussion(outsider, w.submissionId)).toBeNull();
      expect(await countDiscussionComments(outsider, w.submissionId)).toBeNull();
      expect((await refusal(post(outsider, w.submissionId, 'Let me in.'))).code).toBe('NOT_FOUND');
      expect((await refusal(markDiscussionRead(outsider, { submissionId: w.submissionId, upToCommentId: id }))).code).toBe('NOT_FOUND');
    }
    expect(await prisma.discussionComment.count({ where: { submissionId: w.submissionId } })).toBe(1);
    expect(await prisma.discussionReadMarker.count({ where: { submissionId: w.submissionId } })).toBe(1);
  });

  it('keeps reviewers anonymous to each other, and shows admins every name', async () => {
    const w = await setup();
    await post(w.a, w.submissionId, 'First.');
    await post(w.admin, w.submissionId, 'Second, from the program team.');
    const forB = (await getDiscussion(w.b, w.submissionId))!;
    if (forB.access === 'after-own-review') throw new Error('B should read');
    expect(forB.comments.map((c) => c.authorLabel)).toEqual([w.label(w.a.id), w.admin.name ?? w.admin.email]);
    expect(JSON.stringify(forB)).not.toContain(w.a.email);
    expect(forB.mentionHandles).toEqual(expect.arrayContaining([w.handle(w.a.id), w.handle(w.c.id)]));
    expect(forB.mentionHandles).not.toContain(w.handle(w.b.id));
    expect(forB.waitingReviewers).toEqual([w.label(w.c.id)]);
    const forAdmin = (await getDiscussion(w.admin, w.submissionId))!;
    if (forAdmin.access === 'after-own-review') throw new Error('admins read');
    expect(forAdmin.comments[0]!.authorLabel).toBe(w.a.name);
  });

  it('closes posting once the submission is decided, and keeps the thread readable', async () => {
    const w = await setup();
    await post(w.a, w.submissionId, 'Before the decision.');
    await prisma.submission.update({ where: { id: w.submissionId }, data: { status: 'DECIDED' } });
    expect((await getDiscussion(w.b, w.submissionId))?.access).toBe('read');
    expect((await refusal(post(w.b, w.submissionId, 'Too late?'))).code).toBe('CONFLICT');
  });
});

describe('editing and hiding', () => {
  it('lets the author edit for 15 minutes, keeps the earlier text, then refuses', async () => {
    const w = await setup();
    const t0 = new Date();
    const { id } = await post(w.a, w.submissionId, 'I scored 2 for reach.', t0);
    const edit = (body: string, version: number, at: Date, who = w.a) =>
      editComment(who, editCommentSchema.parse({ commentId: id, version, body }), at);
    expect((await refusal(edit('Not mine to edit.', 0, t0, w.b))).code).toBe('FORBIDDEN');
    expect(await edit('I scored 2 for reach and 3 for depth.', 0, new Date(t0.getTime() + 5 * 60_000))).toEqual({ version: 1 });
    // A stale tab's edit is refused, not applied over the newer text.
    expect((await refusal(edit('Stale.', 0, new Date(t0.getTime() + 6 * 60_000)))).code).toBe('CONFLICT');
    const late = await refusal(edit('Too late.', 1, new Date(t0.getTime() + 15 * 60_000)));
    expect(late.message).toMatch(/stays as written/);
    const row = await prisma.discussionComment.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(row.body).toBe('I scored 2 for reach and 3 for depth.');
    expect(row.revisions.map((r) => r.body)).toEqual(['I scored 2 for reach.']);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'discussion_comment.edited' } });
    expect(audit.before).toEqual({ body: 'I scored 2 for reach.' });
    const forB = (await getDiscussion(w.b, w.submissionId, {}, new Date(t0.getTime() + 7 * 60_000)))!;
    if (forB.access === 'after-own-review') throw new Error('B should read');
    expect(forB.comments[0]).toMatchObject({ editableUntil: null, revisions: [{ body: 'I scored 2 for reach.' }] });
  });

  it('lets only an admin hide a comment, with a reason, audited; reviewers then see the reason, not the text', async () => {
    const w = await setup();
    const { id } = await post(w.a, w.submissionId, 'Something that should not stay.');
    const hide = (who: typeof w.a) => hideComment(who, hideCommentSchema.parse({ commentId: id, reason: 'Names a third party.' }));
    expect((await refusal(hide(w.b))).code).toBe('FORBIDDEN');
    expect((await refusal(hide(w.unassigned))).code).toBe('NOT_FOUND');
    await hide(w.admin);
    expect((await refusal(hide(w.admin))).code).toBe('CONFLICT');
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: id, action: 'discussion_comment.hidden' } });
    expect(audit.after).toMatchObject({ hidden: true, reason: 'Names a third party.' });
    const forB = (await getDiscussion(w.b, w.submissionId))!;
    if (forB.access === 'after-own-review') throw new Error('B should read');
    expect(forB.comments[0]).toMatchObject({ body: null, hidden: { reason: 'Names a third party.' } });
    expect(JSON.stringify(forB)).not.toContain('should not stay');
    const forAdmin = (await getDiscussion(w.admin, w.submissionId))!;
    if (forAdmin.access === 'after-own-review') throw new Error('admins read');
    expect(forAdmin.comments[0]!.body).toBe('Something that should not stay.');
    expect((await refusal(editComment(w.a, editCommentSchema.parse({ commentId: id, version: 0, body: 'Edited.' })))).code).toBe(
      'CONFLICT',
    );
  });
});

describe('mentions', () => {
  it('emails the people mentioned through the outbox, following their digest choice, never the author', async () => {
    const w = await setup();
    await prisma.user.update({ where: { id: w.b.id }, data: { notificationMode: 'DAILY_DIGEST' } });
    const body = `${w.handle(w.b.id)} ${w.handle(w.c.id).toLowerCase()} ${w.handle(w.a.id)} @nobody what did you make of the talks? Nina <script>x</script>`;
    const { id, mentioned } = await post(w.a, w.submissionId, body);
    expect(mentioned).toBe(2);
    const mail = await prisma.notification.findMany({
      where: { template: 'mvp.discussion.mention', dedupeKey: { startsWith: `discussion-mention:${id}` } },
    });
    const toB = mail.find((n) => n.userId === w.b.id)!;
    const toC = mail.find((n) => n.userId === w.c.id)!;
    expect(mail).toHaveLength(2);
    // B chose a daily digest: held for it. C gets it now, without the comment (their review is not in).
    expect(toB).toMatchObject({ status: 'DIGESTED', urgency: 'DIGESTIBLE', toEmail: w.b.email });
    expect(toB.textBody).toContain(`${w.label(w.a.id)} mentioned you`);
    expect(toB.textBody).toContain('what did you make of the talks?');
    expect(toC.status).toBe('QUEUED');
    expect(toC.textBody).not.toContain('what did you make of the talks?');
    expect(toC.textBody).toContain('once you have submitted your own review');
    expect(toB.htmlBody).not.toContain('<script>');
  });

  it('emails only people newly mentioned when a comment is edited; admins are mentioned once they wrote', async () => {
    const w = await setup();
    await post(w.admin, w.submissionId, 'Please discuss the spread.');
    const adminHandle = `@${(w.admin.name ?? '').replace(/[^\p{L}\p{N}]/gu, '')}`;
    const { id } = await post(w.a, w.submissionId, `${w.handle(w.b.id)} see item 2`);
    await editComment(
      w.a,
      editCommentSchema.parse({ commentId: id, version: 0, body: `${w.handle(w.b.id)} see item 2, and ${adminHandle}` }),
    );
    const mail = await prisma.notification.findMany({
      where: { template: 'mvp.discussion.mention', dedupeKey: { startsWith: `discussion-mention:${id}` } },
    });
    expect(mail.map((n) => n.userId).sort()).toEqual([w.admin.id, w.b.id].sort());
    // The admin sees the author by name.
    expect(mail.find((n) => n.userId === w.admin.id)!.subject).toContain(w.a.name!);
  });
});

describe('in Spanish', () => {
  it('labels reviewers in the reader’s language, and a mention typed in Spanish reaches the same reviewer', async () => {
    const w = await setup();
    await post(w.a, w.submissionId, 'First.');
    const forB = (await getDiscussion(w.b, w.submissionId, { locale: 'es' }))!;
    if (forB.access === 'after-own-review') throw new Error('B should read');
    const es = (id: string) => w.label(id).replace(/^Reviewer /, 'Revisor ');
    expect(forB.comments.map((c) => c.authorLabel)).toEqual([es(w.a.id)]);
    expect(forB.mentionHandles).toEqual(expect.arrayContaining([`@${es(w.c.id).replace(' ', '')}`]));
    expect(forB.mentionHandles).not.toContain(w.handle(w.c.id));
    expect(forB.waitingReviewers).toEqual([es(w.c.id)]);
    // A reads Spanish: the email names B as A's thread does, in Spanish.
    await prisma.user.update({ where: { id: w.a.id }, data: { locale: 'es' } });
    const { id, mentioned } = await post(w.b, w.submissionId, `@${es(w.a.id).replace(' ', '')} ¿qué opinas del punto 2?`);
    expect(mentioned).toBe(1);
    const mail = await prisma.notification.findFirstOrThrow({
      where: { template: 'mvp.discussion.mention', dedupeKey: `discussion-mention:${id}:${w.a.id}` },
    });
    expect(mail.subject).toContain(`${es(w.b.id)} te mencionó`);
  });
});

describe('read markers and the reviewer queue', () => {
  it('counts comments new to the reviewer until they mark the thread read; their own do not count', async () => {
    const w = await setup();
    await post(w.b, w.submissionId, 'Mine.');
    const rowOf = async () => (await listReviewQueue(w.b)).done.find((r) => r.submissionId === w.submissionId)!;
    expect((await rowOf()).newComments).toBe(0);
    await post(w.a, w.submissionId, 'One.');
    const { id: last } = await post(w.admin, w.submissionId, 'Two.');
    const queue = await listReviewQueue(w.b);
    expect(queue.doneWithNewComments).toBe(1);
    expect((await rowOf()).newComments).toBe(2);
    const forB = (await getDiscussion(w.b, w.submissionId))!;
    if (forB.access === 'after-own-review') throw new Error('B should read');
    expect(forB.comments.map((c) => c.isNew)).toEqual([false, true, true]);
    // Reading the page wrote nothing: the marker moves only by B's own action.
    expect((await rowOf()).newComments).toBe(2);
    await markDiscussionRead(w.b, { submissionId: w.submissionId, upToCommentId: last });
    expect((await rowOf()).newComments).toBe(0);
    // A comment id of another submission is refused.
    const { id: foreign } = await post(
      w.admin,
      (await prisma.reviewAssignment.findFirstOrThrow({ where: { reviewerId: w.unassigned.id } })).submissionId,
      'Elsewhere.',
    );
    expect((await refusal(markDiscussionRead(w.b, { submissionId: w.submissionId, upToCommentId: foreign }))).code).toBe('NOT_FOUND');
  });

  it('pages a long thread on the server and opens it at the first comment new to the reader', async () => {
    const w = await setup();
    const start = Date.now() - 60 * 60_000;
    for (let i = 0; i < DISCUSSION_PAGE_SIZE + 5; i++) {
      await prisma.discussionComment.create({
        data: { submissionId: w.submissionId, authorId: w.a.id, body: `Comment ${i + 1}`, createdAt: new Date(start + i * 1000) },
      });
    }
    const page = async (p?: number) => {
      const d = (await getDiscussion(w.b, w.submissionId, { page: p }))!;
      if (d.access === 'after-own-review') throw new Error('B should read');
      return d;
    };
    const first = await page();
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: DISCUSSION_PAGE_SIZE + 5, unread: DISCUSSION_PAGE_SIZE + 5 });
    expect(first.comments).toHaveLength(DISCUSSION_PAGE_SIZE);
    await markDiscussionRead(w.b, { submissionId: w.submissionId, upToCommentId: first.lastShownId! });
    const next = await page();
    expect(next.page).toBe(2);
    expect(next.comments.map((c) => c.body)).toEqual([26, 27, 28, 29, 30].map((n) => `Comment ${n}`));
    expect((await page(99)).page).toBe(2);
  });
});
