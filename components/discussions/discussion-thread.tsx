import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import { pageNavCopy } from '@/components/ui/page-nav-copy';
import type { Discussion, DiscussionComment } from '@/lib/discussions/queries';
import { COMMENT_EDIT_MINUTES } from '@/lib/discussions/schema';
import type { SavedDraft } from '@/lib/drafts/queries';
import { formatInstant, formatTime } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { HideCommentForm, EditCommentForm, type HideCommentCopy } from './comment-actions';
import { CommentForm, type CommentFormCopy } from './comment-form';
import { MarkDiscussionRead } from './mark-read';

type T = Awaited<ReturnType<typeof getTranslations<'review.discussion'>>>;

/** Shown in place of the thread to an assigned reviewer whose review is not in yet. */
export async function DiscussionOpensLater() {
  const t = await getTranslations('review.discussion');
  return (
    <Card title={t('title')}>
      <div id="discussion">
        <Alert tone="info">{t('opensLater')}</Alert>
      </div>
    </Card>
  );
}

function Comment({
  c,
  timeZone,
  t,
  locale,
  hideCopy,
}: {
  c: DiscussionComment;
  timeZone: string;
  t: T;
  locale: Locale;
  hideCopy: HideCommentCopy | null;
}) {
  const when = (date: Date) => formatInstant(date, timeZone, locale);
  return (
    <li className={`rounded-md border p-3 ${c.isNew ? 'border-brand-600 bg-brand-50' : 'border-slate-200'}`}>
      <article aria-label={t('commentBy', { name: c.authorLabel })}>
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-slate-900">
            {c.authorLabel}
            {c.isOwn ? ` ${t('you')}` : ''}
          </span>
          {c.isAdminAuthor ? <span className="text-slate-700">{t('programTeam')}</span> : null}
          <time dateTime={c.createdAt.toISOString()} className="text-slate-700">
            {when(c.createdAt)}
          </time>
          {c.editedAt ? <span className="text-slate-700">{t('edited', { date: when(c.editedAt) })}</span> : null}
          {c.isNew ? <strong className="rounded bg-brand-600 px-2 py-0.5 text-xs text-white">{t('new')}</strong> : null}
        </p>
        {c.hidden ? (
          <p className="mt-2 text-sm italic text-slate-800">
            {t('hiddenBy', { name: c.hidden.byLabel, date: when(c.hidden.at), reason: c.hidden.reason })}
          </p>
        ) : null}
        {c.body !== null ? (
          c.hidden ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-slate-700">{t('hiddenText')}</summary>
              <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
            </details>
          ) : (
            <p className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-900">{c.body}</p>
          )
        ) : null}
        {c.revisions.length > 0 ? (
          <details className="mt-1 text-sm">
            <summary className="cursor-pointer text-slate-700">{t('earlier', { count: c.revisions.length })}</summary>
            <ol className="mt-1 space-y-1">
              {c.revisions.map((r, i) => (
                <li key={i} className="border-l-2 border-slate-300 pl-2">
                  <p className="text-xs text-slate-700">{t('replaced', { date: when(r.replacedAt) })}</p>
                  <p className="whitespace-pre-wrap break-words">{r.body}</p>
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        {c.editableUntil && c.body !== null && !c.hidden ? (
          <EditCommentForm
            commentId={c.id}
            version={c.version}
            body={c.body}
            copy={{
              summary: t('form.editSummary', { time: formatTime(c.editableUntil, timeZone, locale) }),
              label: t('form.editLabel'),
              comment: t('form.comment'),
              saving: t('form.saving'),
              save: t('form.saveEdit'),
            }}
          />
        ) : null}
        {hideCopy && !c.hidden ? <HideCommentForm commentId={c.id} copy={hideCopy} /> : null}
      </article>
    </li>
  );
}

const hideCommentCopy = (t: T): HideCommentCopy => ({
  summary: t('form.hideSummary'),
  label: t('form.hideLabel'),
  reason: t('form.hideReason'),
  hint: t('form.hideHint'),
  hiding: t('form.hiding'),
  hide: t('form.hide'),
});

const commentFormCopy = (t: T, mentionHandles: readonly string[]): CommentFormCopy => ({
  label: t('form.label'),
  comment: t('form.comment'),
  hint: t('form.hint', { minutes: COMMENT_EDIT_MINUTES }),
  mention: mentionHandles.length > 0 ? t('form.mention', { handles: mentionHandles.join(', ') }) : null,
  posting: t('form.posting'),
  post: t('form.post'),
  draft: {
    saving: t('draft.saving'),
    saved: t('draft.saved'),
    savedAt: t.raw('draft.savedAt') as string,
    unsaved: t('draft.unsaved'),
    discard: t('draft.discard'),
  },
});

/** A submission's discussion, in the reader's language: one page of comments, oldest first, and the box to add one. */
export async function DiscussionThread({
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
  const [t, locale, pages] = await Promise.all([getTranslations('review.discussion'), getLocale(), pageNavCopy()]);
  const canPost = d.access === 'post';
  const hideCopy = d.isAdmin ? hideCommentCopy(t) : null;
  return (
    <Card title={t('titleCount', { count: String(d.total) })}>
      <div id="discussion" className="space-y-4">
        <p className="text-sm text-slate-700">{t('intro')}</p>
        {d.waitingReviewers.length > 0 ? (
          <p className="text-sm text-slate-700">{t('waiting', { names: d.waitingReviewers.join(', ') })}</p>
        ) : null}
        {d.unread > 0 ? <p className="text-sm font-semibold text-brand-800">{t('unread', { count: d.unread })}</p> : null}
        {d.total === 0 ? (
          <p className="text-sm text-slate-700">
            {t('noComments')}
            {canPost ? ` ${t('startBelow')}` : ''}
          </p>
        ) : (
          <ol className="space-y-3" aria-label={t('comments')}>
            {d.comments.map((c) => (
              <Comment key={c.id} c={c} timeZone={timeZone} t={t} locale={locale} hideCopy={hideCopy} />
            ))}
          </ol>
        )}
        {d.pageCount > 1 ? (
          <PageNav
            page={d.page}
            pageCount={d.pageCount}
            total={d.total}
            pageSize={d.pageSize}
            noun={t('pageNoun')}
            href={pageHref}
            copy={pages}
          />
        ) : null}
        {canPost ? (
          <CommentForm submissionId={d.submissionId} userId={userId} draft={draft} copy={commentFormCopy(t, d.mentionHandles)} />
        ) : (
          <Alert tone="info">{t('closed')}</Alert>
        )}
        {d.lastShownId ? <MarkDiscussionRead submissionId={d.submissionId} upToCommentId={d.lastShownId} /> : null}
      </div>
    </Card>
  );
}
