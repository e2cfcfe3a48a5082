// The provider endpoints of /api/v1 called over HTTP as a training system would (a real server in
// front of the route handlers, tests/support/api-server.ts): confirming completions with the CSV
// upload's rules and an Idempotency-Key, listing them and the applications started, and every
// refusal of a body, answered as RFC 9457 problems with nothing saved.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { MAX_BODY_BYTES } from '@/lib/api/schemas';
import { completion, providerWithToken, savedFor } from '@/tests/support/api-fixtures';
import { withApiServer } from '@/tests/support/api-server';
import { createUser, unique } from '@/tests/support/factories';
import { confirmCompletionRow } from '@/tests/support/mct-factories';

const { url: serverUrl, call } = withApiServer();

const post = (providerId: string, token: string, body: unknown, key: string | null = unique('key'), headers: Record<string, string> = {}) =>
  call(`/providers/${providerId}/completions`, { token, body, headers: { ...(key ? { 'Idempotency-Key': key } : {}), ...headers } });

describe('confirming completions', () => {
  it('saves them as one import batch, audited, and lists them a page at a time', async () => {
    const p = await providerWithToken();
    const sent = [completion({ candidateEmail: 'Ada.Lovelace@Example.com ' }), completion(), completion()];
    const created = await post(p.provider.id, p.secret, { completions: sent });
    expect(created.status).toBe(201);
    const data = created.body.data as { batchId: string; created: number; completions: { id: string; candidateEmail: string }[] };
    expect(data.created).toBe(3);
    expect(data.completions[0]!.candidateEmail).toBe('ada.lovelace@example.com');
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: data.batchId } });
    expect(batch).toMatchObject({
      kind: 'ISC_COMPLETIONS',
      userId: p.staff.id,
      rowsImported: 3,
      fileName: expect.stringMatching(/^API: Training system/),
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: data.batchId, action: 'isc_completions.imported' } });
    expect(audit.actorLabel).toContain(`API token ${p.token.prefix}`);

    const first = await call(`/providers/${p.provider.id}/completions?limit=2`, { token: p.secret });
    expect(first.status).toBe(200);
    const page1 = first.body as unknown as { data: { id: string }[]; nextCursor: string };
    expect(page1.data.map((c) => c.id)).toEqual(data.completions.slice(0, 2).map((c) => c.id));
    expect(first.headers.get('link')).toContain(`cursor=${page1.nextCursor}`);
    const second = await call(`/providers/${p.provider.id}/completions?limit=2&cursor=${page1.nextCursor}`, { token: p.secret });
    expect((second.body as unknown as { data: { id: string }[]; nextCursor: null }).data.map((c) => c.id)).toEqual([
      data.completions[2]!.id,
    ]);
    expect(second.body.nextCursor).toBeNull();
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: p.token.id } })).lastUsedAt).not.toBeNull();
  });

  it('creates nothing twice for a retry with the same Idempotency-Key, and refuses the key with another body', async () => {
    const p = await providerWithToken();
    const body = { completions: [completion()] };
    const key = unique('retry');
    const first = await post(p.provider.id, p.secret, body, key);
    const again = await post(p.provider.id, p.secret, body, key);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    // Two retries at once: one saves, the other waits for it and replays its answer.
    const key2 = unique('race');
    const body2 = { completions: [completion()] };
    const both = await Promise.all([post(p.provider.id, p.secret, body2, key2), post(p.provider.id, p.secret, body2, key2)]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(await savedFor(p.provider.id)).toEqual({ completions: 2, batches: 2, answers: 2 });

    const reused = await post(p.provider.id, p.secret, { completions: [completion()] }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    const missing = await post(p.provider.id, p.secret, { completions: [completion()] }, null);
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('idempotency_key_required');
    expect(await savedFor(p.provider.id)).toEqual({ completions: 2, batches: 2, answers: 2 });
  });

  it('refuses the whole request with the CSV upload’s row problems, by position, and saves nothing', async () => {
    const p = await providerWithToken();
    const earlier = await confirmCompletionRow({
      providerId: p.provider.id,
      email: 'earlier@example.com',
      completedOn: '2025-06-01',
      confirmedById: p.staff.id,
    });
    const before = await savedFor(p.provider.id);
    const key = unique('bad');
    const response = await post(
      p.provider.id,
      p.secret,
      {
        completions: [
          completion(),
          completion({ candidateEmail: 'not-an-address' }),
          completion({ completedOn: '2999-01-01' }),
          completion({ completedOn: '2019-12-31' }),
          completion({ certificateId: earlier.certificateId }),
          completion({ candidateName: '=HYPERLINK("x")' }),
          completion({ certificateId: 'DUP-1' }),
          completion({ certificateId: 'DUP-1' }),
        ],
      },
      key,
    );
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'invalid_completions',
      status: 422,
      type: expect.stringContaining('/developers#problem-invalid_completions'),
    });
    expect(response.body.errors).toEqual([
      { pointer: '/completions/1/candidateEmail', detail: 'Enter an email address like name@example.com' },
      { pointer: '/completions/2/completedOn', detail: '1 January 2999 is in the future' },
      { pointer: '/completions/3/completedOn', detail: expect.stringMatching(/was not approved on 31 December 2019/) },
      {
        pointer: '/completions/4/certificateId',
        detail: `Certificate ID ${earlier.certificateId} was already confirmed in an earlier upload`,
      },
      { pointer: '/completions/5/candidateName', detail: expect.stringMatching(/^Must not start with =/) },
      { pointer: '/completions/7/certificateId', detail: 'Certificate ID DUP-1 appears twice in this request (first in row 7)' },
    ]);
    expect(await savedFor(p.provider.id)).toEqual(before);
    // Fixed, the same key goes through: a refused request kept nothing under it.
    expect((await post(p.provider.id, p.secret, { completions: [completion()] }, key)).status).toBe(201);
  });

  it('refuses a body it cannot read: wrong media type, malformed JSON, wrong shape, too large (declared or streamed)', async () => {
    const p = await providerWithToken();
    const path = `/providers/${p.provider.id}/completions`;
    const send = (body: string, headers: Record<string, string> = {}) =>
      call(path, { token: p.secret, body, headers: { 'Idempotency-Key': unique('k'), ...headers } });
    const asText = await send('{"completions":[]}', { 'Content-Type': 'text/plain' });
    expect([asText.status, asText.body.code]).toEqual([415, 'unsupported_media_type']);
    const malformed = await send('{"completions": [');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'malformed_json']);
    const shape = await send(JSON.stringify({ completions: [{ candidateName: 'Ada', candidateEmail: 7 }] }));
    expect([shape.status, shape.body.code]).toEqual([422, 'invalid_request']);
    expect(shape.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/completions/0/candidateEmail' }),
        expect.objectContaining({ pointer: '/completions/0/completedOn' }),
      ]),
    );
    const empty = await send(JSON.stringify({ completions: [] }));
    expect(empty.body.errors).toEqual([{ pointer: '/completions', detail: 'Send at least one completion' }]);
    const big = JSON.stringify({ completions: [completion({ candidateName: 'x'.repeat(MAX_BODY_BYTES) })] });
    const declared = await send(big);
    expect([declared.status, declared.body.code]).toEqual([413, 'payload_too_large']);
    // Chunked, with no Content-Length: the cap holds while reading.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(big);
        for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.slice(i, i + 64 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(`${serverUrl()}/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${p.secret}`, 'Content-Type': 'application/json', 'Idempotency-Key': unique('k') },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await savedFor(p.provider.id)).toEqual({ completions: 0, batches: 0, answers: 0 });
  });
});

