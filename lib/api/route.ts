import 'server-only';
// The one wrapper of every /api/v1 route handler: runs the handler and turns every refusal into a
// problem document (lib/api/problem.ts), never a stack trace. Also the JSON answer and the query
// and cursor readers the routes share.
import type { z } from 'zod';
import { isDatabaseUnavailableError, reportDatabaseError } from '@/lib/availability';
import { env } from '@/lib/env';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { CompletionRowsError } from '@/lib/providers/service';
import { RateLimitedError } from '@/lib/security/rate-limit';
import { ApiProblem, problemResponse, type ProblemCode } from './problem';

const APP_ERROR_PROBLEM: Record<AppErrorCode, ProblemCode> = {
  UNAUTHENTICATED: 'invalid_token',
  FORBIDDEN: 'not_found',
  NOT_FOUND: 'not_found',
  CONFLICT: 'invalid_request',
  INVALID: 'invalid_request',
  RATE_LIMITED: 'rate_limited',
};

/** The problem a thrown error answers with. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof CompletionRowsError) {
    return new ApiProblem('invalid_completions', error.message, {
      errors: error.issues.map((i) => ({ pointer: `/completions/${i.row - 1}${i.field ? `/${i.field}` : ''}`, detail: i.message })),
    });
  }
  if (error instanceof RateLimitedError) {
    return new ApiProblem('rate_limited', error.message, { headers: { 'Retry-After': String(error.retryAfterSeconds) } });
  }
  if (isAppError(error)) return new ApiProblem(APP_ERROR_PROBLEM[error.code], error.message);
  if (isDatabaseUnavailableError(error)) {
    reportDatabaseError(error);
    return new ApiProblem('unavailable', 'The database is briefly unavailable. Nothing was saved; retry in a few seconds.', {
      headers: { 'Retry-After': '5' },
    });
  }
  console.error('[api] unexpected error', error);
  return new ApiProblem('internal_error', 'Something went wrong on our side. Nothing was saved; please retry.');
}

/** A route handler of the API: `handle` answers, or throws a refusal. */
export function apiRoute<P extends Record<string, string>>(handle: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handle(request, await context.params);
    } catch (error) {
      return problemResponse(problemOf(error), env().APP_URL, new URL(request.url).pathname);
    }
  };
}

/** A JSON answer, never cached. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The query string parsed with a schema; a bad parameter is a 400 naming it. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    throw new ApiProblem('invalid_query', 'A query parameter is not valid; see errors.', {
      errors: parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ''), detail: i.message })),
    });
  }
  return parsed.data;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor of a position in a list ordered by id. */
export const encodeCursor = (id: string) => Buffer.from(`v1:${id}`, 'utf8').toString('base64url');

/** The id a cursor stands for (undefined: the first page). */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('v1:') ? text.slice(3) : '';
  if (!UUID.test(id))
    throw new ApiProblem('invalid_cursor', 'Pass a nextCursor exactly as a previous page gave it, or none for the first page.');
  return id;
}

/** A page of a list: the items and the cursor of the next page, also as a Link header. */
export function pageResponse(request: Request, data: readonly unknown[], lastId: string | null, limit: number): Response {
  const nextCursor = data.length === limit && lastId ? encodeCursor(lastId) : null;
  const headers: Record<string, string> = {};
  if (nextCursor) {
    const next = new URL(request.url);
    next.searchParams.set('cursor', nextCursor);
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return json({ data, nextCursor }, 200, headers);
}

/** A UUID from the path, or the 404 of something that does not exist. */
export function pathId(value: string, what: string): string {
  if (!UUID.test(value)) throw new ApiProblem('not_found', `No ${what} with this id is available to this token.`);
  return value.toLowerCase();
}
