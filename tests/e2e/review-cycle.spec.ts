// The review journey end to end, on the seeded mid-year round (prisma/seed-reviews.ts), which no other
// spec touches: the admin assigns two reviewers, each scores (the first sees no other scores until
// theirs is in), the admin closes review, decides and releases, the candidate reads the feedback,
// accepts the award, becomes an active MVP and submits a renewal. Every page gets an axe scan.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scoreAndSubmit, signedIn, signInWithPassword, test } from './fixtures';

const CANDIDATE = { email: 'erin.example@northwind-demo.test', name: 'Erin Example' };

/** Picks the mid-year round in a page's "Award cycle" picker. */
async function showMidyearRound(page: Page) {
  const picker = page.getByLabel('Award cycle');
  const value = await picker.locator('option', { hasText: 'MVP mid-year round' }).getAttribute('value');
  await picker.selectOption(value!);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`cycle=${value}`));
}

async function openReview(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).click();
  await page.getByRole('link', { name: `${CANDIDATE.name} · Azure` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${CANDIDATE.name} · Azure` })).toBeVisible();
}

test('a whole review cycle: assign, score, decide, release, accept the award and renew', async ({ browser }) => {
  test.setTimeout(240_000);

  // The admin assigns both demo reviewers by hand.
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await admin.getByRole('link', { name: 'Reviewer assignment' }).first().click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Reviewer assignment' })).toBeVisible();
  await showMidyearRound(admin);
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: /^Azure \(/ })
    .click();
  await expect(admin.getByText('Needs 2 more reviewers (of 2)')).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('checkbox', { name: `Select ${CANDIDATE.name}` }).check();
  await admin.getByRole('checkbox', { name: /^Riley Reviewer/ }).check();
  await admin.getByRole('checkbox', { name: /^Robin Reviewer/ }).check();
  await admin.getByRole('button', { name: 'Assign to 1 selected submission' }).click();
  await expect(admin.getByText('Assigned 2 reviews.')).toBeVisible();
  await expect(admin.getByText('Fully assigned')).toBeVisible();

  // Robin scores first.
  const robin = await signedIn(browser, 'reviewer2@demo.test');
  await openReview(robin);
  await expect(robin.getByText('Private note for reviewers').first()).toBeVisible();
  // Each item's reach percentile in a line, and one sentence on what it means (the round has fewer
  // than 20 items of a type: not enough to compare, with the count).
  await expect(
    robin.getByText(/^A reach percentile ranks an item’s main reach figure among the items of the same type submitted/),
  ).toBeVisible();
  await expect(
    robin.getByText(/^Reach percentile \(.+\): not enough to compare \(\d+ “.+” items? this cycle; a percentile needs 20\)$/).first(),
  ).toBeVisible();
  await expectNoAxeViolations(robin);
  await scoreAndSubmit(robin, 3, 'Solid reach, but the depth varies between items.', 'Your workshops clearly help students; go deeper.');

  // Riley sees none of Robin's scores until their own review is in, then sees them.
  const riley = await signedIn(browser, 'reviewer@demo.test');
  await riley.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }).click();
  await expectNoAxeViolations(riley);
  await openReview(riley);
  await expect(
    riley.getByText('The other reviewers’ scores and comments appear here once you have submitted your own review.'),
  ).toBeVisible();
  await expect(riley.getByText('Solid reach, but the depth varies between items.')).toHaveCount(0);
  await scoreAndSubmit(riley, 5, 'Outstanding, sustained impact across the year.', 'Your sample applications are used widely. Well done.');
  await expect(riley.getByRole('table', { name: 'Scores of the other reviewers' })).toBeVisible();
  await expect(riley.getByText('Solid reach, but the depth varies between items.')).toBeVisible();
  await expect(riley.getByText('Robin Reviewer')).toHaveCount(0);
  await expectNoAxeViolations(riley);

  // The admin closes review, decides and releases.
  await admin.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Decisions' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  await showMidyearRound(admin);
  await admin.getByRole('button', { name: 'Close review' }).click();
  await expect(admin.getByRole('button', { name: 'Yes, close review' })).toBeVisible();
  // Another journey may have left a submission of this round short of reviews: then a reason is asked for.
  const reason = admin.getByLabel('Why close review now?');
  if (await reason.isVisible()) await reason.fill('The mid-year round closes on its published date.');
  await admin.getByRole('button', { name: 'Yes, close review' }).click();
  await expect(admin.getByText(/^Review closed /)).toBeVisible();
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: /^Azure \(/ })
    .click();
  const row = admin.getByRole('row', { name: new RegExp(CANDIDATE.name) });
  await expect(row.getByRole('cell', { name: '4.00' }).first()).toBeVisible(); // weighted mean of 3 and 5
  await expect(row.getByText('Disputed')).toBeVisible(); // a spread of 2 on a 1–5 scale
  await expectNoAxeViolations(admin);

  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Export CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('Candidate,Kind,Category');
  expect(csv).toContain(`${CANDIDATE.name},Nomination,Azure`);

  await row.getByRole('link', { name: CANDIDATE.name }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Decide: ${CANDIDATE.name}` })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('radio', { name: 'Award', exact: true }).check();
  await admin
    .getByLabel('Feedback for the candidate')
    .fill('Congratulations: your teaching material reached hundreds of developers, with real depth.');
  await admin.getByRole('button', { name: 'Save decision' }).click();
  await expect(admin.getByText('Decision saved. It is held until you release it.')).toBeVisible();
  await admin.getByRole('link', { name: 'Back to the decisions of Azure' }).click();
  await admin.getByRole('button', { name: 'Release 1 decision' }).click();
  await admin.getByRole('button', { name: 'Yes, release 1 decision' }).click();
  await expect(admin.getByText('Released 1 decision.')).toBeVisible();

  // The candidate reads the outcome and the feedback, and accepts the award.
  const erin = await signedIn(browser, CANDIDATE.email);
  await expect(erin.getByText('Awarded in Azure', { exact: true })).toBeVisible();
  await expect(erin.getByText(/^Congratulations: your teaching material/)).toBeVisible(); // the committee's feedback, on the dashboard
  await erin.getByRole('link', { name: /^Read the feedback/ }).click();
  await expect(erin.getByRole('heading', { level: 1, name: 'Awarded: MVP in Azure' })).toBeVisible();
  await expect(erin.getByText('Congratulations: your teaching material reached hundreds of developers')).toBeVisible();
  await expect(erin.getByText('Your workshops clearly help students; go deeper.')).toBeVisible();
  await expect(erin.getByText('Outstanding, sustained impact across the year.')).toHaveCount(0); // committee comments stay private
  await expectNoAxeViolations(erin);
  await erin.getByRole('link', { name: 'Accept your award' }).click();
  await expect(erin.getByRole('heading', { level: 1, name: 'Your MVP award in Azure' })).toBeVisible();
  await expectNoAxeViolations(erin);
  await erin.getByRole('button', { name: 'Accept and activate my award' }).click();
  await expect(erin.getByText('Accept the code of conduct to activate your award')).toBeVisible();
  await erin.getByRole('checkbox', { name: /^I accept the Microsoft MVP Code of Conduct/ }).check();
  await erin.getByRole('checkbox', { name: /^I accept the Microsoft MVP Non-Disclosure Agreement/ }).check();
  await erin.getByRole('button', { name: 'Accept and activate my award' }).click();
  // The award page then says it is done and what comes next, with the certificate.
  await expect(erin.getByText('You have accepted this award')).toBeVisible();
  await expect(erin.getByRole('heading', { name: 'What comes next' })).toBeVisible();
  await expectNoAxeViolations(erin);
  await erin.getByRole('button', { name: 'Issue my certificate' }).click();
  const certificateLink = erin.getByRole('link', { name: 'Download your certificate (PDF)' });
  await expect(certificateLink).toBeVisible();
  const pdf = await erin.request.get((await certificateLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const code = /Certificate code (\S+)/.exec((await erin.getByText(/^Certificate code /).textContent()) ?? '')![1]!;

  // Anyone can check it by its code, signed in or not.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/certificates');
  await visitor.getByLabel('Certificate code').fill(code.toLowerCase().replaceAll('-', ' '));
  await visitor.getByRole('button', { name: 'Check' }).click();
  await expect(visitor.getByText('Genuine and current')).toBeVisible();
  await expect(visitor.getByRole('definition').filter({ hasText: 'Microsoft Most Valuable Professional (MVP)' })).toBeVisible();
  await expectNoAxeViolations(visitor);
  expect((await visitor.goto('/certificates/0000-0000-0000-0000'))?.status()).toBe(404);

  await erin.getByRole('link', { name: 'Your dashboard' }).click();
  await expect(erin.getByText('Active MVP: Azure')).toBeVisible();
  await expectNoAxeViolations(erin);
  // And the dashboard leads back to the award.
  await erin.getByRole('link', { name: 'Azure', exact: true }).click();
  await expect(erin.getByText('You have accepted this award')).toBeVisible();

  // The new MVP renews with the evidence of the last 12 months.
  await erin.goto('/dashboard');
  await erin.getByRole('link', { name: /^Renew your award/ }).click();
  await expect(erin.getByRole('heading', { level: 1, name: 'Renew your MVP award in Azure' })).toBeVisible();
  await expectNoAxeViolations(erin);
  await erin.getByRole('button', { name: 'Submit my renewal' }).click();
  await erin.getByRole('button', { name: 'Yes, submit my renewal' }).click();
  await expect(erin.getByText('Renewal: Submitted', { exact: true })).toBeVisible();
  await erin.goto('/dashboard');
  await expect(erin.getByText(/^Renewal: Submitted\./)).toBeVisible();
});

test('the cycles and rubric pages open for the admin and pass an accessibility scan', async ({ page }) => {
  await signInWithPassword(page, 'admin@demo.test');
  await page.goto('/admin/cycles');
  await expect(page.getByRole('heading', { level: 1, name: 'Cycles and rubrics' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Criteria and weights of MVP mid-year round/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Criteria and weights: MVP mid-year round/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a reviewer cannot open a submission they are not assigned to', async ({ page }) => {
  await signInWithPassword(page, 'reviewer2@demo.test');
  expect((await page.goto('/reviews/00000000-0000-7000-8000-000000000000'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect((await page.goto('/admin/decisions'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
});
