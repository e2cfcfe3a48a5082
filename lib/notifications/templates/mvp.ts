import type { RenderedEmail } from './layout';

/** Emails of the MVP program: nominations, review, decisions, awards, renewals. */
export const mvpTemplates = {} satisfies Record<string, (data: never) => RenderedEmail>;
