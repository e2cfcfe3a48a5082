import { z } from 'zod';

/** Step one of a merge: the other account, found by its email address. */
export const previewMergeSchema = z.object({
  targetId: z.uuid('Choose a person'),
  sourceEmail: z.string().trim().toLowerCase().email('Enter the other account’s email address').max(320),
});
export type PreviewMergeInput = z.input<typeof previewMergeSchema>;

/** Step two: merge the previewed account into this one. */
export const mergeAccountsSchema = z.object({
  targetId: z.uuid('Choose a person'),
  sourceId: z.uuid('Preview the merge first'),
});
export type MergeAccountsInput = z.input<typeof mergeAccountsSchema>;
