import { NextResponse, type NextRequest } from 'next/server';

// Only a convenience: signed-out people asking for a signed-in page are sent to sign-in and back.
// Every page and action checks the session itself (lib/auth/guards.ts); this is never the check.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/sign-in';
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

// /mct/applications/accept/... stays open: the emailed link of a provider-started application signs people in itself.
export const config = {
  matcher: [
    '/dashboard/:path*',
    '/nominations/:path*',
    '/evidence/:path*',
    '/mct',
    '/mct/((?!applications/accept).*)',
    '/reviews/:path*',
    '/outcomes/:path*',
    '/awards/:path*',
    '/provider/:path*',
    '/profile/:path*',
    '/admin/:path*',
  ],
};
