// API tokens and the admins' export endpoints over HTTP: every way a token is refused (missing,
// unknown, revoked, expired, its creator's access gone, the wrong scope, another provider's data,
// past the rate limits), the exports as cursor pages matching the CSV exports, token management,
// and the OpenAPI document covering every route.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { apiOperations } from '@/lib/api/openapi';
import { MAX_ACTIVE_TOKENS } from '@/lib/api-tokens/rules';
import { createExportTokenSchema, createProviderTokenSchema } from '@/lib/api-tokens/schema';
import { createExportToken, createProviderToken, revokeToken } from '@/lib/api-tokens/service';
import { hashTokenSecret } from '@/lib/api-tokens/secret';
import { columnKey } from '@/lib/exports/stream';
import { nominationsExport } from '@/lib/exports/nominations';
import { rateLimitKey, RATE_LIMITS, windowStartOf } from '@/lib/security/rate-limit';
import { completion, providerWithToken, savedFor } from '@/tests/support/api-fixtures';
import { apiRouteFiles, withApiServer } from '@/tests/support/api-server';
import { createCategory, createCycle, createNomination, createUser, unique, uniqueEmail } from '@/tests/support/factories';
import { refusal } from '@/tests/support/refusal';
import { createAdmin } from '@/tests/support/review-factories';

const { call } = withApiServer();

const postOne = (providerId: string, token: string | null, headers: Record<string, string> = {}) =>
  call(`/providers/${providerId}/completions`, {
    token,
    body: { completions: [completion()] },
    headers: { 'Idempotency-Key': unique('k'), ...headers },
  });

/** Fills a rate limit's current window for a subject, as if it had been used up. */
async function useUp(name: keyof typeof RATE_LIMITS, subject: string) {
  const { limit, windowSeconds } = RATE_LIMITS[name];
  const windowStart = windowStartOf(new Date(), windowSeconds);
  await prisma.rateLimitBucket.upsert({
    where: { key_windowStart: { key: rateLimitKey(name, subject), windowStart } },
    create: { key: rateLimitKey(name, subject), windowStart, count: limit },
    update: { count: limit },
  });
}

