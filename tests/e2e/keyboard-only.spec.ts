// The README's journeys with the keyboard only: focus moves with Tab, text is typed into the focused field,
// choices are made with Space, Enter and the arrow keys; no mouse click and no `fill`. Every control the
// journey stops at must show a visible focus ring (tests/e2e/keyboard.ts), and pages get an axe scan.
// Opening an emailed link is navigation (page.goto), as a person pasting it would. Every record is the
// test's own (new people, categories and cycles), so other specs running beside it are not disturbed.
import type { Browser, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, uniqueEmail } from './fixtures';
import {
  expectFocusKept,
  expectFocusRing,
  tabAndCheck,
  tabAndChooseRadio,
  tabAndPress,
  tabAndSelect,
  tabAndType,
  tabAndTypeDate,
  tabTo,
} from './keyboard';

const ZONE = 'America/Los_Angeles';
/** A calendar day in the demo's time zone, some days from today (YYYY-MM-DD). */
const dayIn = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 86_400_000));
const run = () =>
  Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)
    .padEnd(6, 'x');
const card = (page: Page, title: string | RegExp): Locator =>
  page.locator('section').filter({ has: page.getByRole('heading', { name: title }) });
const STATEMENT =
  'Runs a monthly community meetup, writes in-depth guides that hundreds of engineers follow, and answers forum questions every week.';
const DATE_LABELS = [
  'Nominations open',
  'Nominations close',
  'Evidence due',
  'Reviews due',
  'Decisions released',
  'MVP renewals open',
  'MVP renewals due',
];

async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // Confirmation dialogs (open the cycle, start review) are answered with Enter, as the browser's own
  // dialog takes it; Playwright accepts them the same way.
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

/** Signs in on the password form with the keyboard: the "Sign in with a password instead" disclosure is
 * opened with Enter, both fields typed, the form sent with Enter. */
async function signInByKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await tabAndPress(page, page.getByText('Sign in with a password instead'));
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in with password' }) });
  await tabAndType(page, form.getByLabel('Email address'), email);
  await tabAndType(page, form.getByLabel('Password'), 'demo-password-2026');
  await tabAndPress(page, form.getByRole('button', { name: 'Sign in with password' }));
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function signedInByKeyboard(browser: Browser, email: string): Promise<Page> {
  const page = await newPage(browser);
  await signInByKeyboard(page, email);
  return page;
}

/** Opens the newest email to an address in the development mailbox, waiting for the worker to send it. */
async function openMail(page: Page, to: string, subject: string): Promise<void> {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
}

/** A new person signs up and signs in through the emailed link, with the keyboard. */
async function signUpByKeyboard(browser: Browser, name: string, email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto('/sign-up');
  await tabAndType(page, page.getByLabel('Full name'), name);
  await tabAndType(page, page.getByLabel('Email address'), email);
  await tabAndPress(page, page.getByRole('button', { name: 'Create account' }));
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expectFocusKept(page, 'creating an account');
  await openMail(page, email, 'Your sign-in link for the Community Programs Portal');
  const href = await page
    .getByRole('link', { name: /\/sign-in\/confirm\?/ })
    .first()
    .getAttribute('href');
  await page.goto(href!);
  await tabAndPress(page, page.getByRole('button', { name: `Sign in as ${email}` }));
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

async function addCategory(admin: Page, name: string): Promise<void> {
  await admin.goto('/admin/categories');
  const add = card(admin, 'Add a category');
  await tabAndType(admin, add.getByLabel('Name'), name, { max: 120 });
  await tabAndType(admin, add.getByLabel('Description'), 'Created by the keyboard-only journey.');
  await tabAndPress(admin, add.getByRole('button', { name: 'Add the category' }));
  await expect(add.getByText(/^Category added/)).toBeVisible();
  await expectFocusKept(admin, 'adding a category');
}

/** Types every date of a cycle form: `days` from today, the award year from `awardStartsIn`. */
async function typeCycleDates(page: Page, days: number, awardStartsIn: number): Promise<void> {
  for (const label of DATE_LABELS) await tabAndTypeDate(page, page.getByLabel(label, { exact: true }), dayIn(days));
  await tabAndTypeDate(page, page.getByLabel('Award year starts'), dayIn(awardStartsIn));
}

/** Creates a draft cycle taking nominations today in one category, and returns its path. */
async function createCycle(admin: Page, name: string, category: string): Promise<string> {
  await admin.goto('/admin/cycles/new');
  await expect(admin.getByRole('heading', { level: 1, name: 'New award cycle' })).toBeVisible();
  await tabAndType(admin, admin.getByLabel('Name', { exact: true }), name, { max: 120 });
  await typeCycleDates(admin, 0, 0);
  await tabAndCheck(admin, admin.getByLabel(category));
  await tabAndType(admin, admin.getByLabel('Reviewers per submission'), '1');
  await tabAndPress(admin, admin.getByRole('button', { name: 'Create the cycle as a draft' }));
  await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectFocusKept(admin, 'creating a cycle');
  return new URL(admin.url()).pathname;
}

/** On a cycle's page: presses a status button and waits for the status it leads to. */
async function moveCycle(admin: Page, button: string, status: RegExp): Promise<void> {
  await tabAndPress(admin, admin.getByRole('button', { name: button }), { max: 120 });
  await expect(admin.getByText(status).first()).toBeVisible();
  await expectFocusKept(admin, 'a status change of the cycle');
}

test('a person signs in with the keyboard; "Skip to content" jumps past the header', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/sign-in');
  // The first Tab reaches the skip link, shown with its focus ring; Enter moves past the header.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await tabTo(page, skip, { max: 1 });
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement) ?? false),
    'the next Tab lands inside the main content',
  ).toBe(true);
  await expectNoAxeViolations(page);
  await signInByKeyboard(page, 'candidate@demo.test');
  await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();
  await expectFocusKept(page, 'signing in');
  await expectNoAxeViolations(page);
});

