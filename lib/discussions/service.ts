import 'server-only';
// Writing in a submission's discussion: posting (mentions email the people named, through the
// outbox and their digest choice), editing within the window (the earlier text is kept), an
// admin hiding a comment with a reason (audited), and marking the thread read.
import { recordAudit, type AuditActor } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { queueEmail } from '@/lib/notifications/outbox';
import type { Viewer } from '@/lib/auth/viewer';
import type { z } from 'zod';
import { labelFor, loadDiscussionContext, loadParticipants, mentionablesFor, type DiscussionContext, type Participant } from './access';
import { findMentions } from './mentions';
import { canTransitionComment, commentStateOf, editProblem } from './rules';
import type { editCommentSchema, hideCommentSchema, markReadSchema, postCommentSchema } from './schema';

const NOT_FOUND = 'That discussion does not exist, or is not open to you.';
const actorOf = (viewer: Viewer): AuditActor => ({ id: viewer.id, label: viewer.email });

/** The viewer's access, refused unless they may read (or, with 'post', write in) the thread: a 404
 * for people the thread is not for. */
async function requireAccess(tx: Tx, viewer: Viewer, submissionId: string, need: 'read' | 'post'): Promise<DiscussionContext> {
  const context = await loadDiscussionContext(tx, viewer, submissionId);
  if (!context || context.access === 'none') throw new AppError('NOT_FOUND', NOT_FOUND);
  if (context.access === 'after-own-review') {
    if (need === 'read') throw new AppError('NOT_FOUND', NOT_FOUND);
    throw new AppError('FORBIDDEN', 'The discussion opens to you once you have submitted your own review.');
  }
  if (need === 'post' && context.access === 'read') {
    throw new AppError('CONFLICT', 'This submission is no longer under review; its discussion is closed.');
  }
  return context;
}

/** Emails the people a comment mentions (not its author), once per comment and person; on an
 * edit, only people newly mentioned. DIGESTIBLE: each follows their own email choice. */
async function notifyMentions(
  tx: Tx,
  viewer: Viewer,
  context: DiscussionContext,
  comment: { id: string; submissionId: string; body: string },
  previousBody: string | null,
) {
  const participants = await loadParticipants(tx, comment.submissionId);
  const mentionable = mentionablesFor(participants, viewer);
  const already = new Set(previousBody === null ? [] : findMentions(previousBody, mentionable).map((m) => m.userId));
  const mentioned = [...new Set(findMentions(comment.body, mentionable).map((m) => m.userId))].filter((id) => !already.has(id));
  if (mentioned.length === 0) return [];
  const people = await tx.user.findMany({
    where: { id: { in: mentioned }, anonymizedAt: null },
    select: { id: true, name: true, email: true, locale: true },
  });
  // The author as the recipient reads them, in the recipient's language ("Reviewer A" / "Revisor A").
  const participantsIn = new Map<Locale, Participant[]>([['en', participants]]);
  const authorFor = async (locale: Locale) => {
    if (!participantsIn.has(locale)) participantsIn.set(locale, await loadParticipants(tx, comment.submissionId, locale));
    return participantsIn.get(locale)!.find((p) => p.userId === viewer.id);
  };
  const url = `${env().APP_URL}/reviews/${comment.submissionId}#discussion`;
  for (const person of people) {
    const them = participants.find((p) => p.userId === person.id)!;
    // A recipient sees the author as the thread shows them: reviewers stay anonymous to reviewers.
    const recipientIsAdmin = them.role === 'admin';
    const me = await authorFor(isLocale(person.locale) ? person.locale : 'en');
    await queueEmail(tx, {
      to: person.email,
      userId: person.id,
      template: 'mvp.discussion.mention',
      data: {
        recipientName: person.name,
        authorLabel: me ? labelFor(me, recipientIsAdmin) : (viewer.name ?? 'A program admin'),
        candidateName: context.candidateName,
        categoryName: context.categoryName,
        // Someone whose own review is not in yet must not read others' views: no excerpt for them.
        excerpt: them.canRead ? comment.body : null,
        url,
      },
      urgency: 'DIGESTIBLE',
      dedupeKey: `discussion-mention:${comment.id}:${person.id}`,
    });
  }
  return people.map((p) => p.id);
}

/** Moves the viewer's read marker forward to a moment (never back). */
async function markReadUpTo(tx: Tx, viewer: Viewer, submissionId: string, at: Date) {
  await tx.$executeRaw`
    INSERT INTO "DiscussionReadMarker" ("submissionId", "userId", "lastReadAt") VALUES (${submissionId}::uuid, ${viewer.id}::uuid, ${at})
    ON CONFLICT ("submissionId", "userId") DO UPDATE SET "lastReadAt" = GREATEST("DiscussionReadMarker"."lastReadAt", EXCLUDED."lastReadAt")`;
}

