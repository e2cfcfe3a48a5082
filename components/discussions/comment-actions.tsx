'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { editDiscussionCommentAction, hideDiscussionCommentAction } from '@/lib/discussions/actions';
import { COMMENT_MAX_LENGTH, editCommentSchema, hideCommentSchema } from '@/lib/discussions/schema';

/** The author edits their comment while the edit window lasts (`editableUntil`: a time, already
 * formatted in their time zone). */
export function EditCommentForm({
  commentId,
  version,
  body,
  editableUntil,
}: {
  commentId: string;
  version: number;
  body: string;
  editableUntil: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(editCommentSchema, editDiscussionCommentAction, {
    defaultValues: { commentId, version, body },
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <details className="mt-2" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit (until {editableUntil})</summary>
      <form noValidate aria-label="Edit your comment" className="mt-2 space-y-2" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id={`edit-${commentId}`} label="Your comment" error={errors.body?.message}>
          {(aria) => <textarea {...aria} rows={3} maxLength={COMMENT_MAX_LENGTH} className={inputClass} {...form.register('body')} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
          {isSubmitting ? 'Saving…' : 'Save the edit'}
        </Button>
      </form>
    </details>
  );
}

/** An admin hides a comment, with a reason the reviewers read. */
export function HideCommentForm({ commentId }: { commentId: string }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(hideCommentSchema, hideDiscussionCommentAction, {
    defaultValues: { commentId, reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-red-800">Hide this comment</summary>
      <form noValidate aria-label="Hide the comment" className="mt-2 space-y-2" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field
          id={`hide-${commentId}`}
          label="Why is it hidden?"
          hint="The reviewers see this reason in place of the comment. Recorded in the audit log."
          error={errors.reason?.message}
        >
          {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register('reason')} />}
        </Field>
        <Button type="submit" variant="danger" disabled={isSubmitting || !ready}>
          {isSubmitting ? 'Hiding…' : 'Hide the comment'}
        </Button>
      </form>
    </details>
  );
}
