import { expect, expectNoAxeViolations, test } from './fixtures';

// A browser that prefers Spanish gets the portal in Spanish; the header's switch changes the language
// for the whole visit, and it stays chosen from page to page. The other specs run with Playwright's
// English locale (playwright.config.ts) and see the portal as it always was.
test.use({ locale: 'es-ES' });

const SPANISH_DATE = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

test('a browser that prefers Spanish reads the portal in Spanish, and the switch changes it for the whole visit', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dos programas de la comunidad de Microsoft, un solo portal');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('banner').getByRole('link', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.getByLabel('Correo electrónico').first()).toBeVisible();
  await expect(page).toHaveTitle(/^Iniciar sesión/);
  // The form's messages speak Spanish too (the schema's own are English).
  const linkForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Envíame un enlace para iniciar sesión' }) });
  await linkForm.getByLabel('Correo electrónico').fill('not-an-address');
  await linkForm.getByRole('button', { name: 'Envíame un enlace para iniciar sesión' }).click();
  await expect(linkForm.getByText('Escribe una dirección de correo como nombre@ejemplo.com')).toBeVisible();
  await expectNoAxeViolations(page);

  // English, chosen with the switch: this page and the next ones.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Email address').first()).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'About the programs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two Microsoft community programs, one portal');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // And back to Spanish.
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dos programas de la comunidad de Microsoft, un solo portal');
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Crear una cuenta' })).toBeVisible();
  await expect(page.getByLabel('Nombre completo')).toBeVisible();
});

test('a candidate reads their dashboard and evidence log in Spanish, with Spanish dates', async ({ page }) => {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Iniciar sesión con contraseña' }) });
  await form.getByLabel('Correo electrónico').fill('candidate@demo.test');
  await form.getByLabel('Contraseña').fill('demo-password-2026');
  await form.getByRole('button', { name: 'Iniciar sesión con contraseña' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  await expect(page.getByRole('heading', { level: 1, name: 'Te damos la bienvenida, Casey Candidate' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Premio MVP' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nominaciones que has recibido' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Evidencias' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evidencias' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tu periodo de 12 meses' })).toBeVisible();
  await expect(page.getByText(/^Una presentación hecha hoy/)).toContainText(SPANISH_DATE);
  await expect(page.getByRole('link', { name: 'Añadir una contribución' })).toBeVisible();
  // Each contribution's date, in Spanish too.
  await expect(page.locator('#inside-window li').first()).toContainText(SPANISH_DATE);
  // Its buttons and the reach lines' explanation too.
  await expect(
    page
      .locator('#inside-window')
      .getByRole('button', { name: /^Eliminar “/ })
      .first(),
  ).toHaveText('Eliminar');
  await expect(
    page
      .locator('#inside-window')
      .getByText(/percentil/i)
      .first(),
  ).toBeVisible();
  await expect(page.locator('#outside-window').getByRole('link', { name: /^Mostrar / })).toBeVisible();
  await expectNoAxeViolations(page);

  // The form to add one: its labels, choices and buttons in Spanish.
  await page.getByRole('link', { name: 'Añadir una contribución' }).click();
  await expect(page.getByLabel('Tipo de contribución')).toBeVisible();
  await expect(page.getByLabel('Tipo de contribución').locator('option', { hasText: 'Charla en una conferencia' })).toHaveCount(1);
  await expect(page.getByLabel('Tu papel')).toBeVisible();
  await expect(page.getByLabel('Nota privada para los revisores (opcional)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Añadir a mi registro' })).toBeEnabled();
  await expectNoAxeViolations(page);
});
