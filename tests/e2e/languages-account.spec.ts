// A person whose browser prefers Spanish: signing up and in (check your email, the emailed link's
// confirmation), their profile and its field errors, the request to delete their data and its email,
// the privacy page, the sign-in and unsubscribe problems, and a certificate's public check all speak
// Spanish. The English specs (sign-in, privacy, notifications, review-cycle) see them as always.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithPassword, test, uniqueEmail } from './fixtures';

test.use({ locale: 'es-ES' });

const SPANISH_DATE = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

/** Waits for an email with this subject in the development mailbox of `email`. */
async function expectEmail(page: Page, email: string, subject: string): Promise<void> {
  await expect(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole('heading', { name: subject })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test('a new person signs up, edits their profile and asks to delete their data, all in Spanish', async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail('cuenta');
  await page.goto('/sign-up');
  await page.getByLabel('Nombre completo').fill('Ana Cuenta');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('button', { name: 'Crear cuenta' }).click();

  // Check your email.
  await expect(page.getByRole('heading', { level: 1, name: 'Revisa tu correo' })).toBeVisible();
  await expect(page).toHaveTitle(/^Revisa tu correo/);
  await expect(page.getByText('Te enviamos un enlace para iniciar sesión.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'pide un enlace nuevo' })).toHaveAttribute('href', '/sign-in');
  await expectNoAxeViolations(page);

  // The emailed link opens a Spanish confirmation page.
  await expectEmail(page, email, 'Tu enlace para iniciar sesión en el Portal de programas de la comunidad');
  await page
    .getByRole('link', { name: /\/sign-in\/confirm\?/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.getByText('El enlace del correo funciona una sola vez, durante 15 minutos.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Iniciar sesión como ${email}` }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The profile, its form, and a field error in Spanish; nothing is saved until the name is right.
  await page.goto('/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Perfil' })).toBeVisible();
  await expect(page).toHaveTitle(/^Perfil/);
  await expect(page.getByText(new RegExp(`^${email.replace(/[.+]/g, '\\$&')} · miembro desde el ${SPANISH_DATE.source}$`))).toBeVisible();
  await expect(page.getByText('Candidato o candidata')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Novedades y recordatorios por correo' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'En cuanto ocurren' })).toBeChecked();
  await expect(page.getByLabel('Zona horaria')).toBeVisible();
  // The zones of the list are named in Spanish; their values stay the zones' ids.
  await expect(page.getByLabel('Zona horaria').locator('option[value="America/Los_Angeles"]')).toHaveText(
    'Hora del Pacífico — Los Angeles',
  );
  await expect(page.getByLabel('Zona horaria').locator('option[value="Europe/Madrid"]')).toHaveText(/^Hora de Europa central — Madrid$/);
  await page.getByLabel('Nombre completo').fill('A');
  await page.getByRole('button', { name: 'Guardar perfil' }).click();
  await expect(page.getByText('Escribe al menos 2 caracteres.')).toBeVisible();
  await expect(page.getByLabel('Nombre completo')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('Nombre completo').fill('Ana Cuenta Pérez');
  await page.getByRole('button', { name: 'Guardar perfil' }).click();
  await expect(page.getByText('Tu perfil está guardado.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Descargar mis datos' })).toBeVisible();

  // Asking to delete the data: the page, its tick box's message, and the email that confirms it.
  await page.getByRole('link', { name: 'Pedir que eliminen mis datos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pídenos que eliminemos tus datos' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qué se elimina' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qué se conserva y por qué' })).toBeVisible();
  await page.getByRole('button', { name: 'Pedir que eliminen mis datos' }).click();
  await expect(page.getByText('Marca la casilla para confirmar que entiendes qué se elimina y qué se conserva')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Algo que quieras contarnos (opcional)').fill('Prueba de idioma.');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Pedir que eliminen mis datos' }).click();
  await expect(page.getByText('Recibimos tu solicitud', { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`^La enviaste el ${SPANISH_DATE.source}`))).toBeVisible();
  await expectEmail(page, email, 'Recibimos tu solicitud para eliminar tus datos');
  await expect(page.locator('pre').filter({ hasText: 'Hola, Ana Cuenta Pérez:' }).first()).toBeVisible();
});

test('a visitor reads the privacy page, the sign-in and unsubscribe problems and the certificate check in Spanish', async ({ page }) => {
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible();
  await expect(page).toHaveTitle(/^Privacidad/);
  await expect(page.getByRole('heading', { name: 'Qué guardamos y por qué' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Quién ve qué' })).toBeVisible();
  await expect(page.getByText('Por qué: Para decidir los premios con justicia y explicar el resultado a las candidaturas.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qué se elimina' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/sign-in/error?error=Verification');
  await expect(page.getByRole('heading', { level: 1, name: 'No pudimos iniciar tu sesión' })).toBeVisible();
  await expect(page.getByText('Ese enlace para iniciar sesión caducó o ya se usó.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pedir un enlace nuevo para iniciar sesión' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/unsubscribe/not-a-real-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Este enlace para darte de baja no es válido' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/certificates');
  await expect(page.getByRole('heading', { level: 1, name: 'Verificar un certificado' })).toBeVisible();
  await page.getByLabel('Código del certificado').fill('no es un código');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByText('Eso no es un código de certificado: un código son cuatro grupos de cuatro letras y dígitos.')).toBeVisible();
  await expectNoAxeViolations(page);

  // A code nobody was given: the portal's not-found page, in Spanish.
  expect((await page.goto('/certificates/0000-0000-0000-0000'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible();
});

test('anyone checks an MCT certificate on its Spanish public page', async ({ browser, page }) => {
  // The member (an English browser) has their membership year's certificate issued, once.
  const member = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await signInWithPassword(member, 'trainer@demo.test');
  await member.goto('/mct/membership');
  const checkLink = member.getByRole('link', { name: 'Its public check page' });
  const issue = member.getByRole('button', { name: 'Issue my certificate' });
  await expect(checkLink.or(issue)).toBeVisible();
  if (await issue.isVisible()) await issue.click();
  const href = (await checkLink.getAttribute('href'))!;
  await member.context().close();

  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1, name: 'Verificación de certificado' })).toBeVisible();
  await expect(page).toHaveTitle(/^Verificación de certificado/);
  await expect(page.getByText('Auténtico y vigente')).toBeVisible();
  await expect(page.getByText('Taylor Trainer')).toBeVisible();
  await expect(page.getByText('Año de membresía')).toBeVisible();
  await expect(page.getByText(new RegExp(`^${SPANISH_DATE.source} – ${SPANISH_DATE.source}$`))).toBeVisible();
  await expect(page.getByRole('link', { name: 'Verificar otro certificado' })).toBeVisible();
  await expectNoAxeViolations(page);
});