test('the focus-ring check fails on a control whose ring is taken away', async ({ page }) => {
  await page.goto('/sign-in');
  await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), { max: 1 });
  // The page's own style gives it a ring (above); without the outline the check must refuse it.
  await page.evaluate(() => (document.activeElement as HTMLElement).style.setProperty('outline-style', 'none', 'important'));
  await expect(expectFocusRing(page)).rejects.toThrow(/a visible focus ring/);
});

test('an admin runs the next program year with the keyboard: category, copied cycle, dates, open, agreement', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = run();
  const category = `Kbd Cloud ${suffix}`;
  const year1 = `MVP award cycle 2081–2082 ${suffix}`;
  const year2 = `MVP award cycle 2082–2083 ${suffix}`;
  const admin = await signedInByKeyboard(browser, 'admin@demo.test');

  await addCategory(admin, category);
  await expectNoAxeViolations(admin);
  await createCycle(admin, year1, category);

  // Last year's cycle copied as next year's; its dates set; saved; opened.
  await admin.goto('/admin/cycles');
  await tabAndPress(admin, admin.getByRole('button', { name: `Copy ${year1} as next year’s cycle` }), { max: 200 });
  await expect(admin.getByRole('heading', { level: 1, name: year2 })).toBeVisible();
  await expectFocusKept(admin, 'copying a cycle');
  await expect(admin.getByLabel(category)).toBeChecked();
  await expectNoAxeViolations(admin);
  await typeCycleDates(admin, 0, 365);
  await tabAndPress(admin, admin.getByRole('button', { name: 'Save the cycle' }));
  await expect(admin.getByText('The cycle is saved.')).toBeVisible();
  await expectFocusKept(admin, 'saving a cycle');
  await admin.reload();
  await expect(admin.getByLabel('Nominations open')).toHaveValue(dayIn(0));
  await moveCycle(admin, 'Open the cycle', /^Open\. Nominations run between its dates/);

  // A new version of the code of conduct, coming into force later (nobody is asked to accept it today).
  await admin.goto('/admin/agreements');
  const publish = card(admin, 'Publish a new version');
  await tabAndSelect(admin, publish.getByLabel('Agreement'), 'MVP Code of Conduct', { max: 120 });
  await tabAndType(admin, publish.getByLabel('Version'), `kbd-${suffix}`);
  await tabAndTypeDate(admin, publish.getByLabel('In force from'), dayIn(3000));
  await tabAndType(admin, publish.getByLabel('Title'), 'Microsoft MVP Code of Conduct');
  await tabAndType(admin, publish.getByLabel('Text'), 'MVPs are respectful, inclusive and honest everywhere.');
  await tabAndPress(admin, publish.getByRole('button', { name: 'Publish this version' }));
  await expect(publish.getByText('The new version is published.')).toBeVisible();
  await expectFocusKept(admin, 'publishing an agreement');
  await expect(admin.getByRole('link', { name: new RegExp(`^Version kbd-${suffix}: `) })).toBeVisible();
  await expectNoAxeViolations(admin);
});

