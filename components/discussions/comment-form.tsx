'use client';

import { useRouter } from 'next/navigation';
import { DraftStatus, type DraftStatusCopy } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { postDiscussionCommentAction } from '@/lib/discussions/actions';
import { COMMENT_MAX_LENGTH, commentDraftKey } from '@/lib/discussions/limits';
import { lazySchema } from '@/components/forms/lazy-schema';

// The schema (and zod with it) loads when the form first checks what was typed, not with the page.
const loadPostSchema = lazySchema(() => import('@/lib/discussions/schema').then((m) => m.postCommentSchema));

/** The comment form's words in the reader's language (`hint` and `mention` already filled). */
export type CommentFormCopy = {
  label: string;
  comment: string;
  hint: string;
  mention: string | null;
  posting: string;
  post: string;
  draft: DraftStatusCopy;
};

/** Posts a comment in the discussion; what is typed is kept as a draft until it is posted. */
export function CommentForm({
  submissionId,
  userId,
  draft,
  copy,
}: {
  submissionId: string;
  userId: string;
  draft: SavedDraft | null;
  copy: CommentFormCopy;
}) {
  const router = useRouter();
  const empty = { submissionId, body: '' };
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(loadPostSchema, postDiscussionCommentAction, {
    defaultValues: initialValuesWithDraft(empty, draft),
    onSuccess: () => {
      void drafts.clear();
      form.reset(empty);
      router.refresh();
    },
  });
  const drafts = useFormDraft(form, { formKey: commentDraftKey(submissionId), userId, defaults: empty, initial: draft });
  const hint = `${copy.hint} ${copy.mention ?? ''}`;
  return (
    <form noValidate aria-label={copy.label} className="space-y-3" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={`comment-${submissionId}`} label={copy.comment} hint={hint} error={errors.body?.message}>
        {(aria) => <textarea {...aria} rows={4} maxLength={COMMENT_MAX_LENGTH} className={inputClass} {...form.register('body')} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? copy.posting : copy.post}
        </Button>
        <DraftStatus
          state={drafts.state}
          savedAt={drafts.savedAt}
          hasDraft={drafts.hasDraft}
          onDiscard={() => void drafts.discard()}
          copy={copy.draft}
        />
      </div>
    </form>
  );
}
