'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { setReviewerCategoriesAction } from '@/lib/people/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { setReviewerCategoriesSchema } from '@/lib/people/admin-schema';

/** The award categories a reviewer reviews, as checkboxes. */
export function ReviewerCategoriesForm({
  userId,
  categories,
  selected,
}: {
  userId: string;
  categories: { id: string; name: string; isActive: boolean }[];
  selected: string[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, formError, onSubmit, errors, isSubmitting } = useActionForm(setReviewerCategoriesSchema, setReviewerCategoriesAction, {
    defaultValues: { userId, categoryIds: selected },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  return (
    <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">Reviewer categories saved.</Alert> : null}
      <fieldset className="space-y-1" aria-describedby={errors.categoryIds ? 'categoryIds-error' : undefined}>
        <legend className="text-sm font-medium text-slate-900">Reviews nominations in</legend>
        {categories.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={c.id} {...form.register('categoryIds')} /> {c.name}
            {c.isActive ? null : <span className="text-slate-600">(inactive)</span>}
          </label>
        ))}
      </fieldset>
      {errors.categoryIds ? (
        <p id="categoryIds-error" className="text-sm font-medium text-red-700">
          {errors.categoryIds.message}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting} onClick={() => setSaved(false)}>
        {isSubmitting ? 'Saving…' : 'Save categories'}
      </Button>
    </form>
  );
}
