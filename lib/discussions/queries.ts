import { clampedPage } from '@/lib/paging';
import 'server-only';
// Reading a submission's discussion: one page of comments (oldest first), what is new to the
// viewer, and whom they can mention. Nothing here writes (the thread is marked read by an action).
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import type { Locale } from '@/lib/i18n/locales';
import { labelFor, loadDiscussionContext, loadParticipants, mentionablesFor } from './access';
import { handleOf } from './mentions';
import { commentStateOf, editableUntil, editProblem } from './rules';
import { DISCUSSION_PAGE_SIZE } from './schema';

/** One comment as the viewer sees it. A hidden comment's text and earlier versions reach admins only. */
export type DiscussionComment = {
  id: string;
  version: number;
  authorLabel: string;
  isOwn: boolean;
  isAdminAuthor: boolean;
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  /** Set while the viewer may still edit it. */
  editableUntil: Date | null;
  hidden: { at: Date; reason: string; byLabel: string } | null;
  revisions: { body: string; replacedAt: Date }[];
  isNew: boolean;
};

type Counts = { total: bigint; unread: bigint; beforeFirstUnread: bigint; lastReadAt: Date | null };

/** The discussion of a submission for the viewer: null where it does not exist for them (not
 * assigned, conflicted, the candidate's side); `{ access: 'after-own-review' }` for an assigned
 * reviewer whose review is not in; else a page of comments. Without `page` it opens at the first
 * comment new to the viewer, or at the last page. */
export async function getDiscussion(
  viewer: Viewer,
  submissionId: string,
  opts: { page?: number; locale?: Locale } = {},
  now: Date = new Date(),
) {
  const context = await loadDiscussionContext(prisma, viewer, submissionId);
  if (!context || context.access === 'none') return null;
  if (context.access === 'after-own-review') return { access: context.access } as const;

  const counts = await readCounts(viewer, submissionId);
  const total = Number(counts?.total ?? 0);
  const unread = Number(counts?.unread ?? 0);
  const lastReadAt = counts?.lastReadAt ?? null;
  const pageCount = Math.max(1, Math.ceil(total / DISCUSSION_PAGE_SIZE));
  const opening = unread > 0 ? Math.floor(Number(counts?.beforeFirstUnread ?? 0) / DISCUSSION_PAGE_SIZE) + 1 : pageCount;
  const { page, skip, take } = clampedPage(opts.page ?? opening, total, DISCUSSION_PAGE_SIZE);

  const [rows, participants] = await Promise.all([
    prisma.discussionComment.findMany({
      where: { submissionId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip,
      take,
      select: commentSelect,
    }),
    loadParticipants(prisma, submissionId, opts.locale),
  ]);
  const { isAdmin } = context;
  const byId = new Map(participants.map((p) => [p.userId, p]));
  const canPost = context.access === 'post';
  const comments = rows.map((c) => commentFor(c, { viewer, byId, isAdmin, canPost, lastReadAt, now }));
  return {
    access: context.access,
    isAdmin,
    submissionId,
    comments,
    total,
    unread,
    page,
    pageCount,
    pageSize: DISCUSSION_PAGE_SIZE,
    /** The last comment on this page: opening the page marks the thread read up to it. */
    lastShownId: rows.at(-1)?.id ?? null,
    mentionHandles: [...new Set(mentionablesFor(participants, viewer, { shownOnly: true }).map((m) => `@${handleOf(m.label)}`))],
    waitingReviewers: participants.filter((p) => p.role === 'reviewer' && !p.canRead).map((p) => labelFor(p, isAdmin)),
  } as const;
}

export type Discussion = Extract<NonNullable<Awaited<ReturnType<typeof getDiscussion>>>, { comments: unknown }>;

/** How many comments the thread has, how many are new to the viewer, and where the first new one is. */
async function readCounts(viewer: Viewer, submissionId: string): Promise<Counts | undefined> {
  const [counts] = await prisma.$queryRaw<Counts[]>`
  WITH marker AS (
    SELECT "lastReadAt" FROM "DiscussionReadMarker" WHERE "submissionId" = ${submissionId}::uuid AND "userId" = ${viewer.id}::uuid
  ), unread AS (
    SELECT c."createdAt", c.id FROM "DiscussionComment" c
    WHERE c."submissionId" = ${submissionId}::uuid AND c."authorId" <> ${viewer.id}::uuid AND c."hiddenAt" IS NULL
      AND c."createdAt" > COALESCE((SELECT "lastReadAt" FROM marker), '-infinity'::timestamptz)
  ), first_unread AS (SELECT "createdAt", id FROM unread ORDER BY "createdAt", id LIMIT 1)
  SELECT (SELECT count(*) FROM "DiscussionComment" WHERE "submissionId" = ${submissionId}::uuid) AS total,
         (SELECT count(*) FROM unread) AS unread,
         (SELECT count(*) FROM "DiscussionComment" c, first_unread f
           WHERE c."submissionId" = ${submissionId}::uuid AND (c."createdAt", c.id) < (f."createdAt", f.id)) AS "beforeFirstUnread",
         (SELECT "lastReadAt" FROM marker) AS "lastReadAt"`;
  return counts;
}

const commentSelect = {
  id: true,
  authorId: true,
  body: true,
  createdAt: true,
  editedAt: true,
  version: true,
  hiddenAt: true,
  hiddenReason: true,
  hiddenBy: { select: { name: true, email: true } },
  revisions: { orderBy: { replacedAt: 'asc' }, select: { body: true, replacedAt: true } },
} as const;

type CommentRow = Prisma.DiscussionCommentGetPayload<{ select: typeof commentSelect }>;
type Participant = Awaited<ReturnType<typeof loadParticipants>>[number];

/** One comment as the viewer sees it: a hidden one's text and earlier versions reach admins only. */
function commentFor(
  c: CommentRow,
  ctx: { viewer: Viewer; byId: Map<string, Participant>; isAdmin: boolean; canPost: boolean; lastReadAt: Date | null; now: Date },
): DiscussionComment {
  const { viewer, byId, isAdmin, lastReadAt, now } = ctx;
  const author = byId.get(c.authorId);
  const isHidden = commentStateOf(c) === 'HIDDEN';
  const showText = !isHidden || isAdmin;
  const mayEdit = ctx.canPost && editProblem(c, viewer.id, now) === null;
  return {
    id: c.id,
    version: c.version,
    authorLabel: author ? labelFor(author, isAdmin) : 'Someone',
    isOwn: c.authorId === viewer.id,
    isAdminAuthor: author?.role === 'admin',
    body: showText ? c.body : null,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    editableUntil: mayEdit ? editableUntil(c.createdAt) : null,
    hidden: c.hiddenAt
      ? { at: c.hiddenAt, reason: c.hiddenReason ?? '', byLabel: c.hiddenBy ? (c.hiddenBy.name ?? c.hiddenBy.email) : 'An admin' }
      : null,
    revisions: showText ? c.revisions : [],
    isNew: c.authorId !== viewer.id && !isHidden && (lastReadAt === null || c.createdAt > lastReadAt),
  };
}

/** How many visible comments a submission's discussion has, for a link to it; null where the
 * viewer cannot read it. */
export async function countDiscussionComments(viewer: Viewer, submissionId: string) {
  const context = await loadDiscussionContext(prisma, viewer, submissionId);
  if (!context || context.access === 'none' || context.access === 'after-own-review') return null;
  return prisma.discussionComment.count({ where: { submissionId, hiddenAt: null } });
}
