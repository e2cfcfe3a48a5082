// The admin tables behind the dashboard's charts: each opens with a filter from its address (or the
// filter form), shows its rows or says none match, exports the same rows as CSV, and passes axe.
// Reads the seeded demo data only; nothing here changes it.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test } from './fixtures';

/** Clicks "Export CSV" and returns the download's file name, address and first line (BOM kept apart). */
async function exportCsv(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, 'utf8');
  return {
    fileName: download.suggestedFilename(),
    url: download.url(),
    hasBom: text.startsWith('\uFEFF'),
    firstLine: text.replace(/^\uFEFF/, '').split('\r\n')[0],
  };
}

test.beforeEach(async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
});

test('nominations: filtered with the form, listed, exported with the same filter', async ({ page }) => {
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Nominations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nominations' })).toBeVisible();
  await page.getByLabel('Created from').fill('2000-01-01');
  await page.getByLabel('Created to').fill('2099-12-31');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/from=2000-01-01/);
  const table = page.getByRole('region', { name: 'Nominations' });
  await expect(table.getByRole('row').filter({ hasText: 'nina.nominee@fabrikam-demo.test' })).toBeVisible();
  await expectNoAxeViolations(page);

  const csv = await exportCsv(page);
  expect(csv.fileName).toMatch(/^nominations-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.url).toContain('from=2000-01-01');
  expect(csv.hasBom).toBe(true);
  expect(csv.firstLine).toMatch(/^Nomination id,Award cycle,Award category,Focus area,Status,Nominee name,Nominee email,/);

  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/admin\/nominations$/);
});

test('reviews: by state, rows or a plain empty state, exported with scores', async ({ page }) => {
  await page.goto('/admin/reviews/all?state=submitted');
  await expect(page.getByRole('heading', { level: 1, name: 'All reviews' })).toBeVisible();
  await expect(page.getByLabel('State')).toHaveValue('submitted');
  await expect(page.getByRole('region', { name: 'Reviews' }).or(page.getByText('No reviews match these filters.'))).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await exportCsv(page);
  expect(csv.url).toContain('state=submitted');
  expect(csv.firstLine).toMatch(/^Review id,Submission id,Award cycle,.*,Weighted total,Committee comment,Feedback for the candidate$/);
});

test('awards: by category, exported', async ({ page }) => {
  await page.goto('/admin/awards');
  await page.getByLabel('Award category').selectOption({ label: 'Azure' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/category=[0-9a-f-]{36}/);
  await expect(page.getByRole('region', { name: 'Awards' }).getByRole('row').filter({ hasText: 'mvp@demo.test' })).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await exportCsv(page);
  expect(csv.url).toMatch(/category=[0-9a-f-]{36}/);
  expect(csv.firstLine).toBe(
    'Award id,Holder id,Holder name,Holder email,Award category,Focus area,Award cycle,Starts on,Ends on,Status,Accepted at,Revoked at,Renewal,Submission id',
  );
});

test('MCT applications: by channel and status, exported', async ({ page }) => {
  await page.goto('/admin/mct/applications?channel=SELF_SERVICE&status=ALL');
  await expect(page.getByRole('heading', { level: 1, name: 'MCT applications' })).toBeVisible();
  await expect(page.getByLabel('Channel')).toHaveValue('SELF_SERVICE');
  await expect(
    page.getByRole('region', { name: 'MCT applications' }).or(page.getByText('No application matches these filters.')),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const csv = await exportCsv(page);
  expect(csv.url).toContain('channel=SELF_SERVICE');
  expect(csv.firstLine).toMatch(/^Application id,Candidate id,Candidate name,Candidate email,Channel,ISC provider,/);
});

test('MCT members: by standing, exported', async ({ page }) => {
  await page.goto('/admin/mct/applications');
  await page.getByRole('navigation', { name: 'MCT administration' }).getByRole('link', { name: 'Members' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MCT members' })).toBeVisible();
  await page.goto('/admin/mct/members?status=ACTIVE');
  const row = page.getByRole('region', { name: 'MCT members' }).getByRole('row').filter({ hasText: 'trainer@demo.test' });
  await expect(row).toContainText('Active');
  await expectNoAxeViolations(page);
  const csv = await exportCsv(page);
  expect(csv.fileName).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.url).toContain('status=ACTIVE');
  expect(csv.firstLine).toMatch(/^Membership id,Member id,Name,Email,Standing,Stored status,/);
});

test('training deliveries: by format, a malformed filter explained, exported', async ({ page }) => {
  await page.goto('/admin/mct/deliveries?format=VIRTUAL');
  await expect(page.getByRole('heading', { level: 1, name: 'Training deliveries' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Training deliveries' });
  await expect(table.getByRole('row').filter({ hasText: 'AZ-305T00' }).first()).toBeVisible();
  await expect(table.locator('tbody tr').filter({ hasNotText: 'Virtual' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const csv = await exportCsv(page);
  expect(csv.url).toContain('format=VIRTUAL');
  expect(csv.firstLine).toMatch(/^Delivery id,Trainer id,Trainer name,Trainer email,Course code,/);

  await page.goto('/admin/mct/deliveries?format=ONLINE&from=2027-02-30');
  await expect(page.getByText('Some filters in the address were not understood')).toBeVisible();
  await expect(page.getByText('The format “ONLINE” was ignored')).toBeVisible();
  await expect(page.getByText('The from date “2027-02-30” was ignored: that day does not exist.')).toBeVisible();
  await expectNoAxeViolations(page);
});
