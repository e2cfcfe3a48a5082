import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, signUpThroughEmailLink, test, uniqueEmail } from './fixtures';

// The demo program's time zone (prisma/seed-data.ts): pause dates are days in it.
const PROGRAM_TIME_ZONE = 'America/Los_Angeles';

const todayIn = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const dayLabel = (day: string): string =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const cardTitled = (page: Page, title: string | RegExp) =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: typeof title === 'string' }) });

// The journey below pauses self-service for a moment; the tests of this file run one after another so
// that the self-service test never meets that pause.
test.describe.configure({ mode: 'default' });

/** Removes every pause window an e2e journey added (its reason starts "E2E enrollment pause"), so a
 * test that needs open self-service starts from the usual state even if a journey's clean-up failed. */
async function removeE2EPauses(admin: Page): Promise<void> {
  await admin.goto('/admin/mct/enrollment');
  const list = cardTitled(admin, 'Pause windows');
  for (let left = 5; left > 0; left--) {
    const item = list.getByRole('listitem').filter({ hasText: 'E2E enrollment pause' }).first();
    if ((await item.count()) === 0) return;
    const label = ((await item.locator('p').nth(0).textContent()) ?? '').trim();
    const reason = ((await item.locator('p').nth(1).textContent()) ?? '').trim();
    await removePause(admin, reason, label);
  }
}

async function asAdmin(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithPassword(page, 'admin@demo.test');
  return page;
}

/** Removes the pause window this test added, found by its unique reason, through the admin page. */
async function removePause(admin: Page, reason: string, label: string): Promise<void> {
  await admin.goto('/admin/mct/enrollment');
  const list = cardTitled(admin, 'Pause windows');
  if ((await list.getByText(reason).count()) === 0) return;
  admin.once('dialog', (dialog) => void dialog.accept());
  await list.getByRole('button', { name: `Remove the pause ${label}` }).click();
  await expect(list.getByText(reason)).toHaveCount(0);
}