test('an MVP nominates; the nominee accepts, logs evidence and submits; a reviewer scores; the admin decides and releases', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const suffix = run();
  const category = `Kbd Data ${suffix}`;
  const nominee = { name: `Kim Keyboard ${suffix}`, email: uniqueEmail('kbd-nominee') };

  // Setup, with the keyboard too: a category of its own, Riley reviews it, a cycle open in it.
  const admin = await signedInByKeyboard(browser, 'admin@demo.test');
  await addCategory(admin, category);
  await admin.goto('/admin/people');
  await tabAndType(admin, admin.getByLabel('Name or email'), 'reviewer@demo.test', { max: 120 });
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('link', { name: 'Riley Reviewer' })).toBeVisible();
  await tabAndPress(admin, admin.getByRole('link', { name: 'Riley Reviewer' }), { max: 120 });
  await tabAndCheck(admin, admin.getByRole('group', { name: 'Reviews nominations in' }).getByLabel(category), { max: 120 });
  await tabAndPress(admin, admin.getByRole('button', { name: 'Save categories' }));
  await expect(admin.getByText('Reviewer categories saved.')).toBeVisible();
  await expectFocusKept(admin, 'saving reviewer categories');
  const cycleUrl = await createCycle(admin, `MVP award cycle 2071–2072 ${suffix}`, category);
  const cycleId = cycleUrl.split('/').pop()!;
  await moveCycle(admin, 'Open the cycle', /^Open\. Nominations run between its dates/);

  // The MVP nominates.
  const mvp = await signedInByKeyboard(browser, 'employee@demo.test');
  await mvp.goto('/nominations/new');
  await tabAndType(mvp, mvp.getByLabel("Nominee's full name"), nominee.name, { max: 120 });
  await tabAndType(mvp, mvp.getByLabel("Nominee's email address"), nominee.email);
  await tabAndSelect(mvp, mvp.getByLabel('Award category'), category);
  await tabAndSelect(mvp, mvp.getByLabel('How you know the nominee'), 'Peer in the community');
  await tabAndType(mvp, mvp.getByLabel('The impact you have seen'), STATEMENT);
  await tabAndPress(mvp, mvp.getByRole('button', { name: 'Nominate' }));
  await expect(mvp.getByText('Thank you: your nomination is in.')).toBeVisible();
  await expectFocusKept(mvp, 'nominating');
  await expectNoAxeViolations(mvp);

  // The nominee follows the emailed invitation, accepts, logs a contribution and submits it.
  const kim = await newPage(browser);
  await openMail(kim, nominee.email, 'Emery Employee nominated you for a Microsoft MVP award');
  const invitation = await kim
    .getByRole('link', { name: /\/invitations\// })
    .first()
    .getAttribute('href');
  await kim.goto(invitation!);
  await tabAndPress(kim, kim.getByRole('button', { name: `Continue as ${nominee.email}` }));
  await expect(kim.getByRole('heading', { level: 1, name: `Your MVP nomination in ${category}` })).toBeVisible();
  await expectFocusKept(kim, 'continuing from the invitation');
  await tabAndPress(kim, kim.getByRole('button', { name: 'Accept the nomination' }), { max: 120 });
  await expect(kim.getByText('Accepted: evidence in progress').first()).toBeVisible();
  await expectFocusKept(kim, 'accepting the nomination');
  const nominationUrl = new URL(kim.url()).pathname;
  await kim.goto('/evidence/new');
  await tabAndType(kim, kim.getByLabel('Title', { exact: true }), `Data pipelines in practice ${suffix}`, { max: 120 });
  await tabAndType(kim, kim.getByLabel('Description', { exact: true }), 'A hands-on guide with the code to follow along.');
  await tabAndTypeDate(kim, kim.getByLabel('Date', { exact: true }), dayIn(-10));
  await tabAndType(kim, kim.getByLabel('Views', { exact: true }), '2400');
  await tabAndPress(kim, kim.getByRole('button', { name: 'Add to my log' }));
  await expect(kim.getByText('Your contribution is saved.')).toBeVisible();
  await expectFocusKept(kim, 'adding a contribution');
  await expectNoAxeViolations(kim);
  await kim.goto(nominationUrl);
  await tabAndPress(kim, kim.getByRole('link', { name: 'Choose and submit evidence' }), { max: 120 });
  await tabAndPress(kim, kim.getByRole('button', { name: 'Review 1 contribution' }), { max: 120 });
  await tabAndPress(kim, kim.getByRole('button', { name: 'Confirm and submit' }));
  await expect(kim.getByText('Your evidence is submitted.')).toBeVisible();
  await expectFocusKept(kim, 'submitting evidence');

  // Review starts; the admin assigns Riley, who scores with the arrow keys.
  await admin.goto(cycleUrl);
  await moveCycle(admin, 'Start review', /^In review\./);
  await admin.goto(`/admin/reviews?cycle=${cycleId}`);
  await tabAndPress(
    admin,
    admin.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: new RegExp(`^${category} \\(`) }),
    { max: 120 },
  );
  await tabAndCheck(admin, admin.getByRole('checkbox', { name: `Select ${nominee.name}` }), { max: 120 });
  await tabAndCheck(admin, admin.getByRole('checkbox', { name: /^Riley Reviewer/ }));
  await tabAndPress(admin, admin.getByRole('button', { name: 'Assign to 1 selected submission' }));
  await expect(admin.getByText(/^Assigned 1 review\./)).toBeVisible();
  await expectFocusKept(admin, 'assigning reviewers');

  const riley = await signedInByKeyboard(browser, 'reviewer@demo.test');
  await riley.goto('/reviews');
  await tabAndPress(riley, riley.getByRole('link', { name: `${nominee.name} · ${category}` }), { max: 200 });
  await expect(riley.getByRole('heading', { level: 1, name: `${nominee.name} · ${category}` })).toBeVisible();
  for (const criterion of [
    'Impact and reach',
    'Quality and technical depth',
    'Consistency across the 12 months',
    'Community leadership',
    'Fit to the category',
  ]) {
    const group = riley.getByRole('group', { name: new RegExp(`^${criterion}`) });
    await tabAndChooseRadio(riley, group, group.getByRole('radio', { name: '5', exact: true }), { max: 200 });
  }
  const confidence = riley.getByRole('radio', { name: /^High:/ });
  await tabAndChooseRadio(riley, riley.getByRole('radiogroup').or(riley.getByRole('group')).filter({ has: confidence }).last(), confidence);
  await tabAndType(riley, riley.getByLabel('Comments for the committee'), 'Consistent, deep and widely read.');
  await tabAndType(riley, riley.getByLabel('Feedback for the candidate'), 'Your guides are excellent; keep going.');
  await tabAndPress(riley, riley.getByRole('button', { name: 'Submit review' }));
  await expect(riley.getByText('Your review: Submitted.')).toBeVisible();
  await expectFocusKept(riley, 'submitting a review');
  await expectNoAxeViolations(riley);

  // The admin closes review, awards, and releases.
  await admin.goto(`/admin/decisions?cycle=${cycleId}`);
  await tabAndPress(admin, admin.getByRole('button', { name: 'Close review' }), { max: 120 });
  await tabAndPress(admin, admin.getByRole('button', { name: 'Yes, close review' }));
  await expect(admin.getByText(/^Review closed /)).toBeVisible();
  await expectFocusKept(admin, 'closing review');
  await tabAndPress(
    admin,
    admin.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: new RegExp(`^${category} \\(`) }),
    { max: 120 },
  );
  await tabAndPress(admin, admin.getByRole('row', { name: new RegExp(nominee.name) }).getByRole('link', { name: nominee.name }), {
    max: 120,
  });
  const award = admin.getByRole('radio', { name: 'Award', exact: true });
  await tabAndChooseRadio(admin, admin.getByRole('group').filter({ has: award }).last(), award, { max: 120 });
  await tabAndType(admin, admin.getByLabel('Feedback for the candidate'), 'Congratulations: a year of excellent, practical guides.');
  await tabAndPress(admin, admin.getByRole('button', { name: 'Save decision' }));
  await expect(admin.getByText('Decision saved. It is held until you release it.')).toBeVisible();
  await expectFocusKept(admin, 'saving a decision');
  await tabAndPress(admin, admin.getByRole('link', { name: `Back to the decisions of ${category}` }), { max: 120 });
  await tabAndPress(admin, admin.getByRole('button', { name: 'Release 1 decision' }), { max: 120 });
  await tabAndPress(admin, admin.getByRole('button', { name: 'Yes, release 1 decision' }));
  await expect(admin.getByText('Released 1 decision.')).toBeVisible();
  await expectFocusKept(admin, 'releasing decisions');
  await expectNoAxeViolations(admin);

  // Every decision released: the cycle closes.
  await admin.goto(cycleUrl);
  await moveCycle(admin, 'Close the cycle', /^Closed\. Nothing more happens in this cycle/);
});

