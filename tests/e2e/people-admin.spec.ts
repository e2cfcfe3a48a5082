import { expect, expectNoAxeViolations, signInWithPassword, signUpThroughEmailLink, test, uniqueEmail } from './fixtures';

test('an admin finds a new person, makes them a reviewer and sees the change in the audit log', async ({ browser, page }) => {
  // A fresh person, so no other journey's account gains a role.
  const email = uniqueEmail('people-admin');
  const newcomerContext = await browser.newContext();
  const newcomer = await newcomerContext.newPage();
  await signUpThroughEmailLink(newcomer, 'Rowan Reviewer-to-be', email);
  await newcomerContext.close();

  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin');
  await page.getByRole('link', { name: 'People and roles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People and roles' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Name or email').fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: 'Rowan Reviewer-to-be' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan Reviewer-to-be' })).toBeVisible();
  await expect(page.getByText('Grant the REVIEWER role to choose the categories they review.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Grant REVIEWER' }).click();
  await expect(page.getByRole('button', { name: 'Revoke REVIEWER' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Reviews nominations in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Person (email or id)').fill('admin@demo.test');
  await page.getByLabel('Action').fill('role.granted');
  await page.getByRole('button', { name: 'Filter' }).click();
  const entry = page.getByRole('listitem').filter({ hasText: 'role.granted' }).first();
  await expect(entry).toContainText('admin@demo.test');
  await entry.getByText('role.granted').click();
  await expect(entry.locator('pre').last()).toContainText('"REVIEWER"');
  await expectNoAxeViolations(page);

  // The person's own page links to the same entry through the record filter.
  await page.goBack();
  await page.goBack();
  await page.getByRole('link', { name: 'Changes to this person in the audit log' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'role.granted' })).toHaveCount(1);
});

test('a reviewer cannot open the people or audit pages', async ({ page }) => {
  await signInWithPassword(page, 'reviewer@demo.test');
  for (const path of ['/admin/people', '/admin/audit']) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  }
});
