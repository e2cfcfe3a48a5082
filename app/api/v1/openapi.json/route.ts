import { openApiDocument } from '@/lib/api/openapi';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** The OpenAPI document of /api/v1: public, like any API's description. */
export function GET(): Response {
  return Response.json(openApiDocument(env().APP_URL), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
