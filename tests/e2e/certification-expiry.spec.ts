import { expect, expectNoAxeViolations, signedIn, test } from './fixtures';

// The demo's Taylor Trainer holds an AZ-104 that stops counting 60 days after the seed, before their
// membership year ends: they are warned with what to do, and the admins see them in the list at risk.
test('an MCT whose certification runs out before renewal is warned, and admins see who is at risk', async ({ browser }) => {
  const taylor = await signedIn(browser, 'trainer@demo.test');
  const warning = taylor.getByRole('status').filter({ hasText: 'Your certification runs out before your renewal' });
  await expect(warning).toContainText(/AZ-104 counts until .+; your membership year ends on/);
  await expect(warning).toContainText('add another eligible certification');
  await expectNoAxeViolations(taylor);
  // CERT_EXPIRY_SCREENSHOT=docs/certification-expiry.png saves the warning for the README.
  if (process.env.CERT_EXPIRY_SCREENSHOT) await warning.screenshot({ path: process.env.CERT_EXPIRY_SCREENSHOT });
  await warning.getByRole('link', { name: 'Update your certifications' }).click();
  await expect(taylor).toHaveURL(/\/mct\/certifications$/);

  const admin = await signedIn(browser, 'admin@demo.test');
  await admin.goto('/admin/mct/members');
  const atRisk = admin.getByRole('region', { name: 'Members whose certification runs out before renewal' });
  await expect(atRisk.getByRole('row').filter({ hasText: 'trainer@demo.test' })).toContainText('AZ-104');
  await expectNoAxeViolations(admin);
});
