// The API against the running server, as an ISC provider's training system would use it: staff
// create a token on the provider's API tokens page (shown once), the system confirms completions
// with it over HTTP (a retry with the same Idempotency-Key creates nothing twice), lists them and
// the applications started; the page then shows the token's last use; revoking it stops it. An admin
// reads an export with a read-only token. The token pages and /developers get an axe scan.
import { expect, expectNoAxeViolations, signInWithPassword, test } from './fixtures';

const run = Math.random().toString(36).slice(2, 8);

test('a provider’s token: created once, used over HTTP to confirm and list completions, then revoked', async ({ page, request }) => {
  await signInWithPassword(page, 'provider@demo.test');
  await page.goto('/provider');
  await page.getByRole('link', { name: 'API tokens for your training system' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await page.getByLabel('Name').fill(`Training system ${run}`);
  await page.getByRole('button', { name: 'Create the token' }).click();
  const secret = await page.getByLabel('Your new token').inputValue();
  expect(secret).toMatch(/^cpp_[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);
  const providerId = (await page
    .getByText(/Your provider’s id in the API:/)
    .locator('code')
    .textContent())!.trim();
  const row = page.getByRole('row').filter({ hasText: `Training system ${run}` });
  await expect(row.getByText('Never')).toBeVisible();

  const auth = { Authorization: `Bearer ${secret}` };
  const body = {
    completions: [
      {
        candidateName: 'Ada Lovelace',
        candidateEmail: `ada-${run}@example.org`,
        completedOn: '2026-01-15',
        certificateId: `NW-API-${run}-1`,
      },
      {
        candidateName: 'Alan Turing',
        candidateEmail: `alan-${run}@example.org`,
        completedOn: '2026-02-02',
        certificateId: `NW-API-${run}-2`,
      },
    ],
  };
  const key = `import-${run}`;
  const created = await request.post(`/api/v1/providers/${providerId}/completions`, {
    headers: { ...auth, 'Idempotency-Key': key },
    data: body,
  });
  expect(created.status()).toBe(201);
  const first = (await created.json()) as { data: { created: number; completions: { id: string }[] } };
  expect(first.data.created).toBe(2);
  const retried = await request.post(`/api/v1/providers/${providerId}/completions`, {
    headers: { ...auth, 'Idempotency-Key': key },
    data: body,
  });
  expect(retried.status()).toBe(201);
  expect(retried.headers()['idempotent-replayed']).toBe('true');
  expect(await retried.json()).toEqual(first);

  // Read back, a page at a time, until both are found.
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const listed = await request.get(`/api/v1/providers/${providerId}/completions?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: auth,
    });
    expect(listed.status()).toBe(200);
    const pageOfRows = (await listed.json()) as { data: { id: string }[]; nextCursor: string | null };
    ids.push(...pageOfRows.data.map((c) => c.id));
    cursor = pageOfRows.nextCursor;
  } while (cursor);
  expect(ids).toEqual(expect.arrayContaining(first.data.completions.map((c) => c.id)));
  expect(new Set(ids).size).toBe(ids.length);
  expect((await request.get(`/api/v1/providers/${providerId}/applications`, { headers: auth })).status()).toBe(200);

  // Refusals over the real server: too large, malformed, another provider's id.
  const tooLarge = await request.post(`/api/v1/providers/${providerId}/completions`, {
    headers: { ...auth, 'Idempotency-Key': `big-${run}`, 'Content-Type': 'application/json' },
    data: Buffer.from(JSON.stringify({ completions: [{ candidateName: 'x'.repeat(1_100_000) }] })),
  });
  expect(tooLarge.status()).toBe(413);
  expect(tooLarge.headers()['content-type']).toBe('application/problem+json');
  const malformed = await request.post(`/api/v1/providers/${providerId}/completions`, {
    headers: { ...auth, 'Idempotency-Key': `bad-${run}`, 'Content-Type': 'application/json' },
    // Raw bytes: a string would be sent JSON-encoded.
    data: Buffer.from('{"completions": ['),
  });
  expect(((await malformed.json()) as { code: string }).code).toBe('malformed_json');
  expect((await request.get(`/api/v1/providers/${crypto.randomUUID()}/completions`, { headers: auth })).status()).toBe(404);

  // The page shows the token's last use; revoking it stops it at once.
  await page.reload();
  await expect(row.getByText('Never')).toHaveCount(0);
  await row.getByRole('button', { name: `Revoke “Training system ${run}”` }).click();
  await row.getByRole('button', { name: 'Revoke the token' }).click();
  await expect(row.getByText('Revoked')).toBeVisible();
  const refused = await request.get(`/api/v1/providers/${providerId}/completions`, { headers: auth });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { code: string }).code).toBe('token_revoked');

  await page.getByRole('link', { name: 'the API for developers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The portal’s API' })).toBeVisible();
  await expect(page.getByText('POST /providers/{providerId}/completions')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin reads an export with a read-only token', async ({ page, request }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin/api-tokens');
  await page.getByLabel('Name').fill(`Reports ${run}`);
  await page.getByRole('button', { name: 'Create the read-only token' }).click();
  const secret = await page.getByLabel('Your new token').inputValue();
  await expectNoAxeViolations(page);
  const auth = { Authorization: `Bearer ${secret}` };
  const exported = await request.get('/api/v1/exports/nominations?limit=2', { headers: auth });
  expect(exported.status()).toBe(200);
  const rows = (await exported.json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
  expect(rows.data).toHaveLength(2);
  expect(rows.data[0]).toHaveProperty('nomineeEmail');
  expect(rows.nextCursor).not.toBeNull();
  const scope = await request.post('/api/v1/providers/00000000-0000-4000-8000-000000000000/completions', { headers: auth, data: {} });
  expect(scope.status()).toBe(403);
  const openapi = await request.get('/api/v1/openapi.json');
  expect(((await openapi.json()) as { openapi: string }).openapi).toBe('3.1.0');
});