test('a paused candidate is enrolled through their ISC provider: upload, held application, release when the pause ends, acceptance, approval', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const today = todayIn(PROGRAM_TIME_ZONE);
  const pause = { startsOn: addDays(today, -1), endsOn: addDays(today, 1), reason: `E2E enrollment pause ${run}` };
  const pauseLabel = `${dayLabel(pause.startsOn)} to ${dayLabel(pause.endsOn)}`;
  const candidateName = `Robin Trainee ${run}`;
  const candidateEmail = uniqueEmail('mct-candidate');

  const admin = await asAdmin(browser);
  // The clean-up below must not hide the journey's own failure, nor fail silently after a pass (a
  // pause left behind closes self-service for the tests after this one).
  let journeyPassed = false;
  try {
    // The admin pauses self-service enrollment around today (the e2e data leaves today open).
    await admin.goto('/admin/mct/enrollment');
    await expect(admin.getByRole('heading', { level: 1, name: 'MCT enrollment settings' })).toBeVisible();
    await expect(admin.getByText('Self-service is open today')).toBeVisible();
    const form = cardTitled(admin, 'Add a pause window');
    await form.getByLabel('First day').fill(pause.startsOn);
    await form.getByLabel('Last day (included)').fill(pause.endsOn);
    await form.getByLabel('Reason (candidates read it)').fill(pause.reason);
    await form.getByRole('button', { name: 'Add pause window' }).click();
    await expect(form.getByText('Pause window added.')).toBeVisible();
    await expect(cardTitled(admin, 'Pause windows').getByText(pause.reason)).toBeVisible();
    await expectNoAxeViolations(admin);

    // A new candidate (their device in Berlin) is refused while paused, and sees the dates, in their
    // own time zone too (taken from the browser at sign-up), and the manual route.
    const candidate = await (await browser.newContext({ timezoneId: 'Europe/Berlin' })).newPage();
    await signUpThroughEmailLink(candidate, candidateName, candidateEmail);
    await candidate.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'MCT', exact: true }).click();
    await expect(candidate.getByRole('heading', { level: 1, name: 'Become an MCT' })).toBeVisible();
    const notice = candidate.getByRole('status').filter({ hasText: 'Self-service enrollment is' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(`Self-service enrollment is paused from ${pauseLabel}, both days included`);
    await expect(notice).toContainText('In your time zone (Central European Time — Berlin) that is from');
    await expect(notice).toContainText(pause.reason);
    await expect(notice).toContainText('your ISC provider applies on your behalf');
    await expect(candidate.getByRole('button', { name: 'Apply to join the MCT program' })).toHaveCount(0);
    await expect(candidate.getByText('Self-service applications are closed right now; use the manual route above.')).toBeVisible();
    await expectNoAxeViolations(candidate);

    // The candidate records their certification.
    await candidate.getByRole('link', { name: 'My certifications' }).first().click();
    await candidate.getByLabel('Certification').selectOption({ label: 'AZ-104: Microsoft Certified: Azure Administrator Associate' });
    await candidate.getByLabel('Credential ID').fill(`E2E-${run}`);
    await candidate.getByLabel('Earned on').fill(addDays(today, -100));
    await candidate.getByLabel('Expires on').fill(addDays(today, 265));
    await candidate.getByRole('button', { name: 'Add certification' }).click();
    await expect(candidate.getByText('Your certification is added.')).toBeVisible();
    await expect(candidate.getByText('Counts for MCT today.', { exact: true })).toBeVisible();
    await expectNoAxeViolations(candidate);

    // Their ISC provider uploads completions (one row is bad), previews, and saves the good rows.
    const provider = await (await browser.newContext()).newPage();
    await signInWithPassword(provider, 'provider@demo.test');
    await provider.goto('/provider');
    const csv = [
      'name,email,completion date,certificate ID',
      `${candidateName},${candidateEmail},${addDays(today, -30)},E2E-${run}-1`,
      `Another Trainee,${uniqueEmail('mct-other')},${addDays(today, -20)},E2E-${run}-2`,
      `Future Trainee,${uniqueEmail('mct-future')},${addDays(today, 30)},E2E-${run}-3`,
    ].join('\n');
    await provider
      .getByLabel('CSV file of completions')
      .setInputFiles({ name: `completions-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const preview = provider.getByRole('region', { name: 'Preview' });
    await expect(preview).toContainText('3 rows: 2 ready to save, 1 with problems. Nothing is saved yet.');
    await expect(preview.getByRole('row').filter({ hasText: 'is in the future' })).toContainText('completion date');
    await expectNoAxeViolations(provider);
    await preview.getByRole('button', { name: 'Save 2 completions' }).click();
    await expect(provider.getByRole('region', { name: 'Import result' })).toContainText(
      `2 of 3 rows from completions-${run}.csv were saved`,
    );

    // ... and submits the manual application during the pause: it is held until self-service reopens
    // (the day after the pause, midnight in the program's zone; the provider's zone is the same).
    const start = cardTitled(provider, 'Start a manual MCT application');
    await expect(start).toContainText('Enrollment is paused today: what you submit now is held');
    await start.getByLabel('Candidate’s email address').fill(candidateEmail);
    await start.getByRole('button', { name: 'Find their completions' }).click();
    await expect(start.getByRole('radio')).toHaveCount(1);
    await expect(start.getByRole('radio')).toBeChecked();
    await start.getByRole('button', { name: 'Start the application' }).click();
    const heldUntil = `Held until ${dayLabel(addDays(pause.endsOn, 1))} at 00:00 Pacific Time`;
    await expect(start.getByText(`Application submitted. ${heldUntil}. ${candidateEmail} will be emailed a link`)).toBeVisible();
    const startedRow = cardTitled(provider, 'Applications you started').getByRole('row').filter({ hasText: candidateEmail });
    await expect(startedRow).toContainText('Held until enrollment reopens');
    await expect(startedRow).toContainText(heldUntil);
    await expectNoAxeViolations(provider);

    // The admin sees it in the held queue, then ends the pause: the release job emails the candidate.
    await admin.goto('/admin/mct/enrollment');
    const heldQueue = cardTitled(admin, /^Held provider applications \(\d+\)$/);
    await expect(heldQueue.getByRole('row').filter({ hasText: candidateEmail })).toContainText('Northwind Learning ISC');
    await expect(heldQueue).toContainText(heldUntil);
    await expectNoAxeViolations(admin);
    await heldQueue.screenshot({ path: testInfo.outputPath('held-queue.png') });
    await removePause(admin, pause.reason, pauseLabel);

    // The candidate follows the emailed link, reviews the application and accepts the agreement.
    await expect(async () => {
      await candidate.goto(`/dev/mailbox?to=${encodeURIComponent(candidateEmail)}`);
      await expect(candidate.getByRole('heading', { name: 'Northwind Learning ISC started your MCT application' })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 30_000 });
    const acceptLink = cardTitled(candidate, 'Northwind Learning ISC started your MCT application').getByRole('link', {
      name: /\/mct\/applications\/accept\//,
    });
    const acceptUrl = (await acceptLink.getAttribute('href'))!;
    // Opening the link only asks to continue (mail scanners open links first); opened again, it still does.
    await acceptLink.click();
    const reviewButton = candidate.getByRole('button', { name: `Review your MCT application as ${candidateEmail}` });
    await expect(candidate.getByRole('heading', { level: 1, name: 'Your MCT application is waiting for you' })).toBeVisible();
    await expect(reviewButton).toBeVisible();
    await expectNoAxeViolations(candidate);
    await candidate.goBack();
    await acceptLink.click();
    await expect(reviewButton).toBeVisible();
    await reviewButton.click();
    await expect(candidate).toHaveURL(/\/mct\/applications\/[0-9a-f-]{36}$/);
    await expect(candidate.getByRole('heading', { level: 1, name: 'Your MCT application' })).toBeVisible();
    await expect(candidate.getByText('Started for you by Northwind Learning ISC')).toBeVisible();
    await expect(candidate.getByText('Waiting for the candidate')).toBeVisible();
    await expectNoAxeViolations(candidate);
    await candidate.getByRole('checkbox', { name: /I have read and accept the MCT Program Agreement/ }).check();
    await candidate.getByRole('button', { name: 'Accept and submit my application' }).click();
    await expect(candidate.getByText('The program team is checking your application.')).toBeVisible();

    // The same link again, used: it says so to someone else and reveals nothing of the application.
    const strangerContext = await browser.newContext();
    const stranger = await strangerContext.newPage();
    await stranger.goto(acceptUrl);
    await expect(stranger).toHaveURL(/\/mct\/applications\/accept\?link=used$/);
    await expect(stranger.getByRole('heading', { level: 1, name: 'This link was already used' })).toBeVisible();
    await expect(stranger.getByText(candidateEmail)).toHaveCount(0);
    await strangerContext.close();

    // The admin approves it from the queue.
    await admin.goto('/admin/mct/applications');
    await expectNoAxeViolations(admin);
    const row = admin.getByRole('row').filter({ hasText: candidateEmail });
    await expect(row).toContainText('Started by ISC provider');
    await row.getByRole('link', { name: candidateName }).click();
    await expect(admin.getByRole('heading', { level: 1, name: `Application of ${candidateName}` })).toBeVisible();
    await expect(admin.getByText(`Certificate E2E-${run}-1`, { exact: true })).toBeVisible();
    await expectNoAxeViolations(admin);
    await admin.getByRole('button', { name: 'Approve application' }).click();
    await expect(admin.getByText('Membership year created:')).toBeVisible();

    // The candidate's dashboard shows an active MCT membership.
    await candidate.goto('/dashboard');
    await expect(candidate.getByText('Active MCT', { exact: true })).toBeVisible();
    await expect(candidate.getByText(/^Membership year .* to .*; member since/)).toBeVisible();
    await expectNoAxeViolations(candidate);
    journeyPassed = true;
  } finally {
    await removePause(admin, pause.reason, pauseLabel).catch((error: unknown) => {
      if (journeyPassed) throw error;
    });
  }
});

test('a candidate meets the requirements, applies through self-service, and is told why the admin rejected it', async ({ browser }) => {
  test.setTimeout(180_000);
  // The e2e data places its pauses around the run day (scripts/e2e-server.ts), so self-service is open on any day.
  const today = todayIn(PROGRAM_TIME_ZONE);
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const candidateName = `Sasha Selfservice ${run}`;
  const candidateEmail = uniqueEmail('mct-self');

  // Self-service must be open today: no pause left behind by another test.
  const admin = await asAdmin(browser);
  await removeE2EPauses(admin);

  const candidate = await (await browser.newContext()).newPage();
  await signUpThroughEmailLink(candidate, candidateName, candidateEmail);

  // Their ISC provider confirms the completion, one by one.
  const provider = await (await browser.newContext()).newPage();
  await signInWithPassword(provider, 'provider@demo.test');
  await provider.goto('/provider');
  const confirm = cardTitled(provider, 'Confirm a completion');
  await confirm.getByLabel('Candidate’s full name').fill(candidateName);
  await confirm.getByLabel('Candidate’s email address').fill(candidateEmail);
  await confirm.getByLabel('Completion date').fill(addDays(today, -10));
  await confirm.getByLabel('Certificate ID').fill(`E2E-SELF-${run}`);
  await confirm.getByRole('button', { name: 'Confirm completion' }).click();
  await expect(confirm.getByText(`The completion of ${candidateName} is confirmed.`)).toBeVisible();

  // The candidate adds a certification, sees two requirements met, accepts the agreement and applies.
  await candidate.goto('/mct/certifications');
  await candidate.getByLabel('Certification').selectOption({ label: 'AZ-305: Microsoft Certified: Azure Solutions Architect Expert' });
  await candidate.getByLabel('Credential ID').fill(`E2E-SELF-${run}`);
  await candidate.getByLabel('Earned on').fill(addDays(today, -50));
  await candidate.getByRole('button', { name: 'Add certification' }).click();
  await expect(candidate.getByText('Counts for MCT today.', { exact: true })).toBeVisible();
  await candidate.goto('/mct');
  const requirements = cardTitled(candidate, 'The requirements, and where you stand');
  await expect(requirements.getByText('Met', { exact: true })).toHaveCount(2);
  await expect(requirements.getByText('Missing', { exact: true })).toHaveCount(1);
  await expect(candidate.getByText('You can apply once every requirement above is met.')).toBeVisible();
  await candidate.getByRole('checkbox', { name: /I have read and accept the MCT Program Agreement/ }).check();
  await candidate.getByRole('button', { name: 'Accept the agreement' }).click();
  await expect(candidate.getByText('You accepted this agreement.')).toBeVisible();
  await expect(requirements.getByText('Met', { exact: true })).toHaveCount(3);
  await expectNoAxeViolations(candidate);
  await candidate.getByRole('button', { name: 'Apply to join the MCT program' }).click();
  const application = cardTitled(candidate, 'Your application');
  await expect(application).toContainText('Submitted');
  await expect(application).toContainText('The program team is checking your application.');
  await expect(candidate.getByText('You have an open application; you cannot apply twice.')).toBeVisible();

  // The admin rejects it with a reason; the candidate reads it.
  await admin.goto('/admin/mct/applications');
  const row = admin.getByRole('row').filter({ hasText: candidateEmail });
  await expect(row).toContainText('Self-service');
  await expect(row).toContainText('Certification: AZ-305');
  await row.getByRole('link', { name: candidateName }).click();
  await admin.getByRole('radio', { name: /Reject/ }).check();
  await admin.getByRole('button', { name: 'Reject application' }).click();
  await expect(admin.getByText('Tell the candidate why (at least 10 characters); they read it')).toBeVisible();
  await admin.getByLabel('Reason for the candidate').fill('Your credential ID could not be verified on Microsoft Learn.');
  await admin.getByRole('button', { name: 'Reject application' }).click();
  await expect(admin.getByText('Reason given: Your credential ID could not be verified on Microsoft Learn.')).toBeVisible();
  await candidate.goto('/mct');
  await expect(cardTitled(candidate, 'Your last application')).toContainText(
    'Reason: Your credential ID could not be verified on Microsoft Learn.',
  );
});

test('a provider’s malformed CSV gets a clear message and saves nothing', async ({ page }) => {
  await signInWithPassword(page, 'provider@demo.test');
  await page.goto('/provider');
  const upload = page.getByLabel('CSV file of completions');
  await upload.setInputFiles({ name: 'wrong-columns.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAda,ada@example.com\n') });
  const refusal = page.getByRole('alert').filter({ hasText: 'The file was not accepted' });
  await expect(refusal).toContainText('Missing: completion date, certificate ID');
  await expect(refusal).toContainText('Nothing was saved.');

  const formula = `name,email,completion date,certificate ID\n=cmd|' /C calc'!A0,evil-${Date.now()}@example.com,2026-01-05,E2E-FORMULA\n`;
  await upload.setInputFiles({ name: 'formula.csv', mimeType: 'text/csv', buffer: Buffer.from(formula) });
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText('This file cannot be imported')).toBeVisible();
  await expect(preview.getByText('1 row read; none can be saved from this file.')).toBeVisible();
  await expect(preview.getByText(/ready to save/)).toHaveCount(0);
  await expect(preview.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A picture renamed .csv is named for what it is.
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  await upload.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: png });
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not accepted' })).toContainText(
    'This is not a CSV file: it is a PNG image',
  );

  // On a phone, a preview of long addresses stays inside the page.
  await page.setViewportSize({ width: 390, height: 800 });
  const longRow = `name,email,completion date,certificate ID\nAlexandra Konstantinopoulou-Featherstonehaugh,alexandra.konstantinopoulou-featherstonehaugh-${Date.now()}@very-long-training-organisation.example.com,2026-01-05,E2E-LONG-${Date.now()}\n`;
  await upload.setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(longRow) });
  await expect(preview.getByText('1 row: 1 ready to save, 0 with problems.')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('the demo candidate sees where they stand on each requirement', async ({ page }) => {
  await signInWithPassword(page, 'candidate@demo.test');
  await page.goto('/mct');
  const requirements = cardTitled(page, 'The requirements, and where you stand');
  await expect(requirements.getByRole('listitem').filter({ hasText: 'An eligible certification that is current' })).toContainText('Met');
  await expect(requirements.getByRole('listitem').filter({ hasText: 'An ISC completion confirmed' })).toContainText(
    'Northwind Learning ISC',
  );
  await expect(page.getByText('Annual fee:')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/mct/certifications');
  await expect(page.getByText('DEMO-AZ104-CASEY', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an application link that does not work says why and reveals nothing', async ({ page }) => {
  await page.goto('/mct/applications/accept/not-a-real-link');
  await expect(page).toHaveURL(/\/mct\/applications\/accept\?link=unknown$/);
  await expect(page.getByRole('heading', { level: 1, name: 'This link does not work' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the MCT administration pages are accessible', async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Certification catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Certification catalogue' })).toBeVisible();
  await expect(page.getByText('AZ-900: Microsoft Certified: Azure Fundamentals')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('navigation', { name: 'MCT administration' }).getByRole('link', { name: 'ISC providers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ISC providers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Northwind Learning ISC' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Learning ISC' })).toBeVisible();
  await expect(page.getByText('provider@demo.test')).toBeVisible();
  await expectNoAxeViolations(page);
});
