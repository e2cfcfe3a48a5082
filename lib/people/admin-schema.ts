import { z } from 'zod';

/** The roles an admin grants and revokes on the people pages. */
export const ADMIN_MANAGED_ROLES = ['ADMIN', 'REVIEWER', 'EMPLOYEE'] as const;

const pageOf = z.coerce.number().int().min(1).max(10_000).catch(1);

/** The people search of the admin pages (from the query string). */
export const searchPeopleSchema = z.object({
  q: z.string().trim().max(320).catch(''),
  page: pageOf,
});
export type SearchPeopleInput = z.output<typeof searchPeopleSchema>;

/** Granting or revoking one role of one person. */
export const changeRoleSchema = z.object({
  userId: z.uuid('Choose a person'),
  role: z.enum(ADMIN_MANAGED_ROLES, { message: 'Choose a role' }),
  grant: z.boolean(),
});
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

/** The award categories a reviewer reviews. */
export const setReviewerCategoriesSchema = z.object({
  userId: z.uuid('Choose a person'),
  categoryIds: z.array(z.uuid()).max(100),
});
export type SetReviewerCategoriesInput = z.input<typeof setReviewerCategoriesSchema>;
