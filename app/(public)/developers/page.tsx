import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { apiOperations } from '@/lib/api/openapi';
import { PROBLEMS, type ProblemCode } from '@/lib/api/problem';
import { API_SCOPES, type ApiScopeName } from '@/lib/api-tokens/scopes';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'API for developers' };

const PROBLEM_HELP: Record<ProblemCode, string> = {
  missing_token: 'Send Authorization: Bearer <token>.',
  invalid_token: 'The token is unknown, or its creator no longer has the access it was made with. Create a new one.',
  token_expired: 'Create a new token; tokens last 30 to 365 days.',
  token_revoked: 'Someone revoked it on the tokens page. Create a new one.',
  insufficient_scope: 'Create a token with the scope the endpoint names.',
  not_found: 'The path names something that does not exist, or that this token may not see (another provider’s data).',
  malformed_json: 'The body could not be read as JSON.',
  idempotency_key_required: 'Send an Idempotency-Key header with each write.',
  invalid_cursor: 'Pass nextCursor exactly as a page gave it.',
  invalid_query: 'errors[].parameter names the query parameter; errors[].detail says why.',
  payload_too_large: 'Send fewer items per request.',
  unsupported_media_type: 'Send Content-Type: application/json.',
  invalid_request: 'errors[].pointer points into your body (RFC 6901).',
  invalid_completions:
    'Nothing was saved. errors[].pointer is /completions/<index>/<field>; the messages are the CSV upload’s (a row there is the completion’s position, from 1).',
  idempotency_key_reused: 'Each new request needs a new key; a key is only for retrying the same request.',
  rate_limited: 'Wait for Retry-After seconds.',
  internal_error: 'Nothing was saved; retry later.',
  unavailable: 'Nothing was saved; retry after Retry-After seconds.',
};

/** The API described for people: endpoints, tokens and scopes, errors, a session with curl. The same
 * operations as the OpenAPI document (lib/api/openapi.ts). */
export default function DevelopersPage() {
  const base = `${env().APP_URL}/api/v1`;
  const operations = apiOperations();
  return (
    <div className="space-y-6">
      <PageHeader
        title="The portal’s API"
        description={
          <>
            A REST API under <code className="font-mono">/api/v1</code> for ISC providers’ training systems and program admins’ reports. The
            machine-readable description:{' '}
            <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">
              OpenAPI 3.1 document
            </a>
            .
          </>
        }
      />
      <Card title="Tokens and scopes">
        <p className="text-sm text-slate-700">
          Every request but the OpenAPI document sends a bearer token: <code className="font-mono">Authorization: Bearer cpp_…</code>. ISC
          provider staff create tokens for their provider on{' '}
          <Link href="/provider/api-tokens" className="font-medium text-brand-700 underline">
            their API tokens page
          </Link>
          ; program admins create read-only export tokens on{' '}
          <Link href="/admin/api-tokens" className="font-medium text-brand-700 underline">
            the admin API tokens page
          </Link>
          . A token is shown once, lasts 30 to 365 days, can be revoked at any time, and acts with its creator’s rights narrowed to its
          scopes. Each token may make 120 requests a minute.
        </p>
        <ul className="mt-3 space-y-1 text-sm">
          {(Object.keys(API_SCOPES) as ApiScopeName[]).map((scope) => (
            <li key={scope}>
              <code className="font-mono">{scope}</code>: {API_SCOPES[scope].label} (
              {API_SCOPES[scope].holder === 'admin' ? 'admins' : 'ISC providers'})
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Endpoints">
        <p className="mb-3 text-sm text-slate-700">
          Relative to <code className="font-mono">{base}</code>. Lists are oldest first, {`limit`} items a page (100 unless asked, at most
          500); pass the page’s <code className="font-mono">nextCursor</code> as <code className="font-mono">cursor</code> for the next.
        </p>
        <ul className="space-y-4">
          {operations.map((op) => (
            <li key={`${op.method} ${op.path}`} className="rounded-md border border-slate-200 p-3">
              <h3 className="font-mono text-sm font-semibold">
                {op.method.toUpperCase()} {op.path}
              </h3>
              <p className="text-sm font-medium text-slate-900">{op.summary}</p>
              <p className="mt-1 text-sm text-slate-700">{op.description}</p>
              <p className="mt-1 text-sm text-slate-700">
                {op.scope ? (
                  <>
                    Scope: <code className="font-mono">{op.scope}</code>.
                  </>
                ) : (
                  'No token needed.'
                )}{' '}
                {op.parameters.length > 0 ? `Parameters: ${op.parameters.map((p) => `${p.name} (${p.in})`).join(', ')}.` : ''}
              </p>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Errors">
        <p className="mb-3 text-sm text-slate-700">
          Refusals are RFC 9457 problem details (<code className="font-mono">application/problem+json</code>) with a stable{' '}
          <code className="font-mono">code</code>; nothing is saved by a refused request.
        </p>
        <dl className="space-y-2 text-sm">
          {(Object.keys(PROBLEMS) as ProblemCode[]).map((code) => (
            <div key={code} id={`problem-${code}`} className="scroll-mt-24">
              <dt className="font-mono font-semibold">
                {PROBLEMS[code].status} {code}
              </dt>
              <dd className="text-slate-700">
                {PROBLEMS[code].title}. {PROBLEM_HELP[code]}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="A first request">
        <pre
          tabIndex={0}
          aria-label="Example requests with curl"
          className="overflow-x-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100"
        >
          {`TOKEN=cpp_…            # from your API tokens page
PROVIDER=<your provider id>
curl -s -X POST "${base}/providers/$PROVIDER/completions" \\
  -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  -d '{"completions":[{"candidateName":"Ada Lovelace","candidateEmail":"ada@example.com","completedOn":"2026-03-14","certificateId":"NW-ISC-000123"}]}'
curl -s "${base}/providers/$PROVIDER/completions?limit=50" -H "Authorization: Bearer $TOKEN"`}
        </pre>
      </Card>
    </div>
  );
}
