// Light stand-ins for the parts of the Next.js and Auth.js runtime that only exist inside a request,
// for integration tests that call pages, server actions and route handlers as plain functions
// (tests/integration/authorization-matrix.test.ts). Everything else stays real: guards, queries,
// services, PostgreSQL. A test file wires them with vi.mock (which must sit in the test file):
//
//   vi.mock('@/lib/auth/config', async () => (await import('@/tests/support/next-runtime')).authConfigShim);
//
// - Auth.js (`@/lib/auth/config`): `auth()` is the session lookup; it answers with the user id the
//   test set as the current caller (`signInAs`), and lib/auth/guards.ts's real getViewer loads that
//   person from the database as on every request. signIn/signOut/handlers need a real request and
//   its cookies, so they only record that they were called.
// - `next-auth` itself cannot be imported outside Next's bundler (its ESM imports `next/server`
//   without an extension); what the app takes from it directly are its error classes.
// - `next/cache`: revalidatePath/revalidateTag throw outside a request ("static generation store
//   missing"); here they do nothing.
// - forbidden() is enabled by next.config.ts's `experimental.authInterrupts`, which sets this
//   environment variable in a real build; without it forbidden() throws a configuration error.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const current: { userId: string | null; sessionVersion?: number } = { userId: null };
export const authCalls: string[] = [];

/** Makes `auth()` (and so getViewer, requireUser, requireRole) see this user, or nobody; with a
 * session version, as a session signed in while the account had that version (lib/auth/session-version.ts). */
export function signInAs(userId: string | null, sessionVersion?: number): void {
  current.userId = userId;
  current.sessionVersion = sessionVersion;
}

export const authConfigShim = {
  auth: async () => (current.userId ? { user: { id: current.userId }, sessionVersion: current.sessionVersion } : null),
  signIn: async (provider: string) => {
    authCalls.push(`signIn:${provider}`);
  },
  signOut: async () => {
    authCalls.push('signOut');
  },
  handlers: {
    GET: async () => new Response(null, { status: 204 }),
    POST: async () => new Response(null, { status: 204 }),
  },
};

class AuthError extends Error {
  type = 'AuthError';
}
export const nextAuthShim = {
  AuthError,
  CredentialsSignin: class CredentialsSignin extends AuthError {
    override type = 'CredentialsSignin';
    code = 'credentials';
  },
};

export const nextCacheShim = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

/** How Next.js's control-flow errors (redirect, notFound, forbidden, unauthorized) read. */
export function controlFlowOf(error: unknown): { kind: 'redirect'; to: string } | { kind: 'http'; status: number } | null {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  if (!digest) return null;
  if (digest.startsWith('NEXT_REDIRECT;')) return { kind: 'redirect', to: digest.split(';')[2] ?? '' };
  if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;')) return { kind: 'http', status: Number(digest.split(';')[1]) };
  return null;
}

const LOCAL_REQUEST = { 'x-portal-socket-ip': '127.0.0.1', host: '127.0.0.1:3000' };
const request: { headers: Record<string, string> } = { headers: LOCAL_REQUEST };

/** Makes `headers()` answer these request headers (by default, a browser on the same machine as the
 * server: lib/security/client-ip.ts); null restores the default. */
export function setRequestHeaders(init: Record<string, string> | null): void {
  request.headers = init ?? LOCAL_REQUEST;
}

const requestCookies = new Map<string, string>();

/** `next/headers` outside a request: its headers, and cookies the code under test sets and reads. */
export const nextHeadersShim = {
  headers: async () => new Headers(request.headers),
  cookies: async () => ({
    get: (name: string) => (requestCookies.has(name) ? { name, value: requestCookies.get(name) ?? '' } : undefined),
    set: (name: string, value: string) => void requestCookies.set(name, value),
    delete: (name: string) => void requestCookies.delete(name),
  }),
};
