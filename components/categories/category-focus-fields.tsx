'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, NamedOptions, Select } from '@/components/ui/field';

/** An award category with its focus areas, as the category selects offer them. */
export type CategoryOption = { id: string; name: string; focusAreas: { id: string; name: string }[] };

/** The part of a react-hook-form form these fields use: its `categoryId` and `focusAreaId`. */
type CategoryForm = {
  register: (name: 'categoryId' | 'focusAreaId', options?: { onChange?: () => void }) => UseFormRegisterReturn;
  setValue: (name: 'focusAreaId', value: string) => void;
  formState: { errors: { categoryId?: { message?: string }; focusAreaId?: { message?: string } } };
};

/** The award category select and the focus-area select that follows it, offering the chosen
 * category's focus areas; choosing another category empties the focus area. */
export function CategoryFocusFields({
  categories,
  categoryId,
  form,
  copy,
}: {
  categories: readonly CategoryOption[];
  categoryId: string | undefined;
  form: CategoryForm;
  copy: { category: string; focusArea: string; noCategory: string; noFocusArea: string; categoryFirst: string };
}) {
  const focusAreas = categories.find((c) => c.id === categoryId)?.focusAreas ?? [];
  const { errors } = form.formState;
  return (
    <>
      <Field id="categoryId" label={copy.category} error={errors.categoryId?.message}>
        {(aria) => (
          <Select {...aria} {...form.register('categoryId', { onChange: () => form.setValue('focusAreaId', '') })}>
            <option value="">{copy.noCategory}</option>
            <NamedOptions items={categories} />
          </Select>
        )}
      </Field>
      <Field id="focusAreaId" label={copy.focusArea} error={errors.focusAreaId?.message}>
        {(aria) => (
          <Select {...aria} disabled={focusAreas.length === 0} {...form.register('focusAreaId')}>
            <option value="">{categoryId ? copy.noFocusArea : copy.categoryFirst}</option>
            <NamedOptions items={focusAreas} />
          </Select>
        )}
      </Field>
    </>
  );
}
