// Reach as a percentile: the candidate's log says what its percentiles mean in one sentence and gives
// each item inside the 12-month window its line (the demo has fewer than 20 items of a type, so the
// line says "not enough to compare" with the count; the large dataset shows percentiles). The review
// page shows the same on the seeded mid-year round (tests/e2e/review-cycle.spec.ts checks it there,
// where the submission is assigned). With REACH_SCREENSHOT set to a file, a reviewer's review page is
// saved there for the README (run against the large dataset: README › Reach percentiles).
import { expect, expectNoAxeViolations, signedIn, signInWithPassword, test } from './fixtures';

const LOG_EXPLANATION =
  /^A reach percentile ranks an item’s main reach figure among everyone’s contributions of the same type dated in the last 12 months/;
const REVIEW_EXPLANATION =
  /^A reach percentile ranks an item’s main reach figure among the items of the same type submitted in this award cycle/;
const LINE =
  /^Reach percentile \([a-z ()]+\): (\d+(st|nd|rd|th) percentile of [\d,]+ “.+” items? (in .+|across all categories) |not enough to compare \([\d,]+ “.+” items? )/;

test('the evidence log explains reach percentiles and shows one line per item inside the window', async ({ page }) => {
  await signInWithPassword(page, 'candidate@demo.test');
  await page.goto('/evidence');
  const inside = page.locator('#inside-window');
  await expect(inside.getByText(LOG_EXPLANATION)).toBeVisible();
  const lines = inside.getByText(LINE);
  await expect(lines.first()).toBeVisible();
  // Every item of the demo's log has reach figures: one line each.
  expect(await lines.count()).toBe(await inside.getByRole('listitem').count());
  await expect(inside.getByText(/in the last 12 months/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a reviewer’s review page, saved for the README', async ({ browser }) => {
  const file = process.env.REACH_SCREENSHOT;
  test.skip(!file, 'REACH_SCREENSHOT names the file to save the screenshot to');
  const page = await signedIn(browser, 'reviewer@demo.test');
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto('/reviews');
  await page
    .getByRole('link', { name: / · (Azure|Security)$/ })
    .first()
    .click();
  const evidence = page.locator('section').filter({ has: page.getByRole('heading', { name: /^Evidence \(\d+\)$/ }) });
  await expect(evidence.getByText(REVIEW_EXPLANATION)).toBeVisible();
  await expect(evidence.getByText(/\d+(st|nd|rd|th) percentile of /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // The card's top: the explanation and the first items.
  const box = (await evidence.boundingBox())!;
  await page.screenshot({ path: file!, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 820) } });
});
