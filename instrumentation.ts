// Next.js calls register once when the server starts, before it answers any request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Per-IP rate limits and the development mailbox need the socket's address, which App Router code
  // cannot read: stamp it on every request (lib/security/client-ip.ts).
  const [{ stampSocketAddresses }, http, https] = await Promise.all([
    import('@/lib/security/client-ip'),
    import('node:http'),
    import('node:https'),
  ]);
  stampSocketAddresses([http.Server, https.Server]);
}

// Next.js calls onRequestError for every error thrown while rendering a page or running a route
// handler or action. A lost database connection starts the availability probe (lib/availability.ts),
// so the next requests get a clean 503 instead of another failed render.
export async function onRequestError(error: unknown): Promise<void> {
  const { reportDatabaseError } = await import('@/lib/availability');
  reportDatabaseError(error);
}
