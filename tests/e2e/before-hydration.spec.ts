import { expect, signedIn, test } from './fixtures';

// A form is in the page before its script runs (a slow network, a busy device): it must show the
// values it will save, not empty fields, and must not be sent in that state.
test('the enrollment settings form shows its saved values before its script runs', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.goto('/admin/mct/enrollment');
  await expect(admin.getByRole('button', { name: 'Save enrollment settings' })).toBeEnabled();
  const live = {
    selfService: await admin.getByLabel('Self-service enrollment is on').isChecked(),
    waived: await admin.getByLabel('The fee is waived').isChecked(),
    currency: await admin.getByLabel('Currency').inputValue(),
    note: await admin.getByLabel('Note shown with a waived fee').inputValue(),
  };
  expect(live.currency).not.toBe('');

  const noScript = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await admin.context().storageState() })
  ).newPage();
  await noScript.goto('/admin/mct/enrollment');
  await expect(noScript.getByRole('heading', { level: 1, name: 'MCT enrollment settings' })).toBeVisible();
  await expect(noScript.getByLabel('Self-service enrollment is on')).toBeChecked({ checked: live.selfService });
  await expect(noScript.getByLabel('The fee is waived')).toBeChecked({ checked: live.waived });
  await expect(noScript.getByLabel('Currency')).toHaveValue(live.currency);
  await expect(noScript.getByLabel('Note shown with a waived fee')).toHaveValue(live.note);
  await expect(noScript.getByRole('button', { name: 'Save enrollment settings' })).toBeDisabled();
});

test('the profile shows the person’s name, time zone and email choice before its script runs', async ({ browser }) => {
  const person = await signedIn(browser, 'candidate@demo.test');
  await person.goto('/profile');
  const save = person.getByRole('button', { name: 'Save profile' });
  await expect(save).toBeEnabled();
  const live = {
    name: await person.getByLabel('Full name').inputValue(),
    timeZone: await person.getByLabel('Time zone').inputValue(),
    mode: await person.getByRole('radio', { checked: true }).first().getAttribute('value'),
  };
  expect(live.name).toBe('Casey Candidate');

  const noScript = await (
    await browser.newContext({ javaScriptEnabled: false, storageState: await person.context().storageState() })
  ).newPage();
  await noScript.goto('/profile');
  await expect(noScript.getByLabel('Full name')).toHaveValue(live.name);
  await expect(noScript.getByLabel('Time zone')).toHaveValue(live.timeZone);
  await expect(noScript.locator(`input[type="radio"][value="${live.mode}"]`)).toBeChecked();
  await expect(noScript.getByRole('button', { name: 'Save profile' })).toBeDisabled();
});
