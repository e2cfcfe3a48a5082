import type { NextRequest } from 'next/server';
import { handlers } from '@/lib/auth/config';

/** Auth.js's endpoints. Its callbacks use up single-use sign-in links, so they answer only the
 * browser itself: when a server action redirects to one (the invitation and MCT application pages
 * do), Next.js first fetches the target on the server as an RSC request ("rsc: 1"), which would use
 * the link up and drop the session cookie. Answered with nothing, the browser then opens it itself. */
export async function GET(request: NextRequest): Promise<Response> {
  if (request.headers.get('rsc') === '1' && request.nextUrl.pathname.startsWith('/api/auth/callback/')) {
    return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  }
  return handlers.GET(request);
}

export const { POST } = handlers;
