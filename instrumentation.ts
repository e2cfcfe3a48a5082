// Next.js calls onRequestError for every error thrown while rendering a page or running a route
// handler or action. A lost database connection starts the availability probe (lib/availability.ts),
// so the next requests get a clean 503 instead of another failed render.
export async function onRequestError(error: unknown): Promise<void> {
  const { reportDatabaseError } = await import('@/lib/availability');
  reportDatabaseError(error);
}