/** Posts a comment in the submission's discussion. */
export async function postComment(viewer: Viewer, input: z.output<typeof postCommentSchema>, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const context = await requireAccess(tx, viewer, input.submissionId, 'post');
    const comment = await tx.discussionComment.create({
      data: { submissionId: input.submissionId, authorId: viewer.id, body: input.body, createdAt: now },
      select: { id: true, submissionId: true, body: true },
    });
    const mentioned = await notifyMentions(tx, viewer, context, comment, null);
    await markReadUpTo(tx, viewer, input.submissionId, now);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'discussion_comment.posted',
      entityType: 'DiscussionComment',
      entityId: comment.id,
      after: { submissionId: input.submissionId, body: input.body, mentioned },
    });
    return { id: comment.id, mentioned: mentioned.length };
  });
}

/** Edits the viewer's own comment within the edit window; the earlier text is kept as a revision. */
export async function editComment(viewer: Viewer, input: z.output<typeof editCommentSchema>, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const comment = await tx.discussionComment.findUnique({
      where: { id: input.commentId },
      select: { id: true, submissionId: true, authorId: true, body: true, createdAt: true, hiddenAt: true, version: true },
    });
    if (!comment) throw new AppError('NOT_FOUND', NOT_FOUND);
    const context = await requireAccess(tx, viewer, comment.submissionId, 'post');
    if (comment.authorId !== viewer.id) throw new AppError('FORBIDDEN', 'Only its author can edit a comment.');
    const problem = editProblem(comment, viewer.id, now);
    if (problem) throw new AppError('CONFLICT', problem);
    if (comment.body === input.body) return { version: comment.version };
    const { count } = await tx.discussionComment.updateMany({
      where: { id: comment.id, version: input.version, hiddenAt: null },
      data: { body: input.body, editedAt: now, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError('CONFLICT', 'This comment changed meanwhile (another tab?). Reload to see it; what you typed is kept here.');
    await tx.discussionCommentRevision.create({ data: { commentId: comment.id, body: comment.body, replacedAt: now } });
    await notifyMentions(tx, viewer, context, { id: comment.id, submissionId: comment.submissionId, body: input.body }, comment.body);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'discussion_comment.edited',
      entityType: 'DiscussionComment',
      entityId: comment.id,
      before: { body: comment.body },
      after: { body: input.body },
    });
    return { version: comment.version + 1 };
  });
}

/** An admin hides a comment, with a reason the thread shows; the text stays for admins. */
export async function hideComment(viewer: Viewer, input: z.output<typeof hideCommentSchema>, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const comment = await tx.discussionComment.findUnique({
      where: { id: input.commentId },
      select: { id: true, submissionId: true, hiddenAt: true },
    });
    if (!comment) throw new AppError('NOT_FOUND', NOT_FOUND);
    const context = await requireAccess(tx, viewer, comment.submissionId, 'read');
    if (!context.isAdmin) throw new AppError('FORBIDDEN', 'Only program admins can hide comments.');
    if (!canTransitionComment(commentStateOf(comment), 'HIDDEN')) throw new AppError('CONFLICT', 'This comment is already hidden.');
    const { count } = await tx.discussionComment.updateMany({
      where: { id: comment.id, hiddenAt: null },
      data: { hiddenAt: now, hiddenById: viewer.id, hiddenReason: input.reason },
    });
    if (count === 0) throw new AppError('CONFLICT', 'This comment is already hidden.');
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'discussion_comment.hidden',
      entityType: 'DiscussionComment',
      entityId: comment.id,
      before: { hidden: false },
      after: { hidden: true, reason: input.reason, submissionId: comment.submissionId },
    });
  });
}

/** Marks the discussion read up to a comment the viewer was shown: the reviewer queue stops
 * counting it as new. Only for people who can read the thread. */
export async function markDiscussionRead(viewer: Viewer, input: z.output<typeof markReadSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireAccess(tx, viewer, input.submissionId, 'read');
    const comment = await tx.discussionComment.findUnique({
      where: { id: input.upToCommentId },
      select: { submissionId: true, createdAt: true },
    });
    if (!comment || comment.submissionId !== input.submissionId) throw new AppError('NOT_FOUND', NOT_FOUND);
    await markReadUpTo(tx, viewer, input.submissionId, comment.createdAt);
  });
}
