// Which address a request came from, for per-IP rate limits.
//
// Behind a reverse proxy or load balancer we control (TRUSTED_PROXY=1), that proxy appends the
// address it saw to X-Forwarded-For, so the last entry is the client. Without one, any client can
// send its own X-Forwarded-For, so the header is used only when it has a single entry: Next.js
// fills it with the socket's address when the client sent none (App Router code cannot read the
// socket). A client that forges it only escapes the per-IP limits; the per-account limits still hold.

/** The client's address as a string (or 'unknown'); `trustProxy` is env().TRUSTED_PROXY. */
export function clientIpFrom(headers: Headers, trustProxy: boolean): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (trustProxy && forwarded.length > 0) return forwarded[forwarded.length - 1]!;
  const realIp = headers.get('x-real-ip')?.trim();
  if (realIp) return realIp;
  if (forwarded.length === 1) return forwarded[0]!;
  return 'unknown';
}
