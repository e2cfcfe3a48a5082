// Server action requests that would otherwise reach Next.js's action handler, which answers an
// oversized or undecodable body with a 500 (its own TODO). Refused here with a 4xx and a message.

/** Server action bodies above this are refused (also next.config.ts `serverActions.bodySizeLimit`). */
export const SERVER_ACTION_BODY_LIMIT = '3mb';
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/** A 413 or 400 for a server action call whose body is too large or not what the browser sends,
 * or null to let it through. Only fetch calls carry `Next-Action`; their body is either multipart
 * (checked by Next.js as it streams) or the JSON text React's encodeReply writes. */
export async function refuseBadActionBody(request: Request): Promise<Response | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return refuse(413, 'The request is too large (the limit is 3 MB). Nothing was saved; send less at a time.');
  }
  if ((request.headers.get('content-type') ?? '').startsWith('text/plain')) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return refuse(400, 'The request could not be read. Reload the page and try again; nothing was saved.');
    }
  }
  return null;
}
