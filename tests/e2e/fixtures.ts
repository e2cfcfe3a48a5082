import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

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

/** Follows the newest sign-in link in the development mailbox page that is open: the link opens a
 * confirmation page (mail scanners open links; that uses nothing up), whose button signs in. */
export async function followEmailedSignInLink(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /\/sign-in\/confirm\?/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Sign in as / }).click();
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
