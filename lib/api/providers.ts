import 'server-only';
// The ISC provider endpoints: confirm completions (idempotent with an Idempotency-Key), list them,
// and list the MCT applications the provider started. Each checks the token's scope and provider.
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { listCompletionsAfter, listStartedApplicationsAfter } from '@/lib/providers/queries';
import { confirmCompletionsIn } from '@/lib/providers/service';
import { assertTokenProvider, authenticate } from './auth';
import { readJson } from './body';
import { ApiProblem } from './problem';
import { decodeCursor, json, pageResponse, pathId, readQuery } from './route';
import { applicationsQuerySchema, MAX_BODY_BYTES, pageQuerySchema, postCompletionsBodySchema } from './schemas';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** POST /api/v1/providers/{providerId}/completions */
export async function postCompletions(request: Request, params: { providerId: string }, now: Date = new Date()): Promise<Response> {
  const caller = await authenticate(request, 'completions:write', now);
  const providerId = pathId(params.providerId, 'ISC provider');
  assertTokenProvider(caller, providerId);
  const key = request.headers.get('idempotency-key')?.trim() ?? '';
  if (!KEY.test(key)) {
    throw new ApiProblem(
      'idempotency_key_required',
      'Send an Idempotency-Key header (1–255 visible ASCII characters, e.g. a UUID) that is new for each new request and the same when you retry one.',
    );
  }
  const body = await readJson(request, postCompletionsBodySchema, MAX_BODY_BYTES);
  const fingerprint = createHash('sha256')
    .update(`POST ${new URL(request.url).pathname}\n${JSON.stringify(body)}`)
    .digest('hex');
  const { viewer, token } = caller;
  return prisma.$transaction(
    async (tx) => {
      // The provider's imports run one at a time (the CSV upload takes the same lock), so a retry
      // sent while the first request is still running waits for it, then finds its answer.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`isc-import:${providerId}`}))`;
      const earlier = await tx.apiIdempotentRequest.findUnique({ where: { providerId_key: { providerId, key } } });
      if (earlier) {
        if (earlier.requestHash !== fingerprint) {
          throw new ApiProblem('idempotency_key_reused', 'This Idempotency-Key was used for a request with another body; use a new key.');
        }
        return json(earlier.responseBody, earlier.responseStatus, { 'Idempotent-Replayed': 'true' });
      }
      const saved = await confirmCompletionsIn(
        tx,
        viewer,
        {
          providerId,
          completions: body.completions,
          source: `API: ${token.name} (${token.prefix}…)`,
          actor: { id: viewer.id, label: `${viewer.email} (API token ${token.prefix}…)` },
        },
        now,
      );
      const responseBody = {
        data: {
          batchId: saved.batchId,
          created: saved.completions.length,
          completions: saved.completions.map(({ row: _row, ...c }) => ({ ...c, confirmedAt: now.toISOString() })),
        },
      };
      await tx.apiIdempotentRequest.create({
        data: {
          providerId,
          key,
          requestHash: fingerprint,
          tokenId: token.id,
          responseStatus: 201,
          responseBody: responseBody as Prisma.InputJsonValue,
        },
      });
      return json(responseBody, 201);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** GET /api/v1/providers/{providerId}/completions */
export async function getCompletions(request: Request, params: { providerId: string }): Promise<Response> {
  const caller = await authenticate(request, 'completions:read');
  const providerId = pathId(params.providerId, 'ISC provider');
  assertTokenProvider(caller, providerId);
  const query = readQuery(request, pageQuerySchema);
  const rows = await listCompletionsAfter(caller.viewer, providerId, decodeCursor(query.cursor), query.limit);
  return pageResponse(request, rows, rows.at(-1)?.id ?? null, query.limit);
}

/** GET /api/v1/providers/{providerId}/applications */
export async function getApplications(request: Request, params: { providerId: string }): Promise<Response> {
  const caller = await authenticate(request, 'applications:read');
  const providerId = pathId(params.providerId, 'ISC provider');
  assertTokenProvider(caller, providerId);
  const query = readQuery(request, applicationsQuerySchema);
  const rows = await listStartedApplicationsAfter(caller.viewer, providerId, {
    after: decodeCursor(query.cursor),
    take: query.limit,
    status: query.status,
  });
  return pageResponse(request, rows, rows.at(-1)?.id ?? null, query.limit);
}