test('an MCT candidate signs up and enrols by self-service with the keyboard; the admin approves', async ({ browser }) => {
  test.setTimeout(300_000);
  // The e2e data places its enrollment pauses away from today (pausesAroundToday), so self-service is open on any date.
  const suffix = run();
  const name = `Sam Keyboard ${suffix}`;
  const email = uniqueEmail('kbd-mct');
  const candidate = await signUpByKeyboard(browser, name, email);

  // Their ISC provider confirms the completion.
  const provider = await signedInByKeyboard(browser, 'provider@demo.test');
  await provider.goto('/provider');
  const confirm = card(provider, 'Confirm a completion');
  await tabAndType(provider, confirm.getByLabel('Candidate’s full name'), name, { max: 120 });
  await tabAndType(provider, confirm.getByLabel('Candidate’s email address'), email);
  await tabAndTypeDate(provider, confirm.getByLabel('Completion date'), dayIn(-10));
  await tabAndType(provider, confirm.getByLabel('Certificate ID'), `KBD-SELF-${suffix}`);
  await tabAndPress(provider, confirm.getByRole('button', { name: 'Confirm completion' }));
  await expect(confirm.getByText(`The completion of ${name} is confirmed.`)).toBeVisible();
  await expectFocusKept(provider, 'confirming a completion');

  // The candidate adds a certification, accepts the agreement and applies.
  await candidate.goto('/mct/certifications');
  await tabAndSelect(candidate, candidate.getByLabel('Certification'), 'AZ-305: Microsoft Certified: Azure Solutions Architect Expert', {
    max: 120,
  });
  await tabAndType(candidate, candidate.getByLabel('Credential ID'), `KBD-SELF-${suffix}`);
  await tabAndTypeDate(candidate, candidate.getByLabel('Earned on'), dayIn(-50));
  await tabAndPress(candidate, candidate.getByRole('button', { name: 'Add certification' }));
  await expect(candidate.getByText('Counts for MCT today.', { exact: true })).toBeVisible();
  await expectFocusKept(candidate, 'adding a certification');
  await expectNoAxeViolations(candidate);
  await candidate.goto('/mct');
  await tabAndCheck(candidate, candidate.getByRole('checkbox', { name: /I have read and accept the MCT Program Agreement/ }), { max: 200 });
  await tabAndPress(candidate, candidate.getByRole('button', { name: 'Accept the agreement' }));
  await expect(candidate.getByText('You accepted this agreement.')).toBeVisible();
  await expectFocusKept(candidate, 'accepting the agreement');
  await tabAndPress(candidate, candidate.getByRole('button', { name: 'Apply to join the MCT program' }), { max: 200 });
  const application = card(candidate, 'Your application');
  await expect(application).toContainText('Submitted');
  await expectFocusKept(candidate, 'applying');

  // The admin opens it from the queue and approves it.
  const admin = await signedInByKeyboard(browser, 'admin@demo.test');
  await admin.goto('/admin/mct/applications');
  await tabAndPress(admin, admin.getByRole('row').filter({ hasText: email }).getByRole('link', { name }), { max: 200 });
  await expect(admin.getByRole('heading', { level: 1, name: `Application of ${name}` })).toBeVisible();
  await expectFocusKept(admin, 'opening the application');
  await tabAndPress(admin, admin.getByRole('button', { name: 'Approve application' }), { max: 120 });
  await expect(admin.getByText('Membership year created:')).toBeVisible();
  await expectFocusKept(admin, 'approving the application');
  await expectNoAxeViolations(admin);
  await expectNoAxeViolations(candidate);
});

