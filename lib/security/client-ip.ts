// Which address a request came from, for per-IP rate limits and the development mailbox.
//
// Behind a reverse proxy or load balancer we run (TRUSTED_PROXY=1), that proxy appends the address
// it saw to X-Forwarded-For, so the last entry is the client. Without one, every forwarded header
// (X-Forwarded-For, X-Real-IP, Forwarded) comes from the client and is ignored: the address is the
// socket's, which App Router code cannot read, so the server stamps it on each request before
// Next.js sees it (stampSocketAddresses, called from instrumentation.ts), overwriting any header of
// that name the client sent.

/** The header the server writes the socket's remote address into. */
export const SOCKET_IP_HEADER = 'x-portal-socket-ip';

/** The client's address as a string (or 'unknown'); `trustProxy` is env().TRUSTED_PROXY. */
export function clientIpFrom(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (forwarded.length > 0) return forwarded[forwarded.length - 1]!;
  }
  return headers.get(SOCKET_IP_HEADER)?.trim() || 'unknown';
}

const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const LOCAL_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/i;

/** Whether a request came from this machine, straight to the server: the socket is a loopback
 * address, the Host is a local name (not a DNS name rebound to 127.0.0.1), and no proxy forwarded it
 * (Next.js fills X-Forwarded-For with the socket's address when the client sent none). */
export function isLoopbackRequest(headers: Headers): boolean {
  const socket = headers.get(SOCKET_IP_HEADER)?.trim() ?? '';
  if (!LOOPBACK.test(socket)) return false;
  if (!LOCAL_HOST.test(headers.get('host') ?? '')) return false;
  if (headers.has('forwarded')) return false;
  const realIp = headers.get('x-real-ip');
  if (realIp !== null && !LOOPBACK.test(realIp.trim())) return false;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return forwarded.every((a) => LOOPBACK.test(a));
}

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;
const STAMPED = Symbol.for('portal.socket-ip-stamped');

/** Makes every HTTP(S) server of this process write the socket's remote address into
 * SOCKET_IP_HEADER of each request before any listener sees it. */
export function stampSocketAddresses(servers: { prototype: object }[]): void {
  for (const server of servers) {
    const proto = server.prototype as { emit: Emit; [STAMPED]?: true };
    if (proto[STAMPED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const req = args[0] as { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
        req.headers[SOCKET_IP_HEADER] = req.socket?.remoteAddress ?? 'unknown';
      }
      return emit.call(this, event, ...args);
    };
    proto[STAMPED] = true;
  }
}
