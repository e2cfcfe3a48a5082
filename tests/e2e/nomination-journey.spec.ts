import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

/** A calendar date some days ago, as a date input takes it (weeks ago: the same day in any time zone). */
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const STATEMENT =
  'Nadia runs the monthly Kubernetes meetup in our city and writes guides on running AKS cheaply that hundreds of engineers use every month.';

/** Opens the newest email to an address in the development mailbox, waiting for the worker to deliver it. */
async function openMail(page: Page, to: string, subject: string) {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

async function addContribution(page: Page, fill: (page: Page) => Promise<void>) {
  await page.getByRole('link', { name: 'Add a contribution' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a contribution' })).toBeVisible();
  await fill(page);
  await page.getByRole('button', { name: 'Add to my log' }).click();
  await expect(page.getByText('Your contribution is saved.')).toBeVisible();
}

test('an MVP nominates; the nominee follows the emailed link, logs three contributions, sees the chart, submits; the nominator sees it', async ({
  browser,
}) => {
  // ~350 browser steps with axe scans: a journey, not a check; its limit is for when it is stuck.
  test.setTimeout(300_000);
  const nomineeEmail = uniqueEmail('nadia');
  // Unique per run, so a retry on the same database finds its own nomination.
  const nomineeName = `Nadia Nominee ${nomineeEmail.split('@')[0]!.slice(-5)}`;

  // ── The nominator ──
  const nominatorContext = await browser.newContext();
  const nominator = await nominatorContext.newPage();
  await signInWithPassword(nominator, 'mvp@demo.test');
  await nominator.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Nominations', exact: true }).click();
  await expect(nominator.getByText('You can nominate as an active MVP.')).toBeVisible();
  await expectNoAxeViolations(nominator);
  await nominator.getByRole('link', { name: 'Nominate someone' }).click();
  await expect(nominator.getByRole('heading', { level: 1, name: 'Nominate someone' })).toBeVisible();
  await expectNoAxeViolations(nominator);

  await nominator.getByLabel("Nominee's full name").fill(nomineeName);
  await nominator.getByLabel("Nominee's email address").fill(nomineeEmail);
  await nominator.getByLabel('Award category').selectOption({ label: 'Azure' });
  await nominator.getByLabel('Focus area (optional)').selectOption({ label: 'Kubernetes' });
  await nominator.getByLabel('How you know the nominee').selectOption({ label: 'Peer in the community' });
  await nominator.getByLabel('The impact you have seen').fill('Great person.');
  // What is typed is saved as a draft.
  await expect(nominator.getByText(/^Draft saved/)).toBeVisible();
  // Too short: refused beside the field, with the keyboard focus on it, and nothing typed is lost.
  await nominator.getByRole('button', { name: 'Nominate' }).click();
  await expect(nominator.getByText(/Describe the impact you have seen in at least 80 characters/)).toBeVisible();
  await expect(nominator.getByLabel('The impact you have seen')).toBeFocused();
  await expect(nominator.getByLabel("Nominee's email address")).toHaveValue(nomineeEmail);
  await nominator.getByLabel('The impact you have seen').fill(STATEMENT);
  await nominator.getByRole('button', { name: 'Nominate' }).click();
  // The same answer whether or not the person had an open nomination; the new one is listed.
  await expect(nominator.getByText('Thank you: your nomination is in.')).toBeVisible();
  await nominator.getByRole('link', { name: `${nomineeName} · Azure` }).click();
  await expect(nominator.getByRole('heading', { level: 1, name: `Nomination of ${nomineeName}` })).toBeVisible();
  await expectNoAxeViolations(nominator);

  // ── The nominee: the invitation email, the single-use link ──
  const nomineeContext = await browser.newContext();
  const nominee = await nomineeContext.newPage();
  await openMail(nominee, nomineeEmail, 'Morgan Mvp nominated you for a Microsoft MVP award');
  const invitationLink = nominee.getByRole('link', { name: /\/invitations\// }).first();
  const invitationUrl = (await invitationLink.getAttribute('href'))!;
  // A mail scanner fetches the link before the nominee does; that uses nothing up.
  const scanned = await nomineeContext.request.get(invitationUrl);
  expect(scanned.ok()).toBe(true);
  expect(await scanned.text()).toContain('You were nominated for an MVP award');
  // Opening the link only asks to continue, and shows nothing of the nomination; opened again, it still does.
  await invitationLink.click();
  const continueButton = nominee.getByRole('button', { name: `Continue as ${nomineeEmail}` });
  await expect(nominee.getByRole('heading', { level: 1, name: 'You were nominated for an MVP award' })).toBeVisible();
  await expect(continueButton).toBeVisible();
  await expect(nominee.getByText('The link in the email works once.', { exact: false })).toBeVisible();
  await expect(nominee.getByText(STATEMENT)).toHaveCount(0);
  await expectNoAxeViolations(nominee);
  await nominee.goBack();
  await expect(nominee.getByRole('heading', { name: 'Morgan Mvp nominated you for a Microsoft MVP award' })).toBeVisible();
  await invitationLink.click();
  await expect(continueButton).toBeVisible();
  await continueButton.click();
  await expect(nominee).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
  const nominationUrl = new URL(nominee.url()).pathname;
  await expect(nominee.getByRole('heading', { level: 1, name: 'Your MVP nomination in Azure' })).toBeVisible();
  await expect(nominee.getByText(STATEMENT)).toBeVisible();
  await expect(nominee.getByText(/Morgan Mvp nominated you for a Microsoft MVP award in Azure/)).toBeVisible();
  await expectNoAxeViolations(nominee);
  await nominee.getByRole('button', { name: 'Accept the nomination' }).click();
  await expect(nominee.getByText('Accepted: evidence in progress').first()).toBeVisible();
  await expect(nominee.getByRole('link', { name: 'Choose and submit evidence' })).toBeVisible();

  // ── Three contributions of different types; the form follows the type ──
  await nominee.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Evidence' }).click();
  await expect(nominee.getByText('Your log is empty.')).toBeVisible();
  await expectNoAxeViolations(nominee);

  await addContribution(nominee, async (page) => {
    await expectNoAxeViolations(page);
    await expect(page.getByLabel('Views', { exact: true })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill('Kubernetes <b>tips</b> for small teams');
    await page.getByLabel('Description', { exact: true }).fill('A guide to running AKS cheaply, with node pool sizing and autoscaling.');
    await page.getByLabel('Date', { exact: true }).fill(daysAgo(20));
    await page.getByLabel('Link (optional)').fill('javascript:alert(1)');
    await page.getByLabel('Views', { exact: true }).fill('1500');
    await page.getByRole('button', { name: 'Add to my log' }).click();
    // The server refuses what the form refuses; the field says why and keeps the text.
    await expect(page.getByText('Enter a web address starting with http:// or https://')).toBeVisible();
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Kubernetes <b>tips</b> for small teams');
    await page.getByLabel('Link (optional)').fill('https://nadia.example.com/k8s-tips');
  });

  await addContribution(nominee, async (page) => {
    await page.getByLabel('Type of contribution').selectOption({ label: 'Talk at a user group or meetup' });
    // A talk asks for attendees, not views; the role follows the type.
    await expect(page.getByLabel('Attendees', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Views', { exact: true })).toHaveCount(0);
    await expect(page.getByLabel('Your role')).toHaveValue('SPEAKER');
    await page.getByLabel('Title', { exact: true }).fill('Kubernetes networking explained');
    await page.getByLabel('Description', { exact: true }).fill('A talk at the city meetup on CNI choices and network policies.');
    await page.getByLabel('Date', { exact: true }).fill(daysAgo(75));
    await page.getByLabel('Attendees', { exact: true }).fill('60');
  });

  await addContribution(nominee, async (page) => {
    await page.getByLabel('Type of contribution').selectOption({ label: 'Book or e-book' });
    await expect(page.getByLabel('Copies sold', { exact: true })).toBeVisible();
    await page.getByLabel('Title', { exact: true }).fill('AKS in Action');
    await page.getByLabel('Description', { exact: true }).fill('A short e-book on operating AKS clusters.');
    await page.getByLabel('Date', { exact: true }).fill(daysAgo(140));
    await page.getByLabel('I was paid for this').check();
    await expect(page.getByText(/unless it is your full-time job/)).toBeVisible();
  });

  // ── The 12-month view: chart, its table, gaps; HTML shown as text ──
  await expect(nominee.getByRole('heading', { name: 'Inside the window (3)' })).toBeVisible();
  await expect(nominee.getByText('Kubernetes <b>tips</b> for small teams')).toBeVisible();
  await expect(nominee.getByTestId('timeline-chart')).toBeVisible();
  await expect(nominee.getByTestId('timeline-chart').locator('rect')).toHaveCount(12);
  const table = nominee.getByRole('table', { name: 'Contributions and reach per month' });
  await expect(table).toBeVisible();
  // Twelve months of the window (and the header row), however the window falls in the calendar.
  await expect(table.getByRole('row')).toHaveCount(13);
  await expect(nominee.getByText(/^Gaps: no contributions in/)).toBeVisible();
  await expectNoAxeViolations(nominee);

  // ── Submit: choose, confirm (a double click makes one submission) ──
  await nominee.getByRole('link', { name: 'Choose and submit evidence' }).click();
  await expect(nominee.getByRole('heading', { level: 1, name: 'Submit your evidence' })).toBeVisible();
  await expect(nominee.getByRole('checkbox')).toHaveCount(3);
  await expectNoAxeViolations(nominee);
  // The nominator suggested Kubernetes; the nominee states their own area of expertise.
  const area = nominee.getByLabel('Your area of expertise in Azure');
  await expect(area).toHaveValue(/.+/);
  await area.selectOption({ label: 'Cloud Native' });
  await nominee.getByRole('button', { name: 'Review 3 contributions' }).click();
  await expect(nominee.getByRole('heading', { name: 'Confirm your submission' })).toBeFocused();
  await expect(nominee.getByText('Area of expertise: Cloud Native')).toBeVisible();
  await nominee.getByRole('button', { name: 'Confirm and submit' }).dblclick();
  await expect(nominee.getByText('Your evidence is submitted.')).toBeVisible();
  await expect(nominee).toHaveURL(new RegExp(`${nominationUrl}\\?submitted=1$`));
  const submitted = nominee.locator('section').filter({ has: nominee.getByRole('heading', { name: 'What you submitted' }) });
  await expect(submitted.getByRole('listitem')).toHaveCount(3);
  await expectNoAxeViolations(nominee);

  // ── The same invitation link again: used, and it shows no nomination ──
  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await stranger.goto(invitationUrl);
  await expect(stranger.getByRole('heading', { level: 1, name: 'This invitation link was already used' })).toBeVisible();
  await expect(stranger.getByText(STATEMENT)).toHaveCount(0);
  await expect(stranger.getByRole('heading', { name: 'Sign in to see your nomination' })).toBeVisible();
  await expectNoAxeViolations(stranger);

  // ── Someone else signed in cannot open the nomination ──
  await signInWithPassword(stranger, 'candidate@demo.test');
  await stranger.goto(nominationUrl);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Nomination not found' })).toBeVisible();
  await expect(stranger.getByText(STATEMENT)).toHaveCount(0);

  // ── The nominator sees the status change and the history, and was emailed ──
  await nominator.goto('/nominations');
  const entry = nominator.getByRole('listitem').filter({ has: nominator.getByRole('link', { name: `${nomineeName} · Azure` }) });
  await expect(entry.getByText('Evidence submitted; waiting for review.')).toBeVisible();
  const history = entry.getByRole('list', { name: `History of the nomination of ${nomineeName}` });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('Invited');
  await expect(history).toContainText('Accepted: evidence in progress');
  await expect(history).toContainText('Submitted');
  await expectNoAxeViolations(nominator);
  await openMail(nominator, 'mvp@demo.test', `${nomineeName} submitted their evidence`);

  await Promise.all([nominatorContext.close(), nomineeContext.close(), strangerContext.close()]);
});

test('someone who may not nominate is told why instead of seeing a form', async ({ page }) => {
  await signInWithPassword(page, 'candidate@demo.test');
  await page.goto('/nominations/new');
  await expect(page.getByText('Only active MVPs and Microsoft employees can nominate.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nominate' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('an invitation link that does not exist says so and offers a way forward', async ({ page }) => {
  await page.goto('/invitations/not-a-real-token-at-all-0123456789');
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Email me a sign-in link' })).toBeVisible();
});

test('a CSV import lists bad rows with the reason, previews good rows, and saves only when confirmed', async ({ page }) => {
  await signInWithPassword(page, 'employee@demo.test');
  await page.goto('/evidence/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import contributions from CSV' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the CSV template' })).toHaveAttribute('href', '/evidence/import/template');
  await expectNoAxeViolations(page);
  const run = Math.random().toString(36).slice(2, 7);
  const csv = [
    'type,role,title,description,start_date,audience,views,attendees',
    `BLOG,AUTHOR,Imported post ${run},About identity,${daysAgo(30)},DEVELOPERS,800,`,
    `BLOG,AUTHOR,Post from the future ${run},Not yet,2999-01-01,DEVELOPERS,,`,
    `SPEAKING_USER_GROUP,SPEAKER,Imported talk ${run},About identity,${daysAgo(90)},DEVELOPERS,,40`,
  ].join('\n');
  await page.getByLabel('Paste the CSV').fill(csv);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText('2 rows are valid, 1 needs attention.')).toBeVisible();
  await expect(page.getByText(`Row 3: Post from the future ${run}`)).toBeVisible();
  await expect(page.getByText('start_date: The date cannot be in the future')).toBeVisible();
  await expect(page.getByRole('cell', { name: `Imported talk ${run}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Import only the 2 valid rows' }).click();
  await expect(page.getByText('2 contributions were imported.')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Imported talk ${run}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Post from the future ${run}` })).toHaveCount(0);
});

test('what is typed in a form is kept as a draft across a reload, until discarded', async ({ page }) => {
  await signInWithPassword(page, 'reviewer@demo.test');
  await page.goto('/evidence/new');
  const title = `Half-written post ${Math.random().toString(36).slice(2, 7)}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByText(/^Draft saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
});

test('what is typed before the form is live (its code still loading) is kept and saved as a draft', async ({ page }) => {
  // The evidence form's code comes in a chunk of its own after the page: hold every script, type
  // into the server-rendered form, then let the scripts through. Typing must survive hydration.
  await signInWithPassword(page, 'reviewer2@demo.test');
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('/evidence/new', { waitUntil: 'domcontentloaded' });
  const title = `Typed before hydration ${Math.random().toString(36).slice(2, 7)}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByRole('button', { name: 'Add to my log' })).toBeDisabled();
  release();

  await expect(page.getByText(/^Draft saved/)).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByRole('button', { name: 'Add to my log' })).toBeEnabled();
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
});
