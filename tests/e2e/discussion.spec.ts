// Reviewers discuss a submission: on the seeded Security nomination of the current cycle (Sara
// Nominee; no other spec assigns it), the admin assigns both demo reviewers; Robin scores first;
// Riley cannot see the discussion until his own review is in, then writes to Robin by @mention;
// Robin gets the email, sees the new comment in his queue, replies and edits the reply; the admin
// hides a comment with a reason. Comments are shown as text. Every page gets an axe scan.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, scoreAndSubmit, signedIn, test } from './fixtures';

const CANDIDATE = 'Sara Nominee';
const TITLE = `${CANDIDATE} · Security`;
async function openReview(page: Page) {
  await page.goto('/reviews');
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

const discussion = (page: Page) => page.locator('#discussion');

test('reviewers discuss a submission once their own review is in; a mention emails the reviewer', async ({ browser }) => {
  test.setTimeout(300_000);

  // The admin assigns Riley and Robin to Sara's nomination in the current cycle.
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.goto('/admin/reviews');
  const picker = admin.getByLabel('Award cycle');
  const current = await picker
    .locator('option', { hasText: /^MVP award cycle/ })
    .first()
    .getAttribute('value');
  await picker.selectOption(current!);
  await admin.getByRole('button', { name: 'Show' }).click();
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: /^Security \(/ })
    .click();
  await admin.getByRole('checkbox', { name: `Select ${CANDIDATE}` }).check();
  await admin.getByRole('checkbox', { name: /^Riley Reviewer/ }).check();
  await admin.getByRole('checkbox', { name: /^Robin Reviewer/ }).check();
  await admin.getByRole('button', { name: 'Assign to 1 selected submission' }).click();
  await expect(admin.getByText('Assigned 2 reviews.')).toBeVisible();

  // Robin scores first, and finds an empty discussion.
  const robin = await signedIn(browser, 'reviewer2@demo.test');
  await openReview(robin);
  await scoreAndSubmit(robin, 5, 'Scored 5 across the rubric.', 'Thank you for the workshops.');
  await expect(discussion(robin).getByText('No comments yet. Start the discussion below.')).toBeVisible();

  // Riley's review is not in: the discussion is closed to him.
  const riley = await signedIn(browser, 'reviewer@demo.test');
  await openReview(riley);
  await expect(riley.getByText(/discussion of this submission opens to you once you have submitted your own review/)).toBeVisible();
  await expect(riley.getByRole('textbox', { name: 'Your comment' })).toHaveCount(0);
  await scoreAndSubmit(riley, 2, 'Scored 2 across the rubric.', 'Thank you for the workshops.');

  // Now he reads it, and writes to Robin by the handle the form offers (reviewers are anonymous).
  const box = riley.getByRole('textbox', { name: 'Your comment' });
  const hint =
    (await discussion(riley)
      .getByText(/Mention someone to email them:/)
      .textContent()) ?? '';
  const robinHandle = /@Reviewer[A-Z]/.exec(hint)![0];
  const question = `${robinHandle} I scored consistency low: nothing between March and July. <script>alert("x")</script> Did you read the talks as one series?`;
  await box.fill(question);
  await riley.getByRole('button', { name: 'Post the comment' }).click();
  await expect(discussion(riley).getByRole('article').getByText(question)).toBeVisible();
  await expect(discussion(riley).getByText('Robin Reviewer')).toHaveCount(0);
  await expectNoAxeViolations(riley);

  // Robin is emailed the comment.
  await expect(async () => {
    await robin.goto(`/dev/mailbox?to=${encodeURIComponent('reviewer2@demo.test')}`);
    await expect(robin.getByRole('heading', { name: `mentioned you in the discussion of ${CANDIDATE}`, exact: false })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 60_000 });
  await expect(robin.getByText('I scored consistency low').first()).toBeVisible();

  // His queue shows the new comment; opening the thread marks it read.
  await robin.goto('/reviews');
  await expect(robin.getByText(/The discussion of 1 submission has comments you have not read/)).toBeVisible();
  await expectNoAxeViolations(robin);
  await robin.getByRole('link', { name: '1 new comment' }).click();
  await expect(discussion(robin).getByText('New', { exact: true })).toBeVisible();
  await expect(discussion(robin).getByText(question)).toBeVisible();
  await expect(async () => {
    await robin.goto('/reviews');
    await expect(robin.getByRole('link', { name: '1 new comment' })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 30_000 });

  // Robin replies, then corrects his reply within the edit window: the earlier text is kept.
  await openReview(robin);
  await robin.getByRole('textbox', { name: 'Your comment' }).fill('I did: three talks build on each other, so I counted them once.');
  await robin.getByRole('button', { name: 'Post the comment' }).click();
  const reply = discussion(robin)
    .getByRole('article', { name: /^Comment by Reviewer [A-Z]$/ })
    .filter({ hasText: 'three talks' });
  await expect(reply).toBeVisible();
  await reply.getByText(/^Edit \(until/).click();
  await reply
    .getByRole('textbox', { name: 'Your comment' })
    .fill('I did: the three talks build on each other, so I counted them as one series.');
  await reply.getByRole('button', { name: 'Save the edit' }).click();
  await expect(reply.getByText(/· edited/)).toBeVisible();
  await expect(reply.getByText('The earlier version')).toBeVisible();
  await expectNoAxeViolations(robin);

  // The admin reads every name and hides Riley's comment with a reason.
  await admin.goto(riley.url());
  await expect(discussion(admin).getByText('Riley Reviewer').first()).toBeVisible();
  const rileys = discussion(admin).getByRole('article', { name: 'Comment by Riley Reviewer' });
  await rileys.getByText('Hide this comment').click();
  await rileys.getByLabel('Why is it hidden?').fill('Scores belong in the review form, not the discussion.');
  await rileys.getByRole('button', { name: 'Hide the comment' }).click();
  await expect(rileys.getByText(/^Hidden by Avery Admin on .*: Scores belong in the review form/)).toBeVisible();
  await expectNoAxeViolations(admin);

  await riley.reload();
  await expect(discussion(riley).getByText(/^Hidden by Avery Admin/)).toBeVisible();
  await expect(discussion(riley).getByText(question)).toHaveCount(0);
});
