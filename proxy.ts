import { NextResponse, type NextRequest } from 'next/server';
import { databaseDownSince } from '@/lib/availability';
import { REQUEST_PATH_HEADER } from '@/lib/auth/request-path';
import { requiresSignIn } from '@/lib/auth/signed-in-areas';
import { refuseBadActionBody } from '@/lib/security/action-body';
import { contentSecurityPolicy, createNonce, signInFormTargets } from '@/lib/security/csp';

// Only a convenience: signed-out people asking for a signed-in page are sent to sign-in and back.
// Every page and action checks the session itself (lib/auth/guards.ts); this is never the check.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** While PostgreSQL is unreachable (lib/availability.ts), pages answer a clean 503 that retries by
 * itself instead of failing to render. Actions still run: they answer "nothing was saved, try
 * again" beside the form, keeping what was typed; /api/health reports the outage itself. */
function unavailable(request: NextRequest): NextResponse | null {
  if (databaseDownSince() === null) return null;
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  // Auth.js answers its own failures (a redirect to the sign-in error page); CSRF tokens and
  // JWT sessions need no database.
  const path = request.nextUrl.pathname;
  if (request.headers.has('next-action') || path === '/api/health' || path.startsWith('/api/auth/')) return null;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Back in a moment</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a"><h1>Back in a moment</h1><p>The portal cannot reach its database just now, usually for a few seconds during maintenance. Nothing you saved is lost.</p><p>This page tries again by itself every 10 seconds.</p></body></html>`;
  return new NextResponse(body, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '10', 'cache-control': 'no-store' },
  });
}

export async function proxy(request: NextRequest) {
  const down = unavailable(request);
  if (down) return down;
  const refused = await refuseBadActionBody(request);
  if (refused) return refused;

  // A fresh nonce per request: Next.js reads it from the request's CSP header and puts it on its
  // own scripts; the same policy goes on the response (static headers are in next.config.ts).
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, {
    isDev: process.env.NODE_ENV === 'development',
    formTargets: signInFormTargets(process.env),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // The guards of app/(admin)/layout.tsx and app/(portal)/layout.tsx send a signed-out person back
  // here after sign-in (lib/auth/guards.ts); a header the browser sent under this name is replaced.
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (hasSession || !requiresSignIn(request.nextUrl.pathname)) {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const url = request.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    response = NextResponse.redirect(url);
  }
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

// Every page and route handler, whatever its path ends in (the CSV templates are route handlers),
// except Next's static assets and the files of public/ (templates/).
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|templates/).*)'],
};
