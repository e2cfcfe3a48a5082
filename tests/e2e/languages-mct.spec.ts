import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// MCT members and ISC provider staff whose browser prefers Spanish read their pages in Spanish, dates
// included (languages.spec.ts covers the header, sign-in and the candidate's MVP pages).
test.use({ locale: 'es-ES' });

const SPANISH_DATE = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

async function signInInSpanish(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Iniciar sesión con contraseña' }) });
  await form.getByLabel('Correo electrónico').fill(email);
  await form.getByLabel('Contraseña').fill('demo-password-2026');
  await form.getByRole('button', { name: 'Iniciar sesión con contraseña' }).click();
  await expect(page).toHaveURL(/\/(dashboard|provider)$/);
}

test('an MCT reads their membership in Spanish, with Spanish dates', async ({ page }) => {
  await signInInSpanish(page, 'trainer@demo.test');
  await page.goto('/mct/membership');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Tu membresía MCT' })).toBeVisible();
  await expect(page).toHaveTitle(/^Tu membresía MCT/);
  await expect(page.getByTestId('membership-status')).toHaveText('MCT activo');
  const memberSince = page.locator('dt', { hasText: 'Miembro desde' }).locator('xpath=following-sibling::dd');
  await expect(memberSince).toHaveText(SPANISH_DATE);
  await expect(page.locator('dt', { hasText: 'Año de membresía' }).locator('xpath=following-sibling::dd')).toContainText(
    /^Del \d{1,2} de \w+ de \d{4} al /,
  );
  await expect(page.getByText(/Quedan? \d+ días? de este año\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Formaciones de este año' })).toBeVisible();
  await expect(
    page.getByText(
      /^Formaciones impartidas que terminaron en el último año: \d+ en total, \d+ presenciale?s?, \d+ virtual(es)?, \d+ híbridas?\.$/,
    ),
  ).toBeVisible();
  // The deliveries table: its headings and formats in Spanish.
  const deliveries = page.getByRole('table', { name: 'Tus formaciones' });
  await expect(deliveries.getByRole('columnheader', { name: 'Modalidad' })).toBeVisible();
  await expect(deliveries.getByRole('columnheader', { name: 'Satisfacción' })).toBeVisible();
  await expect(deliveries.getByRole('cell', { name: /^(Presencial|Virtual|Híbrida)$/ }).first()).toBeVisible();
  await expect(deliveries.getByRole('cell', { name: /^\d{4}-\d{2}-\d{2} a \d{4}-\d{2}-\d{2}$/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Renovación', exact: true })).toBeVisible();
  await expect(page.getByText(/^La renovación se abre el .+, 90 días antes de que termine tu año\.$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The certificate of the membership year: the panel, and the PDF written in the requester's language.
  const checkLink = page.getByRole('link', { name: 'Su página pública de comprobación' });
  const issue = page.getByRole('button', { name: 'Emitir mi certificado' });
  await expect(checkLink.or(issue)).toBeVisible();
  if (await issue.isVisible()) await issue.click();
  await expect(page.getByText(/^Código del certificado [0-9A-Z-]+$/)).toBeVisible();
  const download = page.getByRole('link', { name: 'Descargar tu certificado (PDF)' });
  const pdf = await page.request.get((await download.getAttribute('href'))!, { headers: { 'Accept-Language': 'es-ES,es;q=0.9' } });
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const bytes = (await pdf.body()).toString('latin1');
  expect(bytes).toContain('(Certificado)');
  expect(bytes).not.toContain('(Certificate)');
  await expectNoAxeViolations(page);
});

test('ISC provider staff read their provider page in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'provider@demo.test');
  await page.goto('/provider');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: 'Proveedor de ISC' })).toBeVisible();
  await expect(page).toHaveTitle(/^Proveedor de ISC/);
  await expect(page.getByRole('link', { name: 'Tokens de API para tu sistema de formación' })).toBeVisible();
  await expect(page.getByText(/^Del \d{1,2} de \w+ de \d{4} al \d{1,2} de \w+ de \d{4}\.$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Confirmar una finalización' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Iniciar una solicitud MCT manual' })).toBeVisible();
  await expect(page.getByLabel('Buscar por nombre, correo o ID del certificado')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Buscar', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Páginas de finalizaciones' })).toContainText(/finalizaci(ón|ones) · página 1 de \d+/);
  await expectNoAxeViolations(page);
});

