import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

// Script planted in every text field a person fills and another page shows: each page must show it
// as text, run nothing and open no dialog. The fixture's `test` also fails on any CSP violation, so
// markup that slipped through (and was then blocked by the CSP) would fail the test too.

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const SVG = '"><svg onload=window.__xss=1>';
const JS_URL = 'javascript:window.__xss=1';
const PAYLOADS = `${SCRIPT} ${IMG} ${SVG} ${JS_URL}`;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Records dialogs (alert, confirm, prompt) a page opens; any one fails the check. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** Nothing planted ran on this page, and none of it became an element. */
async function expectInert(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload]')).toHaveCount(0);
  // (Next's own data scripts carry the text inside JSON strings; a planted one would hold only the payload.)
  expect(
    await page.locator('script').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === 'window.__xss=1').length),
  ).toBe(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
}

async function openMail(page: Page, to: string, subject: string | RegExp) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole('heading', { name: subject }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('script in a nomination, a nominee’s name, evidence and a profile is shown as text on every page and in email', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const nomineeEmail = uniqueEmail('xss-nominee');
  const tag = nomineeEmail.split('@')[0]!.slice(-5);
  const nomineeName = `Xena ${IMG} ${tag}`;
  const statement = `Xena writes guides ${SCRIPT} and runs a meetup ${SVG} for hundreds of engineers; see ${JS_URL} and more.`;
  const evidenceTitle = `Tips ${IMG}`.slice(0, 100);
  const evidenceDescription = `A guide. ${PAYLOADS}`;
  const evidenceUrl = `https://example.org/?q=${SVG}`;
  const profileName = `Xena ${SVG} ${tag}`;

  // ── The nominator plants script in the nominee's name and the statement ──
  const nominatorContext = await browser.newContext();
  const nominator = await nominatorContext.newPage();
  const nominatorDialogs = watchDialogs(nominator);
  await signInWithPassword(nominator, 'employee@demo.test');
  await nominator.goto('/nominations/new');
  await nominator.getByLabel("Nominee's full name").fill(nomineeName);
  await nominator.getByLabel("Nominee's email address").fill(nomineeEmail);
  await nominator.getByLabel('Award category').selectOption({ label: 'Azure' });
  await nominator.getByLabel('How you know the nominee').selectOption({ label: 'Peer in the community' });
  await nominator.getByLabel('The impact you have seen').fill(statement);
  await nominator.getByRole('button', { name: 'Nominate' }).click();
  await expect(nominator.getByText('Thank you: your nomination is in.')).toBeVisible();
  await nominator.getByRole('link', { name: `${nomineeName} · Azure` }).click();
  await expect(nominator.getByRole('heading', { level: 1, name: `Nomination of ${nomineeName}` })).toBeVisible();
  await expect(nominator.getByText(statement)).toBeVisible();
  await expectInert(nominator, nominatorDialogs);
  await nominator.goto('/nominations');
  await expect(nominator.getByRole('link', { name: `${nomineeName} · Azure` })).toBeVisible();
  await expectInert(nominator, nominatorDialogs);

  // ── The nominee: the invitation email shows the name as text; the nomination page too ──
  const nomineeContext = await browser.newContext();
  const nominee = await nomineeContext.newPage();
  const nomineeDialogs = watchDialogs(nominee);
  await openMail(nominee, nomineeEmail, /nominated you for a Microsoft MVP award/);
  await expect(nominee.getByText(`Hello ${nomineeName},`)).toBeVisible();
  await expectInert(nominee, nomineeDialogs);
  await nominee
    .getByRole('link', { name: /\/invitations\// })
    .first()
    .click();
  await nominee.getByRole('button', { name: `Continue as ${nomineeEmail}` }).click();
  await expect(nominee).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
  const nominationPath = new URL(nominee.url()).pathname;
  await expect(nominee.getByText(statement)).toBeVisible();
  await expectInert(nominee, nomineeDialogs);
  await nominee.getByRole('button', { name: 'Accept the nomination' }).click();
  await expect(nominee.getByText('Accepted: evidence in progress').first()).toBeVisible();

  // ── Evidence: title, description and a URL with markup in it ──
  await nominee.goto('/evidence/new');
  await nominee.getByLabel('Title', { exact: true }).fill(evidenceTitle);
  await nominee.getByLabel('Description', { exact: true }).fill(evidenceDescription);
  await nominee.getByLabel('Date', { exact: true }).fill(daysAgo(10));
  await nominee.getByLabel('Link (optional)').fill(JS_URL);
  await nominee.getByLabel('Views', { exact: true }).fill('120');
  await nominee.getByRole('button', { name: 'Add to my log' }).click();
  await expect(nominee.getByText('Enter a web address starting with http:// or https://')).toBeVisible();
  await nominee.getByLabel('Link (optional)').fill(evidenceUrl);
  await nominee.getByRole('button', { name: 'Add to my log' }).click();
  await expect(nominee.getByText('Your contribution is saved.')).toBeVisible();
  await expect(nominee.getByText(evidenceTitle).first()).toBeVisible();
  await expectInert(nominee, nomineeDialogs);

  // ── The profile name, shown in the header of every page ──
  await nominee.goto('/profile');
  await nominee.getByLabel('Full name').fill(profileName);
  await nominee.getByRole('button', { name: 'Save profile' }).click();
  await expect(nominee.getByText('Your profile is saved.')).toBeVisible();
  await nominee.goto('/dashboard');
  await expect(nominee.getByRole('banner').getByText(profileName)).toBeVisible();
  await expectInert(nominee, nomineeDialogs);

  // ── Submitted: the frozen copy shows everything as text, the URL as a plain https link ──
  await nominee.goto(nominationPath);
  await nominee.getByRole('link', { name: 'Choose and submit evidence' }).click();
  await nominee.getByRole('button', { name: 'Review 1 contribution' }).click();
  await nominee.getByRole('button', { name: 'Confirm and submit' }).click();
  await expect(nominee.getByText('Your evidence is submitted.')).toBeVisible();
  const submitted = nominee.locator('section').filter({ has: nominee.getByRole('heading', { name: 'What you submitted' }) });
  await expect(submitted.getByText(evidenceTitle)).toBeVisible();
  await expect(submitted.getByText(evidenceDescription)).toBeVisible();
  const link = submitted.getByRole('link', { name: /example\.org/ });
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/\?q=/);
  await expectInert(nominee, nomineeDialogs);

  // ── The nominator's email about the submission ──
  await openMail(nominator, 'employee@demo.test', new RegExp(`submitted their evidence`));
  await expectInert(nominator, nominatorDialogs);

  // ── Admin pages that show the name, the statement, the audit trail and the emails ──
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminDialogs = watchDialogs(admin);
  await signInWithPassword(admin, 'admin@demo.test');
  await admin.goto(`/admin/people?q=${encodeURIComponent(nomineeEmail)}`);
  await expect(admin.getByText(profileName).first()).toBeVisible();
  await expectInert(admin, adminDialogs);
  await expectNoAxeViolations(admin);
  await admin.goto('/admin/nominations');
  await expectInert(admin, adminDialogs);
  // Reviewer assignment lists the candidate in the cycle the submission went to.
  await admin.goto('/admin/reviews');
  const cycles = await admin
    .getByLabel('Award cycle')
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => ({ value: (o as HTMLOptionElement).value, name: o.textContent!.replace(' (review closed)', '') })),
    );
  let shownInCycles = 0;
  for (const cycle of cycles) {
    await admin.getByLabel('Award cycle').selectOption(cycle.value);
    await admin.getByRole('button', { name: 'Show' }).click();
    await admin
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: /^Azure/ })
      .click();
    await expect(admin.getByRole('heading', { name: `Azure in ${cycle.name}` })).toBeVisible();
    shownInCycles += await admin.getByText(new RegExp(tag)).count();
    await expectInert(admin, adminDialogs);
  }
  expect(shownInCycles).toBeGreaterThan(0);
  await admin.goto('/admin/audit');
  await expectInert(admin, adminDialogs);
  await admin.goto(`/admin/notifications?recipient=${encodeURIComponent(nomineeEmail)}`);
  await expectInert(admin, adminDialogs);
  // The HTML part is shown in a sandboxed srcdoc frame: allowed by the CSP, and inert inside.
  await admin
    .getByRole('main')
    .getByRole('link', { name: /nominated you/ })
    .first()
    .click();
  await expect(admin.frameLocator('iframe[sandbox]').first().getByText(`Hello ${nomineeName},`)).toBeVisible();
  await expectInert(admin, adminDialogs);

  await Promise.all([nominatorContext.close(), nomineeContext.close(), adminContext.close()]);
});

test('script in an ISC provider’s name and website is shown as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const name = `Provider ${IMG} ${Date.now().toString(36)}`;
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin/mct/providers');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Country').fill('Ireland');
  await page.getByLabel('Contact email').fill(uniqueEmail('xss-provider'));
  await page.getByLabel('Website').fill(JS_URL);
  await page.getByLabel('Approved from').fill(daysAgo(1));
  await page.getByLabel('Approved until (included)').fill(daysFromNow(300));
  await page.getByRole('button', { name: 'Add provider' }).click();
  // A javascript: website is refused; an https one with markup in it is kept as text.
  await expect(page.getByText('Enter an address starting with https://')).toBeVisible();
  await page.getByLabel('Website').fill('https://example.org/"><svg/onload=window.__xss=1>');
  await page.getByRole('button', { name: 'Add provider' }).click();
  // Saved: the provider's page, headed by its name as text.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expectInert(page, dialogs);
  await page.goto('/admin/mct/providers');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expectInert(page, dialogs);
});