test('an ISC provider starts a manual MCT application with the keyboard', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = run();
  const name = `Lee Keyboard ${suffix}`;
  const email = uniqueEmail('kbd-manual');
  const provider = await signedInByKeyboard(browser, 'provider@demo.test');
  await provider.goto('/provider');
  const confirm = card(provider, 'Confirm a completion');
  await tabAndType(provider, confirm.getByLabel('Candidate’s full name'), name, { max: 120 });
  await tabAndType(provider, confirm.getByLabel('Candidate’s email address'), email);
  await tabAndTypeDate(provider, confirm.getByLabel('Completion date'), dayIn(-10));
  await tabAndType(provider, confirm.getByLabel('Certificate ID'), `KBD-MANUAL-${suffix}`);
  await tabAndPress(provider, confirm.getByRole('button', { name: 'Confirm completion' }));
  await expect(confirm.getByText(`The completion of ${name} is confirmed.`)).toBeVisible();
  await expectFocusKept(provider, 'confirming a completion');

  const start = card(provider, 'Start a manual MCT application');
  await tabAndType(provider, start.getByLabel('Candidate’s email address'), email, { max: 120 });
  await tabAndPress(provider, start.getByRole('button', { name: 'Find their completions' }));
  await expect(start.getByRole('radio')).toHaveCount(1);
  await tabAndChooseRadio(provider, start, start.getByRole('radio'));
  await tabAndPress(provider, start.getByRole('button', { name: 'Start the application' }));
  await expect(card(provider, 'Applications you started').getByRole('row').filter({ hasText: email })).toBeVisible();
  await expectFocusKept(provider, 'starting an application');
  await expectNoAxeViolations(provider);
});