test('a candidate reads the MCT requirements and the certification form in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'candidate@demo.test');
  await page.goto('/mct');
  await expect(page.getByText(/Una certificación válida y vigente$/)).toBeVisible();
  await expect(page.getByText(/Una finalización de ISC confirmada por un proveedor aprobado en los últimos 3 años$/)).toBeVisible();
  await expect(page.getByText(/El Acuerdo del Programa MCT de este año, aceptado$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/mct/certifications');
  const add = page.locator('form').filter({ has: page.getByRole('button', { name: 'Añadir certificación' }) });
  await expect(add.getByLabel('Certificación', { exact: true })).toBeVisible();
  await expect(add.getByLabel('ID de credencial')).toBeVisible();
  await expect(add.getByLabel('Obtenida el')).toBeVisible();
  await expect(add.getByLabel('Caduca el')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an MCT reads their next step and the delivery form in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'trainer@demo.test');
  await page.goto('/mct/membership');
  await expect(page.getByText(/Sigue registrando tus formaciones\. La renovación se abre el \d{1,2} de \w+ de \d{4}\.$/)).toBeVisible();
  const form = page.getByRole('form', { name: 'Añadir una formación' });
  await expect(form.getByLabel('Código del curso')).toBeVisible();
  await expect(form.getByLabel('Modalidad')).toContainText('Presencial');
  await expect(form.getByRole('button', { name: 'Añadir la formación' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('ISC provider staff confirm a completion and start an application in Spanish, refusals included', async ({ page }) => {
  await signInInSpanish(page, 'provider@demo.test');
  await page.goto('/provider');
  const stamp = Date.now();
  const certificate = `ES-${stamp}`;
  const email = `es-mct-${stamp}@example.test`;
  const completedOn = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  const confirm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Confirmar la finalización' }) });
  await confirm.getByLabel('Nombre completo del candidato').fill('Lucía Prueba');
  await confirm.getByLabel('Correo electrónico del candidato').fill(email);
  await confirm.getByLabel('Fecha de finalización').fill(completedOn);
  await confirm.getByLabel('ID del certificado').fill(certificate);
  await confirm.getByRole('button', { name: 'Confirmar la finalización' }).click();
  await expect(page.getByText('La finalización de Lucía Prueba está confirmada.')).toBeVisible();

  // The same certificate ID again: the service refuses, in Spanish, beside the field.
  await confirm.getByLabel('Nombre completo del candidato').fill('Otra Persona');
  await confirm.getByLabel('Correo electrónico del candidato').fill(`otra-${email}`);
  await confirm.getByLabel('Fecha de finalización').fill(completedOn);
  await confirm.getByLabel('ID del certificado').fill(certificate);
  await confirm.getByRole('button', { name: 'Confirmar la finalización' }).click();
  await expect(page.getByText('Ya confirmaste una finalización con este ID de certificado')).toBeVisible();

  const start = page.locator('form').filter({ has: page.getByRole('button', { name: 'Buscar sus finalizaciones' }) });
  await start.getByLabel('Correo electrónico del candidato').fill(email);
  await start.getByRole('button', { name: 'Buscar sus finalizaciones' }).click();
  await expect(start.getByRole('group', { name: 'Finalización con la que solicita' })).toBeVisible();
  await expect(
    start.getByText(new RegExp(`^Lucía Prueba: finalizó el \\d{1,2} de \\w+ de \\d{4}, certificado ${certificate}$`)),
  ).toBeVisible();
  await expect(start.getByRole('button', { name: 'Iniciar la solicitud' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('ISC provider staff read their API tokens page in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'provider@demo.test');
  await page.goto('/provider/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'Tokens de API' })).toBeVisible();
  await expect(page).toHaveTitle(/^Tokens de API/);
  await expect(page.getByRole('link', { name: /^Volver a / })).toBeVisible();
  await expect(page.getByRole('link', { name: 'la API para desarrolladores' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Crear un token de API' });
  await expect(form.getByLabel('Nombre')).toBeVisible();
  await expect(form.getByLabel('Caduca después de')).toContainText('90 días');
  await expect(form.getByRole('group', { name: 'Qué puede hacer' })).toContainText('Confirmar finalizaciones de ISC');
  await form.getByLabel('Nombre').fill(`Sistema de formación ${Date.now()}`);
  await form.getByRole('button', { name: 'Crear el token' }).click();
  await expect(page.getByText(/^Token “Sistema de formación \d+” creado$/)).toBeVisible();
  await expect(page.getByText(/^Funciona hasta el \d{1,2} de \w+ de \d{4}/)).toBeVisible();
  const tokens = page.getByRole('region', { name: /^Tokens de API de / });
  await expect(tokens.getByRole('cell', { name: /^Activo hasta el \d{1,2} de \w+ de \d{4}/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
