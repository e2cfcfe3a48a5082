import { expect, expectNoAxeViolations, signInWithPassword, test } from './fixtures';

test('the log counts the contributions outside the window and lists them when asked', async ({ page }) => {
  await signInWithPassword(page, 'candidate@demo.test');
  await page.goto('/evidence');
  const outside = page.locator('#outside-window');
  await expect(outside.getByRole('heading', { name: /^Outside the window \(\d+\)$/ })).toBeVisible();
  // Only counted at first: the old item is not on the page until asked for.
  await expect(page.getByText('Getting started with Azure Container Instances')).toHaveCount(0);
  await outside.getByRole('link', { name: /^Show (the )?\d+ contributions?$/ }).click();
  await expect(page).toHaveURL(/[?&]outside=1/);
  await expect(outside.getByRole('heading', { name: 'Getting started with Azure Container Instances' })).toBeVisible();
  await expectNoAxeViolations(page);
  await outside.getByRole('link', { name: 'Hide them' }).click();
  await expect(page.getByText('Getting started with Azure Container Instances')).toHaveCount(0);
});
