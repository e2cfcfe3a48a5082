import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test } from './fixtures';

// The demo admin lives in Los Angeles; the dashboard's dates are theirs.
const ADMIN_ZONE = 'America/Los_Angeles';
const dayIn = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: ADMIN_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

/** The first day of the month `months` months before this one, in the admin's zone. */
function firstOfMonthsAgo(months: number): string {
  const [y, m] = dayIn(0).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

const PANELS = [
  'Nominations: from invited to awarded',
  'Review progress by category',
  'Awards by category and year',
  'MCT applications by channel and month',
  'MCT memberships over time',
  'Training deliveries by format',
];

async function expectChartsDrawn(page: Page) {
  // The charts load in the browser after the page; the scan should see them drawn.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('.animate-pulse')).toHaveCount(0);
}

test('an admin filters the dashboard, follows a chart to its table and exports it', async ({ page }) => {
  // Two accessibility scans of a page of six charts, a table and an export: slow on a busy machine.
  test.slow();
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Program administration' })).toBeVisible();
  for (const title of PANELS) await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
  // The configuration cards stay on the page, below the charts.
  await expect(page.getByRole('link', { name: 'Enrollment settings and pauses' })).toBeVisible();

  // Defaults: the current (open) cycle and the twelve months ending today.
  const cycle = page.getByLabel('Award cycle');
  await expect(cycle.locator('option:checked')).toHaveText(/^MVP award cycle .*\(open\)$/);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(firstOfMonthsAgo(11));
  await expect(page.getByLabel('To (includes the whole day)')).toHaveValue(dayIn(0));
  // The seed's pause window is shaded on the applications chart and named beside it.
  const applications = page.getByRole('region', { name: 'MCT applications by channel and month' });
  await expect(applications).toContainText('Shaded: self-service paused');
  await expectChartsDrawn(page);
  await expectNoAxeViolations(page);

  // Every cycle, up to yesterday (so nominations other journeys create today do not move the counts).
  await cycle.selectOption({ label: 'All cycles' });
  await page.getByLabel('To (includes the whole day)').fill(dayIn(-1));
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`cycle=all&from=\\d{4}-\\d{2}-01&to=${dayIn(-1)}`));
  await expect(page.getByLabel('Award cycle').locator('option:checked')).toHaveText('All cycles');
  const funnel = page.getByRole('region', { name: 'Nominations: from invited to awarded' });
  await expect(funnel).toContainText('every cycle');
  await expectChartsDrawn(page);
  // The tables behind the charts, opened: still accessible.
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await expectNoAxeViolations(page);

  // The seed's submitted Azure nominations (current cycle and the mid-year round) are in the funnel's table.
  const submittedAzure = funnel.getByRole('link', { name: /^\d+ submitted in Azure$/ });
  await expect(submittedAzure).toHaveAttribute(
    'href',
    new RegExp(`^/admin/nominations\\?category=[0-9a-f-]{36}&status=SUBMITTED&from=\\d{4}-\\d{2}-01&to=${dayIn(-1)}$`),
  );
  const count = Number((await submittedAzure.textContent())!.match(/^\d+/)![0]);
  expect(count).toBeGreaterThanOrEqual(3);

  // Followed with the keyboard: the table behind the bar, with the same filters and the same count.
  await submittedAzure.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/nominations\?category=.+&status=SUBMITTED/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nominations' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `${count} nominations` })).toBeVisible();
  await expect(page.getByLabel('Award category').locator('option:checked')).toHaveText('Azure');

  // Exported with the same filters: one line per nomination after the header.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const download = await downloading;
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split(/\r?\n/).filter((l) => l.length > 0);
  expect(lines).toHaveLength(count + 1);
  for (const line of lines.slice(1)) expect(line).toMatch(/submitted/i);
});

test('a dashboard link with bad filters shows the defaults and says why', async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin?cycle=not-a-cycle&from=2026-02-30&to=yesterday');
  const note = page.getByRole('status').filter({ hasText: 'Some filters could not be used' });
  await expect(note).toContainText('The chosen award cycle does not exist; showing the current cycle instead.');
  await expect(note).toContainText('“2026-02-30” is not a date (from)');
  await expect(page.getByLabel('Award cycle').locator('option:checked')).toHaveText(/\(open\)$/);
  await expect(page.getByLabel('To (includes the whole day)')).toHaveValue(dayIn(0));
  await expect(page.getByRole('heading', { level: 3, name: 'MCT memberships over time' })).toBeVisible();
  await expectChartsDrawn(page);
  await expectNoAxeViolations(page);

  // A click on a bar is a shortcut to the same table as the count in the chart's table.
  const funnel = page.getByRole('region', { name: 'Nominations: from invited to awarded' });
  await funnel.locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\/admin\/nominations\?cycle=[0-9a-f-]{36}&status=INVITED&from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nominations' })).toBeVisible();
});

test('an admin has the figures computed again now, by a button that posts (reading the page changes nothing)', async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin?cycle=all');
  const computedAt = page.getByText(/^Figures computed at .+; they are shared with other admins for up to 90 seconds\.$/);
  await expect(computedAt).toBeVisible();
  const again = page.getByRole('button', { name: 'Compute them again now' });
  await again.click();
  // The page is drawn again from the snapshot the click stored, and says nothing went wrong.
  await expect(again).toBeEnabled();
  await expect(computedAt).toBeVisible();
  // (Next.js's route announcer is an empty alert on every page; a refusal would be one with words.)
  await expect(page.getByRole('alert').filter({ hasText: /\w/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\/admin\?cycle=all$/);
  await expectChartsDrawn(page);
});
