import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import type { Discussion, DiscussionComment } from '@/lib/discussions/queries';
import type { SavedDraft } from '@/lib/drafts/queries';
import { formatInstant, formatTime } from '@/lib/format';
import { HideCommentForm, EditCommentForm } from './comment-actions';
import { CommentForm } from './comment-form';
import { MarkDiscussionRead } from './mark-read';

/** Shown in place of the thread to an assigned reviewer whose review is not in yet. */
export function DiscussionOpensLater() {
  return (
    <Card title="Discussion">
      <div id="discussion">
        <Alert tone="info">
          The reviewers’ discussion of this submission opens to you once you have submitted your own review, like the other reviewers’
          scores.
        </Alert>
      </div>
    </Card>
  );
}

function Comment({ c, isAdmin, timeZone }: { c: DiscussionComment; isAdmin: boolean; timeZone: string }) {
  return (
    <li className={`rounded-md border p-3 ${c.isNew ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}>
      <article aria-label={`Comment by ${c.authorLabel}`}>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-slate-900">
            {c.authorLabel}
            {c.isOwn ? ' (you)' : ''}
          </span>
          {c.isAdminAuthor ? <span className="text-slate-700">program team</span> : null}
          <time dateTime={c.createdAt.toISOString()} className="text-slate-700">
            {formatInstant(c.createdAt, timeZone)}
          </time>
          {c.editedAt ? <span className="text-slate-700">· edited {formatInstant(c.editedAt, timeZone)}</span> : null}
          {c.isNew ? <strong className="rounded bg-brand-600 px-2 py-0.5 text-xs text-white">New</strong> : null}
        </p>
        {c.hidden ? (
          <p className="mt-2 text-sm italic text-slate-800">
            Hidden by {c.hidden.byLabel} on {formatInstant(c.hidden.at, timeZone)}: {c.hidden.reason}
          </p>
        ) : null}
        {c.body !== null ? (
          c.hidden ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-slate-700">The hidden text (admins only)</summary>
              <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
            </details>
          ) : (
            <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">{c.body}</p>
          )
        ) : null}
        {c.revisions.length > 0 ? (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-slate-700">
              {c.revisions.length === 1 ? 'The earlier version' : `${c.revisions.length} earlier versions`}
            </summary>
            <ol className="mt-1 space-y-1">
              {c.revisions.map((r, i) => (
                <li key={i} className="border-l-2 border-slate-300 pl-2">
                  <p className="text-xs text-slate-700">Replaced {formatInstant(r.replacedAt, timeZone)}</p>
                  <p className="whitespace-pre-wrap break-words">{r.body}</p>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {c.editableUntil && c.body !== null && !c.hidden ? (
          <EditCommentForm commentId={c.id} version={c.version} body={c.body} editableUntil={formatTime(c.editableUntil, timeZone)} />
        ) : null}
        {isAdmin && !c.hidden ? <HideCommentForm commentId={c.id} /> : null}
      </article>
    </li>
  );
}

/** A submission's discussion: one page of comments, oldest first, and the box to add one. */
export function DiscussionThread({
  discussion: d,
  userId,
  timeZone,
  draft,
  pageHref,
}: {
  discussion: Discussion;
  userId: string;
  timeZone: string;
  draft: SavedDraft | null;
  pageHref: (page: number) => string;
}) {
  const canPost = d.access === 'post';
  return (
    <Card title={`Discussion (${d.total})`}>
      <div id="discussion" className="space-y-4">
        <p className="text-sm text-slate-700">
          For this submission’s reviewers and the program team only; never the candidate or the nominator. Reviewers appear to each other as
          Reviewer A, B, ….
        </p>
        {d.waitingReviewers.length > 0 ? (
          <p className="text-sm text-slate-700">Not reading yet (their own review is not in): {d.waitingReviewers.join(', ')}.</p>
        ) : null}
        {d.unread > 0 ? (
          <p className="text-sm font-semibold text-brand-800">
            {d.unread === 1 ? '1 new comment' : `${d.unread} new comments`} since you last read this discussion.
          </p>
        ) : null}
        {d.total === 0 ? (
          <p className="text-sm text-slate-700">No comments yet.{canPost ? ' Start the discussion below.' : ''}</p>
        ) : (
          <ol className="space-y-3" aria-label="Comments">
            {d.comments.map((c) => (
              <Comment key={c.id} c={c} isAdmin={d.isAdmin} timeZone={timeZone} />
            ))}
          </ol>
        )}
        {d.pageCount > 1 ? (
          <PageNav page={d.page} pageCount={d.pageCount} total={d.total} pageSize={d.pageSize} noun="comments" href={pageHref} />
        ) : null}
        {canPost ? (
          <CommentForm submissionId={d.submissionId} userId={userId} draft={draft} mentionHandles={d.mentionHandles} />
        ) : (
          <Alert tone="info">This submission is no longer under review; its discussion is closed.</Alert>
        )}
        {d.lastShownId ? <MarkDiscussionRead submissionId={d.submissionId} upToCommentId={d.lastShownId} /> : null}
      </div>
    </Card>
  );
}
