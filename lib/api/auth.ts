import 'server-only';
// Who is calling the API: the bearer token, checked on every request. A token acts with its
// creator's rights, narrowed to its scopes, so a token stops working when its creator leaves the
// provider's staff or stops being an admin, is erased, or the token expires or is revoked. Failed
// attempts are limited per client address; each token's requests per minute are limited too.
import { hasRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { tokenStatusOf } from '@/lib/api-tokens/rules';
import { scopeName, type ApiScopeName } from '@/lib/api-tokens/scopes';
import { hashTokenSecret } from '@/lib/api-tokens/secret';
import { clientIp, hitRateLimit } from '@/lib/security/rate-limit';
import { ApiProblem, type ProblemCode } from './problem';

/** A token's holder as the API sees them. */
export type ApiCaller = {
  token: { id: string; name: string; prefix: string; providerId: string | null; scopes: ApiScopeName[] };
  /** The token's creator, read fresh: their rights bound the token's. */
  viewer: Viewer;
};

/** Last use is written at most this often per token (one write a minute, not one per request). */
const LAST_USED_RESOLUTION_MS = 60_000;

const challenge = (error: string, extra = '') => ({ 'WWW-Authenticate': `Bearer realm="api", error="${error}"${extra}` });

async function refuse(request: Request, code: ProblemCode, detail: string): Promise<never> {
  // A token that was sent and is wrong counts towards the client's limit (guessing); no token does not.
  const limit = code === 'missing_token' ? null : await hitRateLimit('api-auth:ip', clientIp(request.headers));
  if (limit && !limit.allowed) {
    throw new ApiProblem('rate_limited', `Too many requests with a missing or invalid token; try again in ${limit.retryAfterSeconds} s.`, {
      headers: { 'Retry-After': String(limit.retryAfterSeconds) },
    });
  }
  throw new ApiProblem(code, detail, { headers: challenge(code === 'missing_token' ? 'invalid_request' : 'invalid_token') });
}

/** Whether the creator may still do what their token was made for. */
function creatorStillEntitled(viewer: Viewer, providerId: string | null): boolean {
  if (providerId === null) return hasRole(viewer, 'ADMIN');
  return viewer.providerIds.includes(providerId) || hasRole(viewer, 'ADMIN');
}

/** Authenticates the request's bearer token and checks it has `scope`: a 401 for a missing,
 * unknown, expired or revoked token (or one whose creator lost the rights it was made with), a 429
 * past the limits, a 403 without the scope. */
export async function authenticate(request: Request, scope: ApiScopeName, now: Date = new Date()): Promise<ApiCaller> {
  const header = request.headers.get('authorization');
  if (!header) return refuse(request, 'missing_token', 'Send the token in an Authorization: Bearer <token> header.');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return refuse(request, 'invalid_token', 'The Authorization header must be “Bearer <token>”.');
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(match[1]!) },
    select: {
      id: true,
      name: true,
      prefix: true,
      providerId: true,
      scopes: true,
      createdById: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
    },
  });
  if (!token) return refuse(request, 'invalid_token', 'No token matches this one. Check it was copied whole, or create a new one.');
  const status = tokenStatusOf(token, now);
  if (status === 'REVOKED') return refuse(request, 'token_revoked', `The token “${token.name}” (${token.prefix}…) was revoked.`);
  if (status === 'EXPIRED') {
    return refuse(request, 'token_expired', `The token “${token.name}” (${token.prefix}…) expired on ${token.expiresAt.toISOString()}.`);
  }
  const viewer = await loadViewer(token.createdById, now);
  if (!viewer || !creatorStillEntitled(viewer, token.providerId)) {
    return refuse(
      request,
      'invalid_token',
      'The person who created this token no longer has the access it was made with. Create a new token.',
    );
  }

  const limit = await hitRateLimit('api:token', token.id, { now });
  if (!limit.allowed) {
    throw new ApiProblem('rate_limited', `This token made too many requests; try again in ${limit.retryAfterSeconds} s.`, {
      headers: { 'Retry-After': String(limit.retryAfterSeconds) },
    });
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  const scopes = token.scopes.map(scopeName);
  if (!scopes.includes(scope)) {
    throw new ApiProblem('insufficient_scope', `This needs a token with the scope “${scope}”; this one has ${scopes.join(', ')}.`, {
      headers: challenge('insufficient_scope', `, scope="${scope}"`),
    });
  }
  return { token: { id: token.id, name: token.name, prefix: token.prefix, providerId: token.providerId, scopes }, viewer };
}

/** Refuses a caller whose token is not for this provider: the same 404 as a provider that does not
 * exist, so another provider's data cannot even be confirmed to exist. */
export function assertTokenProvider(caller: ApiCaller, providerId: string): void {
  if (caller.token.providerId !== providerId) throw new ApiProblem('not_found', 'No ISC provider with this id is available to this token.');
}
