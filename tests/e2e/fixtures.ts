import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** The demo accounts' shared password (prisma/seed-data.ts). */
export const DEMO_PASSWORD = 'demo-password-2026';

/** Signs in through the password form, as a person would. */
export async function signInWithPassword(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in with password' }).click();
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

/** `test` that also fails on any Content-Security-Policy violation the browser reports in the console,
 * in the test's own page and in every context it opens with `browser.newContext()`. Import `test` and
 * `expect` from here to use it. */
export const test = base.extend<{ failOnCspViolation: void }>({
  failOnCspViolation: [
    async ({ browser, context }, runTest) => {
      const violations: string[] = [];
      const watch = (ctx: BrowserContext) =>
        ctx.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
            violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
          }
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watch(created);
        return created;
      };
      try {
        await runTest();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
