// The evidence CSV import's limits, without zod: the import page checks a file's size in the
// browser before sending it, and its first-load JavaScript stays small.

/** Largest CSV accepted, in bytes and in rows. */
export const CSV_MAX_BYTES = 1_000_000;
export const CSV_MAX_ROWS = 2_000;
