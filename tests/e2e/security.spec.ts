import { expect, signInWithPassword, test, uniqueEmail } from './fixtures';

// Security headers, rate limits and body limits against the real production server.

test('every response carries the security headers; pages a fresh nonce-based CSP that Next.js uses', async ({ page, request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  const csp = first.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(csp).toContain("form-action 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonceOf(csp)).not.toEqual(nonceOf(second.headers()['content-security-policy'] ?? ''));

  for (const path of ['/', '/sign-in', '/api/health']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['permissions-policy'], path).toContain('geolocation=()');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }

  // Every script the server sends carries this response's nonce, so the page works under the policy.
  // (Chunks those scripts load later, such as a form's lazily loaded schema, need none: 'strict-dynamic'.)
  const response = await page.goto('/sign-in?with=password');
  const nonce = nonceOf(response!.headers()['content-security-policy'] ?? '');
  const html = await response!.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  expect(new Set(scriptTags.map((tag) => /\snonce="([^"]*)"/.exec(tag)?.[1] ?? ''))).toEqual(new Set([nonce]));
  // Hydrated: the client-side validation answers without a round trip.
  await page.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page.getByText(/Enter your email address|Enter an email address/).first()).toBeVisible();
});

test('the signed-out redirect still applies only to signed-in areas', async ({ request }) => {
  const dashboard = await request.get('/dashboard', { maxRedirects: 0 });
  expect(dashboard.status()).toBe(307);
  expect(dashboard.headers()['location']).toContain('/sign-in?callbackUrl=%2Fdashboard');
  expect(dashboard.headers()['content-security-policy']).toBeTruthy();
  for (const path of ['/', '/sign-in', '/mct/applications/accept/not-a-token', '/api/health']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.headers()['location'] ?? '', path).not.toContain('/sign-in');
  }
});

test('password sign-in: after 10 failures for an address the form says to wait, whether or not the account exists', async ({ page }) => {
  const email = uniqueEmail('brute');
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByLabel('Email address').fill(email);
  for (let i = 1; i <= 10; i++) {
    await form.getByLabel('Password').fill(`wrong-password-${i}`);
    await form.getByRole('button', { name: 'Sign in with password' }).click();
    await expect(form.getByText('That email and password do not match an account.', { exact: false })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Sign in with password' })).toBeEnabled();
  }
  await form.getByLabel('Password').fill('wrong-password-11');
  await form.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(form.getByText(/^Too many attempts; try again in \d+ minutes?\.$/)).toBeVisible();
  // Other addresses are not affected.
  await signInWithPassword(page, 'candidate@demo.test');
});

test('email sign-in links: the sixth request in an hour for one address is refused with a message', async ({ page }) => {
  const email = uniqueEmail('linky');
  for (let i = 1; i <= 5; i++) {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').first().fill(email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await expect(page).toHaveURL(/\/sign-in\/check-email/);
  }
  await page.goto('/sign-in');
  await page.getByLabel('Email address').first().fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText(/^Too many attempts; try again in \d+ minutes?\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
});

test('uploads: a too-large, a malformed or a non-multipart body gets a 4xx with a clear message', async ({ page }) => {
  await signInWithPassword(page, 'trainer@demo.test');
  const big = Buffer.alloc(6 * 1024 * 1024, 'a');
  const tooLarge = await page.request.post('/api/memberships/deliveries', {
    multipart: { intent: 'preview', file: { name: 'big.csv', mimeType: 'text/csv', buffer: big } },
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toMatchObject({ ok: false, error: expect.stringMatching(/^The file is 6\.0 MB; the limit is 5\.0 MB/) });

  const malformed = await page.request.post('/api/memberships/deliveries', {
    headers: { 'content-type': 'multipart/form-data; boundary=----nothing' },
    data: 'this is not multipart at all',
  });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toMatchObject({ ok: false, error: 'The upload could not be read. Choose the file again and retry.' });

  const json = await page.request.post('/api/memberships/deliveries', { data: { intent: 'preview', file: 'x' } });
  expect(json.status()).toBe(400);
  expect((await json.json()).ok).toBe(false);

  const noFile = await page.request.post('/api/memberships/deliveries', { multipart: { intent: 'preview' } });
  expect(noFile.status()).toBe(400);
  expect(await noFile.json()).toMatchObject({ ok: false, error: 'Choose a CSV or Excel (.xlsx) file to upload.' });
});

test('server actions: an oversized or malformed body is refused with a 4xx, never a stack trace', async ({ page }) => {
  // The id of a real action, taken from the sign-in form's own request.
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByLabel('Email address').fill(uniqueEmail('action'));
  await form.getByLabel('Password').fill('wrong-password');
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action'])),
    form.getByRole('button', { name: 'Sign in with password' }).click(),
  ]);
  const actionHeaders = {
    'next-action': sent.headers()['next-action']!,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
  };

  const oversized = await page.request.post('/sign-in', {
    headers: actionHeaders,
    data: JSON.stringify([{ email: 'a@example.org', password: 'x'.repeat(4 * 1024 * 1024) }]),
  });
  expect(oversized.status()).toBeGreaterThanOrEqual(400);
  expect(oversized.status()).toBeLessThan(500);
  expect(await oversized.text()).not.toMatch(/at .+\.js:\d+|node_modules/);

  const malformed = await page.request.post('/sign-in', { headers: actionHeaders, data: '[{"email": not json' });
  expect(malformed.status()).toBeGreaterThanOrEqual(400);
  expect(malformed.status()).toBeLessThan(500);
  expect(await malformed.text()).not.toMatch(/at .+\.js:\d+|node_modules/);
});

test('dynamic paths ending in .csv carry the Content-Security-Policy too', async ({ page }) => {
  await signInWithPassword(page, 'trainer@demo.test');
  const response = await page.request.get('/mct/membership/deliveries-template.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy'] ?? '').toContain("default-src 'self'");
});

test('the development mailbox answers only a browser on the same machine, under a local name', async ({ request }) => {
  expect((await request.get('/dev/mailbox')).status()).toBe(200);
  // The same server reached under another host name (a DNS name rebound to this machine) is refused.
  expect((await request.get('/dev/mailbox', { headers: { host: 'portal.example' } })).status()).toBe(404);
});
