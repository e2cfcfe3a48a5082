// An ISC provider with a staff member and API tokens, and helpers to call the API over HTTP.
import { createProviderToken } from '@/lib/api-tokens/service';
import { createProviderTokenSchema } from '@/lib/api-tokens/schema';
import { PROVIDER_SCOPES } from '@/lib/api-tokens/scopes';
import { prisma } from '@/lib/db';
import { createUser, unique, uniqueEmail } from './factories';
import { createIscProvider } from './mct-factories';
import { viewerOf } from './review-factories';

/** A provider approved 2020–2040 with one staff member, and a token with every provider scope. */
export async function providerWithToken(scopes: readonly (typeof PROVIDER_SCOPES)[number][] = PROVIDER_SCOPES) {
  const staff = await createUser({ name: unique('Staff') });
  const provider = await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
  const viewer = await viewerOf(staff.id);
  const token = await createProviderToken(
    viewer,
    createProviderTokenSchema.parse({ providerId: provider.id, name: 'Training system', scopes: [...scopes], expiresInDays: '90' }),
  );
  return { staff, viewer, provider, token, secret: token.secret };
}

/** One completion as a training system would send it. */
export const completion = (over: Record<string, unknown> = {}) => ({
  candidateName: 'Ada Lovelace',
  candidateEmail: uniqueEmail('ada'),
  completedOn: '2026-01-15',
  certificateId: unique('NW-ISC'),
  ...over,
});

/** Fetches an API path with a token (or none) and returns status, headers and the parsed body. */
export function apiClient(baseUrl: string) {
  return async (path: string, init: { token?: string | null; method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.body !== undefined) {
      body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const response = await fetch(`${baseUrl}/api/v1${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: response.status, headers: response.headers, body: json as Record<string, unknown> & { data?: unknown } };
  };
}

/** What a provider has saved: completions, import batches and kept idempotent answers. */
export async function savedFor(providerId: string) {
  const [completions, batches, answers] = await Promise.all([
    prisma.iscCompletion.count({ where: { providerId } }),
    prisma.importBatch.count({ where: { providerId } }),
    prisma.apiIdempotentRequest.count({ where: { providerId } }),
  ]);
  return { completions, batches, answers };
}
