import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The demo accounts' shared password (prisma/seed-data.ts). */
export const DEMO_PASSWORD = 'demo-password-2026';

/** Signs in through the password form, as a person would. */
export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in with password' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Follows the newest sign-in link in the development mailbox page that is open: the link opens a
 * confirmation page (mail scanners open links; that uses nothing up), whose button signs in. */
export async function followEmailedSignInLink(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /\/sign-in\/confirm\?/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Sign in as / }).click();
}

/** Signs a new person up and in through the emailed link, as people without a password do. */
export async function signUpThroughEmailLink(page: Page, name: string, email: string): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole('heading', { name: 'Your sign-in link for the Community Programs Portal' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await followEmailedSignInLink(page);
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** A page of its own (a new browser context) signed in as someone: for journeys with several people. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, email);
  return page;
}

/** The demo cycles' rubric (prisma/seed-data.ts). */
export const DEMO_CRITERIA = [
  'Impact and reach',
  'Quality and technical depth',
  'Consistency across the 12 months',
  'Community leadership',
  'Fit to the category',
];

/** On an open review page: one score for every criterion, high confidence, both comments, submit. */
export async function scoreAndSubmit(page: Page, score: number, comment: string, feedback: string): Promise<void> {
  for (const label of DEMO_CRITERIA) {
    await page
      .getByRole('group', { name: new RegExp(`^${label}`) })
      .getByRole('radio', { name: String(score), exact: true })
      .check();
  }
  await page.getByRole('radio', { name: /^High:/ }).check();
  await page.getByLabel('Comments for the committee').fill(comment);
  await page.getByLabel('Feedback for the candidate').fill(feedback);
  await page.getByRole('button', { name: 'Submit review' }).click();
  await expect(page.getByText('Your review: Submitted.')).toBeVisible();
}

/** Fails the test with the list of accessibility violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation the URL changes before Next.js has applied the new page's metadata:
  // scan the page as a person meets it, once its title is there (a page with none still fails below).
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/** A unique address for a person created by a test. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.org`;
}

/** What the browser reported while a test ran: console errors, uncaught page errors, and navigations
 * the server answered with 5xx. */
type BrowserTrouble = { consoleErrors: string[]; serverErrors: string[] };

function watchContext(ctx: BrowserContext, trouble: BrowserTrouble) {
  // Documents the test navigated to: their 4xx statuses are what the test asserts (a refusal page),
  // so the browser's "Failed to load resource" line for them is not a fault of the page.
  const refusedDocuments = new Set<string>();
  ctx.on('response', (response) => {
    const request = response.request();
    if (!request.isNavigationRequest()) return;
    if (response.status() >= 500) trouble.serverErrors.push(`${response.status()} ${request.method()} ${response.url()}`);
    else if (response.status() >= 400) refusedDocuments.add(response.url());
  });
  ctx.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    if (/^Failed to load resource/.test(message.text()) && refusedDocuments.has(where)) return;
    // axe tries to run inside the sandboxed email preview frame; the sandbox refusing it is the point.
    if (/^Blocked script execution in 'about:srcdoc'/.test(message.text())) return;
    trouble.consoleErrors.push(`${message.page()?.url() ?? '?'}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  ctx.on('weberror', (error) => trouble.consoleErrors.push(`uncaught: ${error.error().message}`));
}

/** `test` that also fails on anything a person's browser would show as broken, in the test's own page and in
 * every context it opens with `browser.newContext()`: a console error (a Content-Security-Policy violation, a
 * hydration mismatch, a missing resource such as the favicon), an uncaught error, or a page answered with a
 * 5xx. Import `test` and `expect` from here to use it. */
export const test = base.extend<{ failOnBrowserTrouble: void }>({
  failOnBrowserTrouble: [
    async ({ browser, context }, runTest) => {
      const trouble: BrowserTrouble = { consoleErrors: [], serverErrors: [] };
      watchContext(context, trouble);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watchContext(created, trouble);
        return created;
      };
      try {
        await runTest();
      } finally {
        browser.newContext = newContext;
      }
      expect(trouble.consoleErrors, 'errors in the browser console').toEqual([]);
      expect(trouble.serverErrors, 'pages answered with a server error').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
