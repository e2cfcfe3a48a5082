import type { RenderedEmail } from './layout';

/** Emails of the MCT program: applications, provider-started applications, memberships, renewals, lounge. */
export const mctTemplates = {} satisfies Record<string, (data: never) => RenderedEmail>;
