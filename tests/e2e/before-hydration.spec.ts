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
