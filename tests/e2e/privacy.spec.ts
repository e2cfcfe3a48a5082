import { readFile } from 'node:fs/promises';
import {
  expect,
  expectNoAxeViolations,
  followEmailedSignInLink,
  signInWithPassword,
  signUpThroughEmailLink,
  test,
  uniqueEmail,
} from './fixtures';

test('the privacy page explains what is kept, and is linked from every page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is kept, and why' })).toBeVisible();
  await expect(
    page.getByText('Award decisions, review scores, reviewers’ discussions and the submissions they were based on'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a person downloads their data and asks for deletion; an admin confirms and they can no longer sign in', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('privacy');
  const personContext = await browser.newContext();
  const person = await personContext.newPage();
  await signUpThroughEmailLink(person, 'Pat Private', email);

  // Download: a dated JSON file with their own profile in it.
  await person.goto('/profile');
  const [download] = await Promise.all([person.waitForEvent('download'), person.getByRole('button', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as { profile: { email: string; name: string } };
  expect(data.profile).toMatchObject({ email, name: 'Pat Private' });

  // Ask for deletion: the page says what goes and what stays, and needs an explicit acknowledgement.
  await person.getByRole('link', { name: 'Ask us to delete my data' }).click();
  await expect(person.getByRole('heading', { level: 1, name: 'Ask us to delete your data' })).toBeVisible();
  await expect(person.getByRole('heading', { name: 'What is erased' })).toBeVisible();
  await expectNoAxeViolations(person);
  await person.getByRole('button', { name: 'Ask us to delete my data' }).click();
  await expect(person.getByText('Tick the box to confirm you understand')).toBeVisible();
  await person.getByLabel('Anything you want us to know (optional)').fill('I am leaving the community.');
  await person.getByRole('checkbox').check();
  await person.getByRole('button', { name: 'Ask us to delete my data' }).click();
  await expect(person.getByText('We received your request')).toBeVisible();
  await expect(person.getByRole('button', { name: 'Ask us to delete my data' })).toHaveCount(0);

  // The admin confirms by typing the address.
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Privacy requests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy requests' })).toBeVisible();
  const request = page.getByRole('listitem').filter({ hasText: email });
  await expect(request).toContainText('I am leaving the community.');
  await expectNoAxeViolations(page);
  await request.getByLabel(`Type ${email} to confirm the erasure`).fill('not-the-address@example.org');
  await request.getByRole('button', { name: 'Erase their personal data' }).click();
  await expect(request.getByText('Type the address exactly as shown to confirm')).toBeVisible();
  await request.getByLabel(`Type ${email} to confirm the erasure`).fill(email);
  await request.getByRole('button', { name: 'Erase their personal data' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Erasure requests handled recently' })).toContainText('Erased person');

  // The person's session ends, and they got a last email at the real address.
  await person.goto('/profile');
  await expect(person).toHaveURL(/\/sign-in/);
  await expect(async () => {
    await person.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(person.getByRole('heading', { name: 'Your personal data has been erased' })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await personContext.close();
});

test('an admin merges a second account of a person; signing in with the old address lands in the remaining one', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const target = uniqueEmail('merge-target');
  const source = uniqueEmail('merge-source');
  for (const [name, email] of [
    ['Morgan Merge', target],
    ['Morgan Old', source],
  ] as const) {
    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await signUpThroughEmailLink(newcomer, name, email);
    // A record of their own that the merge moves: a data export.
    expect((await newcomer.request.post('/api/me/data-export')).ok()).toBe(true);
    await context.close();
  }

  await signInWithPassword(page, 'admin@demo.test');
  await page.goto(`/admin/people?q=${encodeURIComponent(target)}`);
  await page.getByRole('link', { name: 'Morgan Merge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Morgan Merge' })).toBeVisible();
  await page.getByLabel('Email address of the other account').fill(source);
  await page.getByRole('button', { name: 'Preview the merge' }).click();
  await expect(page.getByRole('heading', { name: `Merge ${source} into ${target}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Records that move' })).toContainText('Privacy requests');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Merge into ${target}` }).click();
  await expect(page.getByText(`${source} was merged into ${target}`)).toBeVisible();

  // The old address now signs in to the remaining account.
  const context = await browser.newContext();
  const old = await context.newPage();
  await old.goto('/sign-in');
  const form = old.locator('form').filter({ has: old.getByRole('button', { name: 'Email me a sign-in link' }) });
  await form.getByLabel('Email address').fill(source);
  await form.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(async () => {
    await old.goto(`/dev/mailbox?to=${encodeURIComponent(source)}`);
    await expect(old.getByRole('heading', { name: 'Your sign-in link for the Community Programs Portal' })).toHaveCount(2, {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await followEmailedSignInLink(old);
  await expect(old).toHaveURL(/\/dashboard$/);
  await old.goto('/profile');
  await expect(old.getByText(`${target} · member since`)).toBeVisible();
  await context.close();
});