describe('the applications a provider started', () => {
  it('lists them with their state, filtered by state, never another provider’s', async () => {
    const p = await providerWithToken(['applications:read']);
    const other = await providerWithToken();
    const make = async (providerId: string, status: 'AWAITING_CANDIDATE' | 'SUBMITTED', staffId: string) => {
      const candidate = await createUser({ name: unique('Trainer') });
      return prisma.mctApplication.create({
        data: {
          candidateId: candidate.id,
          channel: 'PROVIDER',
          providerId,
          initiatedById: staffId,
          status,
          submittedAt: status === 'SUBMITTED' ? new Date() : null,
        },
      });
    };
    const waiting = await make(p.provider.id, 'AWAITING_CANDIDATE', p.staff.id);
    const submitted = await make(p.provider.id, 'SUBMITTED', p.staff.id);
    await make(other.provider.id, 'SUBMITTED', other.staff.id);
    const all = await call(`/providers/${p.provider.id}/applications`, { token: p.secret });
    expect(all.status).toBe(200);
    const rows = all.body.data as { id: string; status: string; submittedAt: string | null }[];
    expect(rows.map((a) => [a.id, a.status])).toEqual([
      [waiting.id, 'AWAITING_CANDIDATE'],
      [submitted.id, 'SUBMITTED'],
    ]);
    expect(rows[1]!.submittedAt).not.toBeNull();
    const filtered = await call(`/providers/${p.provider.id}/applications?status=SUBMITTED`, { token: p.secret });
    expect((filtered.body.data as { id: string }[]).map((a) => a.id)).toEqual([submitted.id]);
    const badStatus = await call(`/providers/${p.provider.id}/applications?status=LOST`, { token: p.secret });
    expect([badStatus.status, badStatus.body.code]).toEqual([400, 'invalid_query']);
    expect(badStatus.body.errors).toEqual([expect.objectContaining({ parameter: 'status' })]);
    const badCursor = await call(`/providers/${p.provider.id}/applications?cursor=not-a-cursor`, { token: p.secret });
    expect([badCursor.status, badCursor.body.code]).toEqual([400, 'invalid_cursor']);
    const badLimit = await call(`/providers/${p.provider.id}/applications?limit=0`, { token: p.secret });
    expect([badLimit.status, badLimit.body.code]).toEqual([400, 'invalid_query']);
  });
});
