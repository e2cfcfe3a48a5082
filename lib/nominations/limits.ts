// The nomination forms' limits and draft key, for the schemas and for the browser's forms (no zod here).
/** The draft key of the nomination form (components/forms/use-form-draft.ts). */
export const NOMINATION_DRAFT_KEY = 'nomination.new';

/** An impact statement must be a real sentence or more, and fit on a page. */
export const STATEMENT_MIN = 80;
export const STATEMENT_MAX = 2000;
