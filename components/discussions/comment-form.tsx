'use client';

import { useRouter } from 'next/navigation';
import { DraftStatus } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { postDiscussionCommentAction } from '@/lib/discussions/actions';
import { COMMENT_EDIT_MINUTES, COMMENT_MAX_LENGTH, commentDraftKey, postCommentSchema } from '@/lib/discussions/schema';

/** Posts a comment in the discussion; what is typed is kept as a draft until it is posted. */
export function CommentForm({
  submissionId,
  userId,
  draft,
  mentionHandles,
}: {
  submissionId: string;
  userId: string;
  draft: SavedDraft | null;
  mentionHandles: readonly string[];
}) {
  const router = useRouter();
  const empty = { submissionId, body: '' };
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(postCommentSchema, postDiscussionCommentAction, {
    defaultValues: initialValuesWithDraft(empty, draft),
    onSuccess: () => {
      void drafts.clear();
      form.reset(empty);
      router.refresh();
    },
  });
  const drafts = useFormDraft(form, { formKey: commentDraftKey(submissionId), userId, defaults: empty, initial: draft });
  const hint = `Only this submission’s reviewers and the program team read it. You can edit it for ${COMMENT_EDIT_MINUTES} minutes. ${
    mentionHandles.length > 0 ? `Mention someone to email them: ${mentionHandles.join(', ')}.` : ''
  }`;
  return (
    <form noValidate aria-label="Add a comment" className="space-y-3" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id={`comment-${submissionId}`} label="Your comment" hint={hint} error={errors.body?.message}>
        {(aria) => <textarea {...aria} rows={4} maxLength={COMMENT_MAX_LENGTH} className={inputClass} {...form.register('body')} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? 'Posting…' : 'Post the comment'}
        </Button>
        <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={() => void drafts.discard()} />
      </div>
    </form>
  );
}
