'use client';

import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, NamedOptions, Select } from '@/components/ui/field';

/** An award category with its focus areas, as the category selects offer them. */
export type CategoryOption = { id: string; name: string; focusAreas: { id: string; name: string }[] };

type Choice = { field: UseFormRegisterReturn; error?: string };

/** The award category select and the focus-area select that follows it, offering the chosen
 * category's focus areas (`category.field` should empty the focus area when the category changes). */
export function CategoryFocusFields({
  categories,
  categoryId,
  category,
  focusArea,
  copy,
}: {
  categories: readonly CategoryOption[];
  categoryId: string | undefined;
  category: Choice;
  focusArea: Choice;
  copy: { category: string; focusArea: string; noCategory: string; noFocusArea: string; categoryFirst: string };
}) {
  const focusAreas = categories.find((c) => c.id === categoryId)?.focusAreas ?? [];
  return (
    <>
      <Field id="categoryId" label={copy.category} error={category.error}>
        {(aria) => (
          <Select {...aria} {...category.field}>
            <option value="">{copy.noCategory}</option>
            <NamedOptions items={categories} />
          </Select>
        )}
      </Field>
      <Field id="focusAreaId" label={copy.focusArea} error={focusArea.error}>
        {(aria) => (
          <Select {...aria} disabled={focusAreas.length === 0} {...focusArea.field}>
            <option value="">{categoryId ? copy.noFocusArea : copy.categoryFirst}</option>
            <NamedOptions items={focusAreas} />
          </Select>
        )}
      </Field>
    </>
  );
}