describe('who may call', () => {
  it('refuses a missing, malformed, unknown, revoked or expired token with 401 and a challenge, saving nothing', async () => {
    const p = await providerWithToken();
    const expect401 = async (token: string | null, code: string, headers: Record<string, string> = {}) => {
      const r = await postOne(p.provider.id, token, headers);
      expect([r.status, r.body.code], JSON.stringify(r.body)).toEqual([401, code]);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer realm="api"/);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
    };
    await expect401(null, 'missing_token');
    await expect401(null, 'invalid_token', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    await expect401(`${p.secret}x`, 'invalid_token');
    const expired = await createProviderToken(
      p.viewer,
      createProviderTokenSchema.parse({
        providerId: p.provider.id,
        name: 'Old system',
        scopes: ['completions:write'],
        expiresInDays: '30',
      }),
    );
    await prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect401(expired.secret, 'token_expired');
    await revokeToken(p.viewer, { tokenId: p.token.id });
    await expect401(p.secret, 'token_revoked');
    expect(await savedFor(p.provider.id)).toEqual({ completions: 0, batches: 0, answers: 0 });
  });

  it('stops a token whose creator left the provider’s staff', async () => {
    const p = await providerWithToken();
    expect((await postOne(p.provider.id, p.secret)).status).toBe(201);
    await prisma.providerStaff.deleteMany({ where: { providerId: p.provider.id, userId: p.staff.id } });
    const r = await postOne(p.provider.id, p.secret);
    expect([r.status, r.body.code]).toEqual([401, 'invalid_token']);
    expect(await savedFor(p.provider.id)).toMatchObject({ completions: 1 });
  });

  it('refuses the wrong scope with 403, another provider’s data (or none) with 404', async () => {
    const p = await providerWithToken(['completions:read']);
    const other = await providerWithToken();
    const admin = await createAdmin();
    const exportToken = await createExportToken(admin, createExportTokenSchema.parse({ name: 'Reports', expiresInDays: '30' }));
    const scope = await postOne(p.provider.id, p.secret);
    expect([scope.status, scope.body.code]).toEqual([403, 'insufficient_scope']);
    expect(scope.headers.get('www-authenticate')).toContain('scope="completions:write"');
    expect((await call(`/providers/${p.provider.id}/applications`, { token: p.secret })).status).toBe(403);
    expect((await postOne(p.provider.id, exportToken.secret)).body.code).toBe('insufficient_scope');
    expect((await call('/exports/nominations', { token: other.secret })).body.code).toBe('insufficient_scope');
    for (const path of [
      `/providers/${other.provider.id}/completions`,
      `/providers/${crypto.randomUUID()}/completions`,
      '/providers/nope/completions',
    ]) {
      const r = await call(path, { token: p.secret });
      expect([r.status, r.body.code], path).toEqual([404, 'not_found']);
      expect(JSON.stringify(r.body)).not.toContain(other.provider.name);
    }
    const foreign = await postOne(other.provider.id, (await providerWithToken()).secret);
    expect(foreign.status).toBe(404);
    expect(await savedFor(other.provider.id)).toEqual({ completions: 0, batches: 0, answers: 0 });
  });

  it('answers 429 with Retry-After past a token’s limit, and past the failures allowed from one address', async () => {
    const p = await providerWithToken();
    await useUp('api:token', p.token.id);
    const limited = await postOne(p.provider.id, p.secret);
    expect([limited.status, limited.body.code]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${unique('ip')}`;
    await useUp('api-auth:ip', ip);
    const guessing = await postOne(p.provider.id, 'cpp_guess', { 'X-Test-Socket-IP': ip });
    expect([guessing.status, guessing.body.code]).toEqual([429, 'rate_limited']);
    expect(await savedFor(p.provider.id)).toEqual({ completions: 0, batches: 0, answers: 0 });
  });
});

describe('the admins’ exports', () => {
  it('pages the rows of a CSV export with its filters, and refuses bad filters, cursors and datasets', async () => {
    const admin = await createAdmin();
    const token = await createExportToken(admin, { name: 'Reports', expiresInDays: '90' });
    const [cycle, category] = await Promise.all([createCycle(), createCategory()]);
    const nominator = await createUser({ roles: ['EMPLOYEE'] });
    for (let i = 0; i < 3; i++) {
      await createNomination({ nominatorId: nominator.id, nomineeEmail: uniqueEmail('n'), cycleId: cycle.id, categoryId: category.id });
    }
    const first = await call(`/exports/nominations?cycle=${cycle.id}&limit=2&page=9`, { token: token.secret });
    expect(first.status).toBe(200);
    const page1 = first.body as unknown as { data: Record<string, unknown>[]; nextCursor: string };
    expect(page1.data).toHaveLength(2);
    const second = await call(`/exports/nominations?cycle=${cycle.id}&limit=2&cursor=${page1.nextCursor}`, { token: token.secret });
    const rows = [...page1.data, ...(second.body.data as Record<string, unknown>[])];
    expect(second.body.nextCursor).toBeNull();
    // The same rows and columns as the CSV export, keyed by the camelCase of each header.
    const csv = nominationsExport(admin, { cycle: cycle.id });
    const { records } = await csv.pageAfter(undefined, 10);
    expect(rows).toEqual(records);
    expect(Object.keys(rows[0]!)).toContain(columnKey('Nominee email'));
    expect(rows.every((r) => r.nominatorEmail === nominator.email)).toBe(true);

    const refusals = [
      [`/exports/nominations?status=LOST`, 400, 'invalid_query'],
      [`/exports/nominations?cursor=${Buffer.from('v1:not-an-id').toString('base64url')}`, 400, 'invalid_cursor'],
      [`/exports/nominations?limit=501`, 400, 'invalid_query'],
      [`/exports/decided-things`, 404, 'not_found'],
    ] as const;
    for (const [path, status, code] of refusals) {
      const r = await call(path, { token: token.secret });
      expect([r.status, r.body.code], path).toEqual([status, code]);
    }
    await prisma.userRole.deleteMany({ where: { userId: admin.id, role: 'ADMIN' } });
    const demoted = await call('/exports/nominations', { token: token.secret });
    expect([demoted.status, demoted.body.code]).toEqual([401, 'invalid_token']);
  });
});

describe('managing tokens', () => {
  it('stores only a hash, audits without the secret, and lets only the provider’s staff or admins manage them', async () => {
    const p = await providerWithToken();
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: p.token.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(p.secret));
    expect(JSON.stringify(row)).not.toContain(p.secret);
    expect(p.secret.startsWith(row.prefix)).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: p.token.id, action: 'api_token.created' } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(p.secret.slice(12));
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(row.tokenHash);

    const stranger = await providerWithToken();
    const input = createProviderTokenSchema.parse({
      providerId: p.provider.id,
      name: 'Not mine',
      scopes: ['completions:read'],
      expiresInDays: '30',
    });
    expect((await refusal(createProviderToken(stranger.viewer, input))).code).toBe('FORBIDDEN');
    expect((await refusal(createExportToken(p.viewer, { name: 'Reports', expiresInDays: '30' }))).code).toBe('FORBIDDEN');
    expect((await refusal(revokeToken(stranger.viewer, { tokenId: p.token.id }))).code).toBe('NOT_FOUND');
    await revokeToken(p.viewer, { tokenId: p.token.id });
    expect((await refusal(revokeToken(p.viewer, { tokenId: p.token.id }))).code).toBe('CONFLICT');
    expect(await prisma.auditEvent.count({ where: { entityId: p.token.id, action: 'api_token.revoked' } })).toBe(1);
  });

  it('keeps at most a set number of active tokens per provider', async () => {
    const p = await providerWithToken();
    const input = createProviderTokenSchema.parse({
      providerId: p.provider.id,
      name: 'One more',
      scopes: ['completions:read'],
      expiresInDays: '30',
    });
    for (let i = 1; i < MAX_ACTIVE_TOKENS; i++) await createProviderToken(p.viewer, input);
    expect((await refusal(createProviderToken(p.viewer, input))).code).toBe('CONFLICT');
  });
});

describe('the OpenAPI document', () => {
  it('is served without a token and describes every route and method of /api/v1', async () => {
    const r = await call('/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.body as unknown as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    const routes = await Promise.all(
      apiRouteFiles().map(async (f) => {
        const mod = (await import(/* @vite-ignore */ f.file)) as Record<string, unknown>;
        const path = f.file
          .split('app/api/v1')[1]!
          .replace(/\/route\.ts$/, '')
          .replace(/\[(\w+)\]/g, '{$1}');
        return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']
          .filter((m) => typeof mod[m] === 'function')
          .map((m) => `${m.toLowerCase()} ${path}`);
      }),
    );
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual(routes.flat().sort());
    expect(
      apiOperations()
        .map((o) => `${o.method} ${o.path}`)
        .sort(),
    ).toEqual(documented.sort());
    expect(doc.components.schemas.CompletionInput).toMatchObject({
      required: ['candidateName', 'candidateEmail', 'completedOn', 'certificateId'],
    });
  });
});