test('an MCT member renews with the keyboard; the admin sends it back with a note, then approves it', async ({ browser }) => {
  test.setTimeout(300_000);
  // Kai Keys (prisma/seed-e2e.ts) is an active MCT whose year ends in 30 days, with this year's agreement and a
  // delivery: ready to renew.
  const member = await signedInByKeyboard(browser, 'keys@demo.test');
  await member.goto('/mct/membership');
  const renewal = card(member, 'Renewal');
  await tabAndPress(member, renewal.getByRole('button', { name: 'Submit my renewal' }), { max: 200 });
  await expect(renewal.getByText('Submitted, waiting for the program team')).toBeVisible();
  await expectFocusKept(member, 'submitting the renewal');

  const admin = await signedInByKeyboard(browser, 'admin@demo.test');
  await admin.goto('/admin/mct/renewals');
  const note = 'Your delivery has no evaluation results yet; add them and submit again.';
  await tabAndType(admin, admin.getByLabel(/^Note to Kai Keys/), note, { max: 200 });
  await tabAndPress(admin, admin.getByRole('button', { name: 'Reject the renewal of Kai Keys' }));
  await expect(admin.getByRole('button', { name: 'Reject the renewal of Kai Keys' })).toHaveCount(0);
  await expectFocusKept(admin, 'sending a renewal back');

  await member.reload();
  await expect(card(member, 'Renewal').getByText(note)).toBeVisible();
  await tabAndPress(member, card(member, 'Renewal').getByRole('button', { name: 'Submit my renewal' }), { max: 200 });
  await expect(card(member, 'Renewal').getByText('Submitted, waiting for the program team')).toBeVisible();

  await admin.reload();
  await tabAndPress(admin, admin.getByRole('button', { name: 'Approve the renewal of Kai Keys' }), { max: 200 });
  await expect(admin.getByRole('button', { name: 'Approve the renewal of Kai Keys' })).toHaveCount(0);
  await expectFocusKept(admin, 'approving a renewal');
  await expectNoAxeViolations(admin);

  await member.reload();
  await expect(member.getByTestId('membership-status')).toHaveText('Active MCT');
  await expectNoAxeViolations(member);
});

test('an MVP renews their award with the keyboard', async ({ browser }) => {
  test.setTimeout(300_000);
  // Mika Keys (prisma/seed-e2e.ts): an Azure award renewing in the current cycle's open window, one contribution
  // from 20 days ago.
  const mvp = await signedInByKeyboard(browser, 'mika.keys@demo.test');
  await mvp.goto('/dashboard');
  await tabAndPress(mvp, mvp.getByRole('link', { name: /^Renew your award/ }), { max: 200 });
  await expect(mvp.getByRole('heading', { level: 1, name: 'Renew your MVP award in Azure' })).toBeVisible();
  await expectFocusKept(mvp, 'opening the renewal');
  await expect(mvp.getByText('Keyboard-first Azure portal tips')).toBeVisible();
  await expectNoAxeViolations(mvp);
  await tabAndPress(mvp, mvp.getByRole('button', { name: 'Submit my renewal' }), { max: 200 });
  await tabAndPress(mvp, mvp.getByRole('button', { name: 'Yes, submit my renewal' }), { max: 20 });
  await expect(mvp.getByText('Renewal: Submitted', { exact: true })).toBeVisible();
  await expectFocusKept(mvp, 'submitting the renewal');
  await expectNoAxeViolations(mvp);
});

