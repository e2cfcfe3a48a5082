import 'server-only';
// Reading a JSON body: the media type, a size cap checked from Content-Length and again while
// reading (a chunked body cannot pass it), well-formed JSON, then the route's zod schema, whose
// issues come back by JSON Pointer.
import type { z } from 'zod';
import { readAtMost } from '@/lib/security/request-body';
import { ApiProblem, type ProblemItem } from './problem';

/** JSON Pointer (RFC 6901) of a path in the body. */
export function pointerOf(path: readonly PropertyKey[]): string {
  return `/${path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** zod's issues as problem items. */
export function problemItems(error: z.ZodError): ProblemItem[] {
  return error.issues.map((issue) => ({ pointer: pointerOf(issue.path), detail: issue.message }));
}

/** The request's JSON body parsed with the schema. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new ApiProblem(
      'unsupported_media_type',
      `The body was sent as “${type || 'nothing'}”; send JSON with Content-Type: application/json.`,
    );
  }
  const tooLarge = () =>
    new ApiProblem('payload_too_large', `The body is larger than ${maxBytes.toLocaleString('en-US')} bytes; send fewer items per request.`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const bytes = await readAtMost(request, maxBytes);
  if (bytes === 'too-large') throw tooLarge();
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const why = error instanceof Error ? error.message : 'it could not be read';
    throw new ApiProblem('malformed_json', `The body is not valid JSON (${why}). Nothing was saved.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new ApiProblem('invalid_request', 'The body does not match the schema; see errors. Nothing was saved.', {
      errors: problemItems(parsed.error),
    });
  return parsed.data;
}
