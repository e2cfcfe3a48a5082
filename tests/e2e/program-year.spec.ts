// Two program years run from the portal, with no script: the admin sets up year 1 (a new category,
// a reviewer for it, a cycle), a nominee is awarded and another never submits; the admin closes the
// cycle (the unsubmitted nomination expires), copies it as year 2 with a second new category, opens
// it and publishes a new code of conduct; the person whose nomination expired is nominated again,
// the new MVP accepts the new code of conduct and renews in the window with new evidence only. On the
// MCT side a renewal is rejected once and then approved, the member switches to alumni, and a lapsed
// member chooses alumni. Everything it creates is its own (categories, cycles, people), so the demo
// data other journeys rely on stays as it was; the demo accounts it uses are its own too
// (renewing@demo.test, lapsed@demo.test).
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

/** A calendar day in the demo's time zone (every demo account's), some days from today. */
const dayIn = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(Date.now() + days * 86_400_000));
const DATE_LABELS = [
  'Nominations open',
  'Nominations close',
  'Evidence due',
  'Reviews due',
  'Decisions released',
  'MVP renewals open',
  'MVP renewals due',
];
const CRITERIA = [
  'Impact and reach',
  'Quality and technical depth',
  'Consistency across the 12 months',
  'Community leadership',
  'Fit to the category',
];
const STATEMENT =
  'Runs a monthly community meetup, writes in-depth guides that hundreds of engineers follow, and answers forum questions every week.';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // Confirmation dialogs (open, close, cancel) are accepted, as the admin would.
  page.on('dialog', (dialog) => void dialog.accept());
  await signInWithPassword(page, email);
  return page;
}

const card = (page: Page, title: string | RegExp): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });

/** Opens the newest email to an address in the development mailbox, waiting for the worker to send it. */
async function openMail(page: Page, to: string, subject: string) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

async function addCategory(admin: Page, name: string) {
  await admin.goto('/admin/categories');
  const add = card(admin, 'Add a category');
  await add.getByLabel('Name').fill(name);
  await add.getByLabel('Description').fill('Created by the program-year journey.');
  await add.getByRole('button', { name: 'Add the category' }).click();
  await expect(add.getByText(/^Category added/)).toBeVisible();
}

async function nominate(employee: Page, nomineeName: string, nomineeEmail: string, category: string) {
  await employee.goto('/nominations/new');
  await employee.getByLabel("Nominee's full name").fill(nomineeName);
  await employee.getByLabel("Nominee's email address").fill(nomineeEmail);
  await employee.getByLabel('Award category').selectOption({ label: category });
  await employee.getByLabel('How you know the nominee').selectOption({ label: 'Peer in the community' });
  await employee.getByLabel('The impact you have seen').fill(STATEMENT);
  await employee.getByRole('button', { name: 'Nominate' }).click();
  await expect(employee.getByText('Thank you: your nomination is in.')).toBeVisible();
}

