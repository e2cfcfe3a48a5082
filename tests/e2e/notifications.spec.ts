import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, followEmailedSignInLink, signInWithPassword, test, uniqueEmail } from './fixtures';

const STATEMENT =
  'Quinn runs a monthly community stand-up on Azure networking and answers hundreds of forum questions every quarter with clear, tested examples.';

/** Opens the development mailbox for an address once an email with this subject has arrived. */
async function openMail(page: Page, to: string, subject: string) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

/** The accessibility scan of a page that shows emails' HTML in sandboxed frames. axe cannot run inside
 * a frame whose sandbox allows no scripts (it waits on timers that never fire there), so the page is
 * scanned around those frames, and each email's HTML is scanned on a page of its own. */
async function expectNoAxeViolationsWithEmailFrames(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[sandbox]')
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  const frames = page.locator('iframe[sandbox]');
  expect(await frames.count()).toBeGreaterThan(0);
  for (const html of await frames.evaluateAll((els) => els.map((el) => el.getAttribute('srcdoc') ?? ''))) {
    const email = await page.context().newPage();
    await email.setContent(html);
    await expectNoAxeViolations(email);
    await email.close();
  }
}

test('an admin lists the emails the portal sent and previews the templates with sample data', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Emails and their delivery' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emails' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Emails' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoAxeViolations(page);

  // Filtering keeps what was chosen in the form and the address.
  await page.getByLabel('Status').selectOption({ label: 'Sent' });
  await page.getByLabel('Template').selectOption('auth.sign-in-link');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/status=SENT/);
  await expect(page).toHaveURL(/template=auth\.sign-in-link/);
  await expect(page.getByLabel('Status')).toHaveValue('SENT');

  await page.getByRole('link', { name: 'Preview the templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Email templates' })).toBeVisible();
  // Every template is listed with its sample subject; choosing one renders both of its parts.
  const list = page.getByRole('navigation', { name: 'Templates' });
  await expect(list.getByRole('link', { name: /notifications\.daily-digest\s*Your daily summary: 2 updates/ })).toBeVisible();
  await list.getByRole('link', { name: /mvp\.nomination-invitation/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'mvp.nomination-invitation' })).toBeVisible();
  await expect(page.getByText('Subject: Morgan Mvp nominated you for a Microsoft MVP award')).toBeVisible();
  await expect(page.getByLabel('Plain-text part of mvp.nomination-invitation')).toContainText('Hello Nadia Nominee,');
  // The HTML part is rendered in a sandboxed frame, not in the page.
  const frame = page.locator('iframe[title="HTML part of mvp.nomination-invitation"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute('srcdoc', /<h1[^>]*>You have been nominated for a Microsoft MVP award<\/h1>/);
  await expect(page.locator('main h1', { hasText: 'You have been nominated' })).toHaveCount(0);
  await expectNoAxeViolationsWithEmailFrames(page);
});

test('a person follows the unsubscribe link of a caught email, confirms, and the admin sees the email', async ({ browser }) => {
  // A long journey (sign-up, a nomination, two emails through the worker, an admin) on a shared machine.
  test.setTimeout(150_000);
  // A fresh Microsoft employee (a verified address on the employee domain may nominate), so no other
  // journey's account is unsubscribed.
  const email = uniqueEmail('h3-unsub').replace('@example.org', '@microsoft.com');
  const nomineeName = `Quinn Nominee ${email.split('@')[0]!.slice(-5)}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-up');
  await page.getByLabel('Full name').fill('Uma Unsubscriber');
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await openMail(page, email, 'Your sign-in link for the Community Programs Portal');
  // A sign-in link is never optional: no unsubscribe link in it.
  await expect(page.getByRole('link', { name: /\/unsubscribe\// })).toHaveCount(0);
  await followEmailedSignInLink(page);
  await expect(page).toHaveURL(/\/dashboard$/);

  // Nominating someone sends the nominator a status update: an optional email.
  await page.goto('/nominations/new');
  await page.getByLabel("Nominee's full name").fill(nomineeName);
  await page.getByLabel("Nominee's email address").fill(uniqueEmail('h3-quinn'));
  await page.getByLabel('Award category').selectOption({ label: 'Azure' });
  await page.getByLabel('How you know the nominee').selectOption({ label: 'Peer in the community' });
  await page.getByLabel('The impact you have seen').fill(STATEMENT);
  await page.getByRole('button', { name: 'Nominate' }).click();
  await expect(page.getByText('Thank you: your nomination is in.')).toBeVisible();

  await openMail(page, email, `You nominated ${nomineeName}: invitation sent`);
  const update = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: `You nominated ${nomineeName}: invitation sent` }) });
  const unsubscribeLink = update.getByRole('link', { name: /\/unsubscribe\// });
  const unsubscribeUrl = (await unsubscribeLink.getAttribute('href'))!;
  // A mail scanner fetching the link unsubscribes nobody.
  const scanned = await context.request.get(unsubscribeUrl);
  expect(scanned.ok()).toBe(true);
  await unsubscribeLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe from status updates and reminders' })).toBeVisible();
  await expect(page.getByText(`Uma Unsubscriber (${email})`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you will still get' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are unsubscribed' })).toBeVisible();
  await expect(page.getByText(`Done: ${email} no longer gets status updates, reminders or a daily digest.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'sign-in links you ask for' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The profile shows the choice, and is where it is changed back.
  await page.getByRole('link', { name: 'Choose emails as they happen or a daily digest in your profile' }).click();
  await expect(page.getByRole('radio', { name: 'None (unsubscribed)' })).toBeChecked();
  await context.close();

  // The admin finds the update among the emails, sent, and reads it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInWithPassword(admin, 'admin@demo.test');
  await admin.goto('/admin/notifications');
  await admin.getByLabel('Recipient email contains').fill(email);
  await admin.getByRole('button', { name: 'Filter' }).click();
  const row = admin.getByRole('row').filter({ hasText: `You nominated ${nomineeName}: invitation sent` });
  await expect(row).toContainText('Sent');
  await row.getByRole('link').click();
  await expect(admin.getByRole('heading', { level: 1, name: `You nominated ${nomineeName}: invitation sent` })).toBeVisible();
  await expect(admin.getByText('An unsubscribe link is added to both parts when it is sent.')).toBeVisible();
  await expect(admin.locator('iframe[sandbox=""]')).toHaveCount(1);
  await expectNoAxeViolationsWithEmailFrames(admin);
  await adminContext.close();
});
