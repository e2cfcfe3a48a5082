import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test } from './fixtures';

// The demo program's time zone (prisma/seed-data.ts).
const todayIn = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const cardTitled = (page: Page, title: string) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

const HEADER = 'course code,course title,start date,end date,format,students,training partner,satisfaction';

/** A CSV of two deliveries from the past months; the second row's format is wrong unless fixed. */
function deliveriesCsv(secondFormat: string): Buffer {
  const today = todayIn('America/Los_Angeles');
  const rows = [
    `AZ-104T00,Microsoft Azure Administrator,${addDays(today, -90)},${addDays(today, -87)},In person,12,Contoso Learning,8.4`,
    `AZ-305T00,Designing Microsoft Azure Infrastructure Solutions,${addDays(today, -30)},${addDays(today, -27)},${secondFormat},18,Northwind Training,8.9`,
  ];
  return Buffer.from(`${HEADER}\r\n${rows.join('\r\n')}\r\n`);
}

test('a member uploads a spreadsheet, fixes a bad row, renews, and the admin approves', async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, 'renewer@demo.test');
  await page.goto('/mct/membership');
  await expect(page.getByRole('heading', { level: 1, name: 'Your MCT membership' })).toBeVisible();
  await expect(page.getByTestId('membership-status')).toHaveText('Active MCT, renewal open');
  await expectNoAxeViolations(page);

  // This year's agreement.
  const renewal = cardTitled(page, 'Renewal');
  await renewal.getByLabel(/I have read and accept the MCT Program Agreement/).check();
  await renewal.getByRole('button', { name: 'Accept the agreement' }).click();
  await expect(renewal.getByText(/Done: This year’s MCT Program Agreement, accepted/)).toBeVisible();

  // A file with a bad row: reported by row and column, nothing saved.
  const upload = cardTitled(page, 'Upload deliveries');
  const fileInput = upload.getByLabel('Spreadsheet of deliveries (CSV or Excel .xlsx)');
  await fileInput.setInputFiles({ name: 'deliveries.csv', mimeType: 'text/csv', buffer: deliveriesCsv('By pigeon') });
  const preview = upload.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('1 ready to save')).toBeVisible();
  const problems = preview.getByRole('table', { name: /Rows that will not be saved/ });
  await expect(problems.getByRole('row', { name: /3 format “By pigeon” is not a delivery format/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Fixed and uploaded again: both rows saved after confirming.
  await upload.getByRole('button', { name: 'Cancel' }).click();
  await fileInput.setInputFiles({ name: 'deliveries.csv', mimeType: 'text/csv', buffer: deliveriesCsv('Virtual') });
  await expect(preview.getByText('2 ready to save')).toBeVisible();
  await preview.getByRole('button', { name: 'Save 2 deliveries' }).click();
  await expect(upload.getByText('2 deliveries were added to your log')).toBeVisible();
  const log = cardTitled(page, 'Deliveries this year');
  await expect(log.getByRole('table', { name: 'Your deliveries' }).getByRole('row')).toHaveCount(3);

  // Renew.
  await renewal.getByRole('button', { name: 'Submit my renewal' }).click();
  await expect(renewal.getByText('Submitted, waiting for the program team')).toBeVisible();

  // The program team approves.
  const admin = await (await browser.newContext()).newPage();
  await signInWithPassword(admin, 'admin@demo.test');
  await admin.goto('/admin/mct/renewals');
  await expect(admin.getByRole('heading', { level: 1, name: 'MCT renewals' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: 'Approve the renewal of Reese Renewer' }).click();
  await expect(admin.getByRole('button', { name: 'Approve the renewal of Reese Renewer' })).toHaveCount(0);

  // The next year has started counting: no longer in the renewal window.
  await page.reload();
  await expect(page.getByTestId('membership-status')).toHaveText('Active MCT');
  await expect(cardTitled(page, 'Status').getByText(/renewed: your renewal was approved/)).toBeVisible();
  await expect(cardTitled(page, 'Status').getByText(/Renewal opens in \d+ days/)).toBeVisible();
});

test('an active MCT gets lounge access, switches to alumni and keeps it', async ({ page }) => {
  await signInWithPassword(page, 'retiring@demo.test');
  await page.goto('/mct/membership');
  const lounge = cardTitled(page, 'MCT Lounge');
  await lounge.getByRole('button', { name: 'Request lounge access' }).click();
  await expect(lounge.getByText('You have access to the MCT Lounge.')).toBeVisible();
  await expect(lounge.getByRole('link', { name: /^Open the MCT Lounge/ })).toHaveAttribute('href', /^https:\/\//);

  // An active MCT issues the certificate of their membership year.
  const certificate = cardTitled(page, 'Your certificate');
  await certificate.getByRole('button', { name: 'Issue my certificate' }).click();
  await certificate.getByRole('link', { name: 'Its public check page' }).click();
  await expect(page.getByText('Genuine and current')).toBeVisible();
  await expect(page.getByText('Microsoft Certified Trainer (MCT)')).toBeVisible();
  await page.goBack();

  const alumni = cardTitled(page, 'Switch to alumni');
  await expect(alumni.getByText('You keep MCT Lounge access and the exam discount.')).toBeVisible();
  await alumni.getByRole('button', { name: 'Switch to alumni' }).click();
  await expect(alumni.getByText('Tick the box to confirm you understand what changes.')).toBeVisible();
  await alumni.getByLabel(/I understand that I stop being an active MCT/).check();
  await alumni.getByRole('button', { name: 'Switch to alumni' }).click();
  // The alumni agreement is shown above the button and accepted with the switch.
  await expect(alumni.getByText(/^Accept the MCT Alumni Program Agreement/)).toBeVisible();
  await alumni.getByLabel(/^I accept the MCT Alumni Program Agreement/).check();
  await alumni.getByRole('button', { name: 'Switch to alumni' }).click();

  await expect(page.getByTestId('membership-status')).toHaveText('MCT alumni');
  await expect(cardTitled(page, 'MCT Lounge').getByText('You have access to the MCT Lounge.')).toBeVisible();
  await expect(
    cardTitled(page, 'Reinstatement').getByText(/3 years ago or less, so you do not need a new ISC completion\.$/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