test('an MVP accepts the new version of an agreement on /agreements with the keyboard', async ({ browser }) => {
  test.setTimeout(180_000);
  // Ari Keys (prisma/seed-e2e.ts): an MVP who accepted only an earlier code of conduct, so the version in
  // force waits for Ari alone (nobody else's agreements change).
  const mvp = await signedInByKeyboard(browser, 'ari.keys@demo.test');
  await expect(mvp.getByText('New versions of your agreements are in force')).toBeVisible();
  await tabAndPress(mvp, mvp.getByRole('link', { name: 'Read and accept the new versions' }), { max: 200 });
  await expect(mvp.getByRole('heading', { level: 1, name: 'Your agreements' })).toBeVisible();
  await expect(mvp.getByRole('heading', { name: /^Microsoft MVP Code of Conduct \(version / })).toBeVisible();
  await expectNoAxeViolations(mvp);
  // Accepting without the tick is refused beside the form, and focus stays in the page.
  await tabAndPress(mvp, mvp.getByRole('button', { name: 'Accept', exact: true }), { max: 120 });
  await expect(mvp.getByText('Tick the box to accept the new versions.')).toBeVisible();
  await expectFocusKept(mvp, 'accepting without the tick');
  await tabAndCheck(mvp, mvp.getByLabel('I have read and accept the new version above.'), { max: 20, backwards: true });
  await tabAndPress(mvp, mvp.getByRole('button', { name: 'Accept', exact: true }), { max: 20 });
  // Accepted: the page (refreshed) says there is nothing left to accept, and focus is not dropped.
  await expect(mvp.getByText(/^Nothing to accept: you have accepted every agreement in force/)).toBeVisible();
  await expectFocusKept(mvp, 'accepting the new version');
  await expectNoAxeViolations(mvp);
  // The dashboard no longer asks.
  await mvp.goto('/dashboard');
  await expect(mvp.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(mvp.getByText('New versions of your agreements are in force')).toHaveCount(0);
});

test('an admin keeps the certification catalogue and the ISC providers with the keyboard', async ({ browser }) => {
  test.setTimeout(300_000);
  const suffix = run();
  const admin = await signedInByKeyboard(browser, 'admin@demo.test');

  await admin.goto('/admin/mct/certifications');
  const add = card(admin, 'Add a certification');
  const code = `KBD-${suffix.toUpperCase()}`;
  await tabAndType(admin, add.getByLabel('Code'), code, { max: 120 });
  await tabAndType(admin, add.getByLabel('Name'), `Keyboard Fundamentals ${suffix}`);
  await tabAndSelect(admin, add.getByLabel('Level'), 'Fundamentals');
  await tabAndType(admin, add.getByLabel('Valid for (months)'), '24');
  await tabAndPress(admin, add.getByRole('button', { name: 'Add certification' }));
  await expect(add.getByText('Certification added.')).toBeVisible();
  await expectFocusKept(admin, 'adding a certification to the catalogue');
  await expect(admin.getByText(`Keyboard Fundamentals ${suffix}`).first()).toBeVisible();
  await expectNoAxeViolations(admin);

  await admin.goto('/admin/mct/providers');
  const provider = card(admin, 'Add a provider');
  const name = `Keyboard Learning ${suffix}`;
  await tabAndType(admin, provider.getByLabel('Name', { exact: true }), name, { max: 200 });
  await tabAndType(admin, provider.getByLabel('Country'), 'Portugal');
  await tabAndType(admin, provider.getByLabel('Contact email'), uniqueEmail('kbd-provider'));
  await tabAndType(admin, provider.getByLabel('Website'), 'https://keyboard-learning.example.org');
  await tabAndTypeDate(admin, provider.getByLabel('Approved from'), dayIn(-1));
  await tabAndTypeDate(admin, provider.getByLabel('Approved until (included)'), dayIn(300));
  await tabAndPress(admin, provider.getByRole('button', { name: 'Add provider' }));
  await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectFocusKept(admin, 'adding a provider');
  await expectNoAxeViolations(admin);
});
