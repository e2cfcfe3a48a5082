import { getCompletions, postCompletions } from '@/lib/api/providers';
import { apiRoute } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

/** An ISC provider confirms completions (bearer token with completions:write, Idempotency-Key). */
export const POST = apiRoute<{ providerId: string }>((request, params) => postCompletions(request, params));

/** An ISC provider's confirmed completions, a page at a time (completions:read). */
export const GET = apiRoute<{ providerId: string }>((request, params) => getCompletions(request, params));
