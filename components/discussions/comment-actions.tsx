'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { editDiscussionCommentAction, hideDiscussionCommentAction } from '@/lib/discussions/actions';
import { COMMENT_MAX_LENGTH } from '@/lib/discussions/limits';
import { lazySchema } from '@/components/forms/lazy-schema';

// The schemas (and zod with them) load when a form first checks what was typed, not with the page.
const loadEditSchema = lazySchema(() => import('@/lib/discussions/schema').then((m) => m.editCommentSchema));
const loadHideSchema = lazySchema(() => import('@/lib/discussions/schema').then((m) => m.hideCommentSchema));

/** The edit form's words; `summary` already says until when (a time in the author's zone and language). */
export type EditCommentCopy = { summary: string; label: string; comment: string; saving: string; save: string };

/** The hide form's words (an admin's). */
export type HideCommentCopy = { summary: string; label: string; reason: string; hint: string; hiding: string; hide: string };

/** The author edits their comment while the edit window lasts. */
export function EditCommentForm({
  commentId,
  version,
  body,
  copy,
}: {
  commentId: string;
  version: number;
  body: string;
  copy: EditCommentCopy;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(loadEditSchema, editDiscussionCommentAction, {
    defaultValues: { commentId, version, body },
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <details className="mt-2" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">{copy.summary}</summary>
      <form noValidate aria-label={copy.label} className="mt-2 space-y-2" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id={`edit-${commentId}`} label={copy.comment} error={errors.body?.message}>
          {(aria) => <textarea {...aria} rows={3} maxLength={COMMENT_MAX_LENGTH} className={inputClass} {...form.register('body')} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={isSubmitting || !ready}>
          {isSubmitting ? copy.saving : copy.save}
        </Button>
      </form>
    </details>
  );
}

/** An admin hides a comment, with a reason the reviewers read. */
export function HideCommentForm({ commentId, copy }: { commentId: string; copy: HideCommentCopy }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(loadHideSchema, hideDiscussionCommentAction, {
    defaultValues: { commentId, reason: '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-red-800">{copy.summary}</summary>
      <form noValidate aria-label={copy.label} className="mt-2 space-y-2" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id={`hide-${commentId}`} label={copy.reason} hint={copy.hint} error={errors.reason?.message}>
          {(aria) => <textarea {...aria} rows={2} className={inputClass} {...form.register('reason')} />}
        </Field>
        <Button type="submit" variant="danger" disabled={isSubmitting || !ready}>
          {isSubmitting ? copy.hiding : copy.hide}
        </Button>
      </form>
    </details>
  );
}
