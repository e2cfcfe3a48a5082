import { expect, expectNoAxeViolations, signUpThroughEmailLink, test, uniqueEmail } from './fixtures';

// Deadlines follow the reader's clock: a new account takes the device's time zone at sign-up, and on
// a device in another zone the person is offered a switch (never switched behind their back).
test('a new person’s deadlines follow their device’s time zone; another device offers a switch', async ({ browser }) => {
  const email = uniqueEmail('tz');
  const berlin = await (await browser.newContext({ timezoneId: 'Europe/Berlin' })).newPage();
  await signUpThroughEmailLink(berlin, 'Bea Berlin', email);

  await berlin.goto('/profile');
  const zone = berlin.getByLabel('Time zone');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(zone.locator('option:checked')).toHaveText('Central European Time — Berlin');
  await expect(berlin.getByRole('region', { name: 'Your device’s clock' })).toHaveCount(0);

  // The same account on a device in Tokyo: the portal asks before changing anything.
  const tokyo = await (
    await browser.newContext({ timezoneId: 'Asia/Tokyo', storageState: await berlin.context().storageState() })
  ).newPage();
  await tokyo.goto('/dashboard');
  const offer = tokyo.getByRole('region', { name: 'Your device’s clock' });
  await expect(offer).toContainText(
    'Your device is set to Japan Standard Time — Tokyo; the portal shows dates in Central European Time — Berlin.',
  );
  await expectNoAxeViolations(tokyo);
  await offer.getByRole('button', { name: 'Use Japan Standard Time — Tokyo' }).click();
  await expect(
    tokyo.getByRole('status').filter({ hasText: 'Dates and deadlines are now shown in Japan Standard Time — Tokyo' }),
  ).toBeVisible();
  await tokyo.goto('/profile');
  await expect(tokyo.getByLabel('Time zone')).toHaveValue('Asia/Tokyo');

  // Back in Berlin, the offer goes the other way; keeping the zone hides it for good on that device.
  await berlin.goto('/dashboard');
  const back = berlin.getByRole('region', { name: 'Your device’s clock' });
  await back.getByRole('button', { name: 'Keep Japan Standard Time — Tokyo' }).click();
  await expect(back).toHaveCount(0);
  await berlin.reload();
  await expect(berlin.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(berlin.getByRole('region', { name: 'Your device’s clock' })).toHaveCount(0);
});
