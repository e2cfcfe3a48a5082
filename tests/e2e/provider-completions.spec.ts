import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

const dayIn = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(Date.now() + days * 86_400_000));

test('an ISC provider corrects a completion, then withdraws it; one completion’s forms open at a time', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('fix');
  const name = `Fix Candidate ${email.slice(4, 12)}`;
  await signInWithPassword(page, 'provider@demo.test');
  await page.goto('/provider');
  const confirm = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Confirm a completion', exact: true }) });
  await confirm.getByLabel('Candidate’s full name').fill(name);
  await confirm.getByLabel('Candidate’s email address').fill(email);
  await confirm.getByLabel('Completion date').fill(dayIn(-5));
  await confirm.getByLabel('Certificate ID').fill('FIX-TYPO-1');
  await confirm.getByRole('button', { name: 'Confirm completion' }).click();
  await expect(confirm.getByText(`The completion of ${name} is confirmed.`)).toBeVisible();

  // Found by email; no correction form is on the page until one is asked for.
  await page.getByLabel('Find by name, email or certificate ID').fill(email);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the correction' })).toHaveCount(0);
  await page.getByRole('link', { name: `Correct or withdraw the completion of ${name}` }).click();
  await expect(page).toHaveURL(/[?&]fix=/);
  await expect(page.getByRole('button', { name: 'Save the correction' })).toHaveCount(1);
  await expectNoAxeViolations(page);

  const row = page.getByRole('row').filter({ hasText: email });
  await row.getByLabel('Certificate ID').fill('FIX-RIGHT-1');
  await row.getByRole('button', { name: 'Save the correction' }).click();
  await expect(row.getByRole('cell', { name: 'FIX-RIGHT-1', exact: true })).toBeVisible();

  await row.getByLabel(`Why you withdraw the completion of ${name}`).fill('Confirmed for the wrong course.');
  await row.getByRole('button', { name: 'Withdraw this completion' }).click();
  await expect(row.getByText(/^Withdrawn .*: Confirmed for the wrong course\.$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save the correction' })).toHaveCount(0);
});