/** The nominee follows the emailed invitation, signs in with it and accepts; returns their page. */
async function acceptInvitation(browser: Browser, email: string, category: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await openMail(page, email, 'Emery Employee nominated you for a Microsoft MVP award');
  await page
    .getByRole('link', { name: /\/invitations\// })
    .first()
    .click();
  await page.getByRole('button', { name: `Continue as ${email}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Your MVP nomination in ${category}` })).toBeVisible();
  await page.getByRole('button', { name: 'Accept the nomination' }).click();
  await expect(page.getByText('Accepted: evidence in progress').first()).toBeVisible();
  return page;
}

async function addContribution(page: Page, title: string, daysAgo: number) {
  await page.goto('/evidence/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Description', { exact: true }).fill('A hands-on guide with the code to follow along.');
  await page.getByLabel('Date', { exact: true }).fill(dayIn(-daysAgo));
  await page.getByLabel('Views', { exact: true }).fill('2400');
  await page.getByRole('button', { name: 'Add to my log' }).click();
  await expect(page.getByText('Your contribution is saved.')).toBeVisible();
}

/** Fills a cycle form: every date `days` from today, the award year from `awardStartsIn`. */
async function fillDates(page: Page, days: number, awardStartsIn: number) {
  for (const label of DATE_LABELS) await page.getByLabel(label, { exact: true }).fill(dayIn(days));
  await page.getByLabel('Award year starts').fill(dayIn(awardStartsIn));
}

async function moveCycle(admin: Page, button: 'Open the cycle' | 'Start review' | 'Close the cycle', status: RegExp) {
  await admin.getByRole('button', { name: button }).click();
  await expect(admin.getByText(status).first()).toBeVisible();
}

test('an admin runs year 1 and year 2 from the portal; nominees, MVPs and MCTs go through both', async ({ browser }) => {
  // A long journey of two program years (~40 pages, several emails through the worker); its limit is
  // for when something is stuck, never a wait.
  test.setTimeout(420_000);
  const suffix = Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)
    .padEnd(6, 'x');
  const cloud = `E2E Cloud ${suffix}`;
  const edge = `E2E Edge ${suffix}`;
  const year1Name = `MVP award cycle 2091–2092 ${suffix}`;
  const xavier = { name: `Xavier Year ${suffix}`, email: uniqueEmail('xavier') };
  const yolanda = { name: `Yolanda Year ${suffix}`, email: uniqueEmail('yolanda') };

  // ── Year 1: a new category, a reviewer for it, a cycle taking nominations today ──
  const admin = await signedIn(browser, 'admin@demo.test');
  await addCategory(admin, cloud);
  await expectNoAxeViolations(admin);
  await admin.goto('/admin/people');
  await admin.getByLabel('Name or email').fill('reviewer@demo.test');
  await admin.getByRole('button', { name: 'Search' }).click();
  await admin.getByRole('link', { name: 'Riley Reviewer' }).click();
  await admin.getByRole('group', { name: 'Reviews nominations in' }).getByLabel(cloud).check();
  await admin.getByRole('button', { name: 'Save categories' }).click();
  await expect(admin.getByText('Reviewer categories saved.')).toBeVisible();

  await admin.goto('/admin/cycles/new');
  await expect(admin.getByRole('heading', { level: 1, name: 'New award cycle' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByLabel('Name', { exact: true }).fill(year1Name);
  // A deadline before the opening is refused beside its field, and nothing is created.
  await fillDates(admin, 0, 0);
  await admin.getByLabel('Nominations close').fill(dayIn(-1));
  await admin.getByLabel(cloud).check();
  await admin.getByLabel('Reviewers per submission').fill('1');
  await admin.getByRole('button', { name: 'Create the cycle as a draft' }).click();
  await expect(admin.locator('#nominationsCloseOn-error')).toHaveText('Nominations cannot close before they open.');
  await admin.getByLabel('Nominations close').fill(dayIn(0));
  await admin.getByRole('button', { name: 'Create the cycle as a draft' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: year1Name })).toBeVisible();
  const year1Url = new URL(admin.url()).pathname;
  const year1Id = year1Url.split('/').pop()!;
  await expect(admin.getByText(/^Draft\./)).toBeVisible();
  await expectNoAxeViolations(admin);
  await moveCycle(admin, 'Open the cycle', /^Open\. Nominations run between its dates/);

  // Two people are nominated in it: Xavier submits and is awarded, Yolanda accepts and never submits.
  const employee = await signedIn(browser, 'employee@demo.test');
  await nominate(employee, xavier.name, xavier.email, cloud);
  await nominate(employee, yolanda.name, yolanda.email, cloud);
  const x = await acceptInvitation(browser, xavier.email, cloud);
  const xNomination = new URL(x.url()).pathname;
  await addContribution(x, `Serverless in practice ${suffix}`, 10);
  await x.goto(xNomination);
  await x.getByRole('link', { name: 'Choose and submit evidence' }).click();
  await x.getByRole('button', { name: 'Review 1 contribution' }).click();
  await x.getByRole('button', { name: 'Confirm and submit' }).click();
  await expect(x.getByText('Your evidence is submitted.')).toBeVisible();
  const y = await acceptInvitation(browser, yolanda.email, cloud);

  // Review: the admin starts it (no more nominations), assigns Riley, who scores.
  await admin.goto(year1Url);
  await moveCycle(admin, 'Start review', /^In review\./);
  await admin.goto(`/admin/reviews?cycle=${year1Id}`);
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: new RegExp(`^${cloud} \\(`) })
    .click();
  await admin.getByRole('checkbox', { name: `Select ${xavier.name}` }).check();
  await admin.getByRole('checkbox', { name: /^Riley Reviewer/ }).check();
  await admin.getByRole('button', { name: 'Assign to 1 selected submission' }).click();
  await expect(admin.getByText(/^Assigned 1 review\./)).toBeVisible();
  const riley = await signedIn(browser, 'reviewer@demo.test');
  await riley.goto('/reviews');
  await riley.getByRole('link', { name: `${xavier.name} · ${cloud}` }).click();
  for (const label of CRITERIA) {
    await riley
      .getByRole('group', { name: new RegExp(`^${label}`) })
      .getByRole('radio', { name: '5', exact: true })
      .check();
  }
  await riley.getByRole('radio', { name: /^High:/ }).check();
  await riley.getByLabel('Comments for the committee').fill('Consistent, deep and widely read.');
  await riley.getByLabel('Feedback for the candidate').fill('Your guides are excellent; keep going.');
  await riley.getByRole('button', { name: 'Submit review' }).click();
  await expect(riley.getByText('Your review: Submitted.')).toBeVisible();

  // Decisions: review closed, Xavier awarded, released; Xavier accepts the award.
  await admin.goto(`/admin/decisions?cycle=${year1Id}`);
  await admin.getByRole('button', { name: 'Close review' }).click();
  await admin.getByRole('button', { name: 'Yes, close review' }).click();
  await expect(admin.getByText(/^Review closed /)).toBeVisible();
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: new RegExp(`^${cloud} \\(`) })
    .click();
  await admin
    .getByRole('row', { name: new RegExp(xavier.name) })
    .getByRole('link', { name: xavier.name })
    .click();
  await admin.getByRole('radio', { name: 'Award', exact: true }).check();
  await admin.getByLabel('Feedback for the candidate').fill('Congratulations: a year of excellent, practical guides.');
  await admin.getByRole('button', { name: 'Save decision' }).click();
  await expect(admin.getByText('Decision saved. It is held until you release it.')).toBeVisible();
  await admin.getByRole('link', { name: `Back to the decisions of ${cloud}` }).click();
  await admin.getByRole('button', { name: 'Release 1 decision' }).click();
  await admin.getByRole('button', { name: 'Yes, release 1 decision' }).click();
  await expect(admin.getByText('Released 1 decision.')).toBeVisible();
  await x.goto('/dashboard');
  await x.getByRole('link', { name: /^Accept your award/ }).click();
  await x.getByRole('checkbox', { name: /^I accept the Microsoft MVP Code of Conduct/ }).check();
  await x.getByRole('checkbox', { name: /^I accept the Microsoft MVP Non-Disclosure Agreement/ }).check();
  await x.getByRole('button', { name: 'Accept and activate my award' }).click();
  await expect(x.getByText('You have accepted this award')).toBeVisible();
  await x.goto('/dashboard');
  await expect(x.getByText(`Active MVP: ${cloud}`)).toBeVisible();

  // The admin closes year 1: Yolanda's nomination, never submitted, expires and she is told.
  await admin.goto(year1Url);
  await moveCycle(admin, 'Close the cycle', /^Closed\. Nothing more happens in this cycle/);
  await openMail(y, yolanda.email, 'Your MVP nomination has expired');

  // ── Year 2: a second new category, last year's cycle copied, its dates set, opened ──
  await addCategory(admin, edge);
  await admin.goto('/admin/cycles');
  await expectNoAxeViolations(admin);
  await admin.getByRole('button', { name: `Copy ${year1Name} as next year’s cycle` }).click();
  const year2Name = `MVP award cycle 2092–2093 ${suffix}`;
  await expect(admin.getByRole('heading', { level: 1, name: year2Name })).toBeVisible();
  await expect(admin.getByLabel(cloud)).toBeChecked();
  await fillDates(admin, 0, 365);
  await admin.getByLabel(edge).check();
  await admin.getByRole('button', { name: 'Save the cycle' }).click();
  await expect(admin.getByText('The cycle is saved.')).toBeVisible();
  // The page as it is now (the status buttons carry the cycle's new version).
  await admin.reload();
  await expect(admin.getByLabel('Nominations open')).toHaveValue(dayIn(0));
  await moveCycle(admin, 'Open the cycle', /^Open\. Nominations run between its dates/);

  // A new version of the code of conduct, in force today.
  await admin.goto('/admin/agreements');
  await expectNoAxeViolations(admin);
  const publish = card(admin, 'Publish a new version');
  await publish.getByLabel('Agreement').selectOption({ label: 'MVP Code of Conduct' });
  await publish.getByLabel('Version').fill(`e2e-${suffix}`);
  await publish.getByLabel('Title').fill('Microsoft MVP Code of Conduct');
  await publish.getByLabel('Text').fill('MVPs are respectful, inclusive and honest everywhere, and say when they speak about Microsoft.');
  await publish.getByRole('button', { name: 'Publish this version' }).click();
  await expect(publish.getByText('The new version is published.')).toBeVisible();
  await expect(admin.getByRole('link', { name: new RegExp(`^Version e2e-${suffix}: `) })).toBeVisible();

  // Yolanda is nominated again, now in year 2.
  await nominate(employee, yolanda.name, yolanda.email, cloud);

  // Xavier renews in the window: told by email, asked to accept the new code of conduct first, and
  // only new contributions count (last year's is not offered again).
  await openMail(x, xavier.email, 'Renew your MVP award');
  await x.goto('/dashboard');
  await expect(x.getByText('New versions of your agreements are in force')).toBeVisible();
  await x.getByRole('link', { name: /^Renew your award/ }).click();
  await expect(x.getByText(/A new version of the MVP code of conduct or NDA is in force/)).toBeVisible();
  await x.getByRole('link', { name: 'Read and accept the new versions' }).click();
  await expect(x.getByRole('heading', { level: 1, name: 'Your agreements' })).toBeVisible();
  await expectNoAxeViolations(x);
  await x.getByLabel(/^I have read and accept the new version/).check();
  await x.getByRole('button', { name: 'Accept', exact: true }).click();
  // Accepted: the page says there is nothing left to accept.
  await expect(x.getByText(/^Nothing to accept: you have accepted every agreement in force/)).toBeVisible();
  await x.goto('/dashboard');
  await x.getByRole('link', { name: /^Renew your award/ }).click();
  await expect(x.getByText(/no contribution from the last 12 months that you have not submitted before/)).toBeVisible();
  await addContribution(x, `Edge functions field notes ${suffix}`, 1);
  await x.goto('/dashboard');
  await x.getByRole('link', { name: /^Renew your award/ }).click();
  await expect(x.getByText(`Edge functions field notes ${suffix}`)).toBeVisible();
  await expect(x.getByText(`Serverless in practice ${suffix}`)).toHaveCount(0);
  await expectNoAxeViolations(x);
  await x.getByRole('button', { name: 'Submit my renewal' }).click();
  await x.getByRole('button', { name: 'Yes, submit my renewal' }).click();
  await expect(x.getByText('Renewal: Submitted', { exact: true })).toBeVisible();

  // ── MCT: a renewal rejected once with a reason, then approved; then alumni ──
  const quinn = await signedIn(browser, 'renewing@demo.test');
  await quinn.goto('/mct/membership');
  const renewal = card(quinn, 'Renewal');
  await renewal.getByRole('button', { name: 'Submit my renewal' }).click();
  await expect(renewal.getByText('Submitted, waiting for the program team')).toBeVisible();
  await admin.goto('/admin/mct/renewals');
  const reason = 'The delivery you listed has no evaluation results; add them and submit again.';
  await admin.getByLabel(/^Note to Quinn Renewing/).fill(reason);
  await admin.getByRole('button', { name: 'Reject the renewal of Quinn Renewing' }).click();
  await expect(admin.getByRole('button', { name: 'Reject the renewal of Quinn Renewing' })).toHaveCount(0);
  await quinn.reload();
  await expect(card(quinn, 'Renewal').getByText(reason)).toBeVisible();
  await expectNoAxeViolations(quinn);
  await card(quinn, 'Renewal').getByRole('button', { name: 'Submit my renewal' }).click();
  await expect(card(quinn, 'Renewal').getByText('Submitted, waiting for the program team')).toBeVisible();
  await admin.reload();
  await admin.getByRole('button', { name: 'Approve the renewal of Quinn Renewing' }).click();
  await expect(admin.getByRole('button', { name: 'Approve the renewal of Quinn Renewing' })).toHaveCount(0);
  await quinn.reload();
  await expect(quinn.getByTestId('membership-status')).toHaveText('Active MCT');
  const switchQuinn = card(quinn, 'Switch to alumni');
  await switchQuinn.getByLabel(/I understand that I stop being an active MCT/).check();
  await switchQuinn.getByLabel(/^I accept the MCT Alumni Program Agreement/).check();
  await switchQuinn.getByRole('button', { name: 'Switch to alumni' }).click();
  await expect(quinn.getByTestId('membership-status')).toHaveText('MCT alumni');

  // ── A lapsed MCT chooses alumni: the alumni agreement, and the lounge comes back ──
  const lee = await signedIn(browser, 'lapsed@demo.test');
  await lee.goto('/mct/membership');
  await expect(lee.getByTestId('membership-status')).toHaveText('Lapsed');
  const switchLee = card(lee, 'Switch to alumni');
  await expect(switchLee.getByRole('region', { name: /MCT Alumni Program Agreement/ })).toBeVisible();
  await expectNoAxeViolations(lee);
  await switchLee.getByLabel(/I understand that I stop being an active MCT/).check();
  await switchLee.getByLabel(/^I accept the MCT Alumni Program Agreement/).check();
  await switchLee.getByRole('button', { name: 'Switch to alumni' }).click();
  await expect(lee.getByTestId('membership-status')).toHaveText('MCT alumni');
  await expect(card(lee, 'MCT Lounge').getByText('You have access to the MCT Lounge.')).toBeVisible();
});

test('the public list of ISC providers names them with their country and contact', async ({ page }) => {
  await page.goto('/providers');
  await expect(page.getByRole('heading', { level: 1, name: 'Approved ISC providers' })).toBeVisible();
  const row = page.getByRole('row', { name: /Northwind Learning ISC/ });
  await expect(row).toContainText('United States');
  await expect(row.getByRole('link', { name: 'isc@northwind-learning.test' })).toHaveAttribute(
    'href',
    'mailto:isc@northwind-learning.test',
  );
  await expectNoAxeViolations(page);
});
