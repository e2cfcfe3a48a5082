// What one CSV upload of completions may hold, for the schema and for the browser's upload form (no zod here).
export const COMPLETIONS_CSV_MAX_BYTES = 5 * 1024 * 1024;
export const COMPLETIONS_CSV_MAX_ROWS = 20_000;
