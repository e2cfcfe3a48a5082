// Errors of the API as RFC 9457 problem details: `application/problem+json` with a stable `code`
// (also the fragment of `type`, which points at its explanation on /developers), a `title` per code,
// a `detail` for this occurrence and, for invalid input, `errors` by JSON Pointer.

/** Every problem the API answers with: its HTTP status and title. Codes never change meaning. */
export const PROBLEMS = {
  missing_token: { status: 401, title: 'A bearer token is required' },
  invalid_token: { status: 401, title: 'The token is not valid' },
  token_expired: { status: 401, title: 'The token has expired' },
  token_revoked: { status: 401, title: 'The token was revoked' },
  insufficient_scope: { status: 403, title: 'The token does not have the scope this needs' },
  not_found: { status: 404, title: 'Not found' },
  malformed_json: { status: 400, title: 'The body is not valid JSON' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header is required' },
  invalid_cursor: { status: 400, title: 'The cursor is not valid' },
  invalid_query: { status: 400, title: 'A query parameter is not valid' },
  payload_too_large: { status: 413, title: 'The body is too large' },
  unsupported_media_type: { status: 415, title: 'Send the body as application/json' },
  invalid_request: { status: 422, title: 'The body does not have the expected shape' },
  invalid_completions: { status: 422, title: 'Some completions cannot be confirmed' },
  idempotency_key_reused: { status: 422, title: 'This Idempotency-Key was used for a different request' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'The service is briefly unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** One problem of the input: where (a JSON Pointer into the body, or the query parameter) and what. */
export type ProblemItem = { pointer?: string; parameter?: string; detail: string };

/** A refusal the API answers with as a problem document. Nothing was saved. */
export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extras: { errors?: ProblemItem[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }
}

/** The URI of a problem type: its explanation on the developers page. */
export const problemType = (appUrl: string, code: ProblemCode) => `${appUrl}/developers#problem-${code}`;

/** The HTTP response of a problem. */
export function problemResponse(problem: ApiProblem, appUrl: string, instance?: string): Response {
  const { status, title } = PROBLEMS[problem.code];
  const body = {
    type: problemType(appUrl, problem.code),
    title,
    status,
    code: problem.code,
    detail: problem.detail,
    ...(instance ? { instance } : {}),
    ...(problem.extras.errors ? { errors: problem.extras.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...problem.extras.headers },
  });
}
