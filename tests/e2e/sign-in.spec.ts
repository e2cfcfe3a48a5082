import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

const ROLES = [
  {
    email: 'admin@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Admin', 'Profile'],
    doesNotSee: ['Reviews', 'ISC provider'],
  },
  {
    email: 'reviewer@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Reviews', 'Profile'],
    doesNotSee: ['Admin', 'ISC provider'],
  },
  {
    email: 'provider@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'ISC provider', 'Profile'],
    doesNotSee: ['Admin', 'Reviews'],
  },
  {
    email: 'mvp@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Profile'],
    doesNotSee: ['Admin', 'Reviews', 'ISC provider'],
  },
  {
    email: 'employee@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Profile'],
    doesNotSee: ['Admin', 'Reviews', 'ISC provider'],
  },
  {
    email: 'trainer@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Profile'],
    doesNotSee: ['Admin', 'Reviews', 'ISC provider'],
  },
  {
    email: 'candidate@demo.test',
    sees: ['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Profile'],
    doesNotSee: ['Admin', 'Reviews', 'ISC provider'],
  },
];

for (const role of ROLES) {
  test(`${role.email} signs in and sees the navigation of their roles`, async ({ page }) => {
    await signInWithPassword(page, role.email);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const label of role.sees) await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    for (const label of role.doesNotSee) await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0);
  });
}

test('each role area opens for its role', async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program administration' })).toBeVisible();
  await expect(page.getByText('Northwind Learning ISC')).toBeVisible();
});

test('status comes from records: the MVP can nominate, the trainer is an active MCT, the candidate is neither', async ({ browser }) => {
  const mvp = await browser.newPage();
  await signInWithPassword(mvp, 'mvp@demo.test');
  await expect(mvp.getByText('Active MVP: Azure')).toBeVisible();
  await mvp.getByRole('link', { name: 'Nominations', exact: true }).click();
  await expect(mvp.getByText('You can nominate as an active MVP.')).toBeVisible();

  const trainer = await browser.newPage();
  await signInWithPassword(trainer, 'trainer@demo.test');
  await expect(trainer.getByText('Active MCT', { exact: true })).toBeVisible();

  const candidate = await browser.newPage();
  await signInWithPassword(candidate, 'candidate@demo.test');
  await expect(candidate.getByText('Not an MCT')).toBeVisible();
  await candidate.getByRole('link', { name: 'Nominations', exact: true }).click();
  await expect(candidate.getByText('Only active MVPs and Microsoft employees can nominate.')).toBeVisible();
});

test('a candidate who opens an admin page is told they have no access', async ({ page }) => {
  await signInWithPassword(page, 'candidate@demo.test');
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});

test('a wrong password gets a clear message and does not sign in', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByText('Sign in with a password instead').click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByLabel('Email address').fill('admin@demo.test');
  await form.getByLabel('Password').fill('not-the-password');
  await form.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(form.getByRole('alert')).toContainText('That email and password do not match an account');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(form.getByLabel('Email address')).toHaveValue('admin@demo.test');
});

test('an empty sign-in form says what is missing beside each field', async ({ page }) => {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(form.getByText('Enter your email address')).toBeVisible();
  await expect(form.getByText('Enter your password')).toBeVisible();
});

test('signing out ends the session', async ({ page }) => {
  await signInWithPassword(page, 'reviewer@demo.test');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Two Microsoft community programs, one portal' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true }).first()).toBeVisible();
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
});

test('a new person signs up and signs in with the emailed link', async ({ page }) => {
  const email = uniqueEmail('newcomer');
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Noor Newcomer');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();

  // Read the email where a person in development would: the local mailbox the SMTP catcher fills.
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole('heading', { name: 'Your sign-in link for the Community Programs Portal' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  // A mail scanner opens the link before the person does: that uses nothing up.
  const href = (await page
    .getByRole('link', { name: /\/sign-in\/confirm\?/ })
    .first()
    .getAttribute('href'))!;
  expect(new URL(href).pathname).toBe('/sign-in/confirm');
  const scanned = await page.context().request.get(href);
  expect(scanned.ok()).toBe(true);
  expect(await scanned.text()).toContain('Sign in as');
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Sign in as ${email}` }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Noor Newcomer' })).toBeVisible();
});

test('the home page and the dashboard have no accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.goto('/sign-in');
  await expectNoAxeViolations(page);
  await signInWithPassword(page, 'admin@demo.test');
  await expectNoAxeViolations(page);
});

test('the sign-in page shows one email field at a time; the password form opens on request', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByLabel('Email address').filter({ visible: true })).toHaveCount(1);
  await page.getByText('Sign in with a password instead').click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expectNoAxeViolations(page);
});
