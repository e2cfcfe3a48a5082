// The award category catalogue's forms, shared by each form and its server action. Safe for the browser.
import { z } from 'zod';

const version = z.number().int().min(0);

export const categorySchema = z.object({
  /** Absent when adding. */
  id: z.uuid().optional(),
  version,
  name: z.string().trim().min(2, 'Name the category (at least 2 characters)').max(120, 'Keep the name under 120 characters'),
  description: z.string().trim().max(2000, 'Keep the description under 2,000 characters').default(''),
});
export type CategoryInput = z.input<typeof categorySchema>;

export const focusAreaSchema = z.object({
  categoryId: z.uuid('Something is missing from this form; reload the page.'),
  id: z.uuid().optional(),
  version,
  name: z.string().trim().min(2, 'Name the focus area (at least 2 characters)').max(120, 'Keep the name under 120 characters'),
});
export type FocusAreaInput = z.input<typeof focusAreaSchema>;

export const CATALOGUE_KINDS = ['category', 'focusArea'] as const;

/** Moves a category or focus area one place up or down the order people see. */
export const reorderSchema = z.object({
  kind: z.enum(CATALOGUE_KINDS),
  id: z.uuid(),
  version,
  direction: z.enum(['up', 'down']),
});

/** Retires (no longer offered; past records keep it) or offers again. Nothing is deleted. */
export const retireSchema = z.object({
  kind: z.enum(CATALOGUE_KINDS),
  id: z.uuid(),
  version,
  retired: z.boolean(),
});
