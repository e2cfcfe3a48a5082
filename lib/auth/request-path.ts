/** The request header in which proxy.ts passes the path (and query) asked for, so that a layout's
 * guard, which Next.js does not tell the path, can send a signed-out person back there after sign-in. */
export const REQUEST_PATH_HEADER = 'x-request-path';
