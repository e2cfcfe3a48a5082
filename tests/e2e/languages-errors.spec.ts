import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Failure messages built with values, and a file check's row problems, read in Spanish by a candidate
// and by ISC provider staff whose browser prefers Spanish. Nothing is saved here.
test.use({ locale: 'es-ES' });

async function signInInSpanish(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Iniciar sesión con contraseña' }) });
  await form.getByLabel('Correo electrónico').fill(email);
  await form.getByLabel('Contraseña').fill('demo-password-2026');
  await form.getByRole('button', { name: 'Iniciar sesión con contraseña' }).click();
  await expect(page).toHaveURL(/\/(dashboard|provider)$/);
}

test('a candidate’s CSV with unknown columns, then with a wrong row, is refused in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'candidate@demo.test');
  await page.goto('/evidence/import');
  await page.getByLabel('Pega el CSV').fill('type,role,title,colour\nBLOG,AUTHOR,Notas,rojo\n');
  await page.getByRole('button', { name: 'Revisar las filas' }).click();
  await expect(page.getByText('Columna desconocida: colour. Usa los nombres de columna de la plantilla.').first()).toBeVisible();

  const csv = [
    'type,role,title,description,start_date,audience,paid',
    'BLOG,AUTHOR,Notas con pago dudoso,Una fila que no dice si fue pagada.,2026-01-10,DEVELOPERS,quizás',
  ].join('\n');
  await page.getByLabel('Pega el CSV').fill(csv);
  await page.getByRole('button', { name: 'Revisar las filas' }).click();
  await expect(page.getByRole('heading', { name: 'Filas que necesitan corrección' })).toBeVisible();
  await expect(page.getByText('paid: escribe yes o no')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('ISC provider staff read a refused file and each row’s problem in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'provider@demo.test');
  await page.goto('/provider');
  const upload = page.getByLabel('Archivo CSV de finalizaciones');
  await upload.setInputFiles({ name: 'columnas.csv', mimeType: 'text/csv', buffer: Buffer.from('name,email\nAda,ada@example.com\n') });
  const refusal = page.getByRole('alert').filter({ hasText: 'El archivo no se aceptó' });
  await expect(refusal).toContainText('Faltan: completion date, certificate ID.');
  await expect(refusal).toContainText('No se guardó nada.');

  const rows = [
    'name,email,completion date,certificate ID',
    `Futura Fecha,futura-${Date.now()}@example.com,2099-01-15,E2E-ES-FUTURE`,
    `Sin Nombre,,2026-01-05,E2E-ES-NOEMAIL`,
  ].join('\n');
  await upload.setInputFiles({ name: 'filas.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  const problems = page.getByRole('table', { name: /^Filas que no se guardarán/ });
  await expect(problems.getByRole('columnheader', { name: 'Problema' })).toBeVisible();
  await expect(problems.getByRole('cell', { name: 'El 15 de enero de 2099 es una fecha futura' })).toBeVisible();
  await expect(problems.getByRole('cell', { name: 'Escribe el correo electrónico de la persona candidata' })).toBeVisible();
  await expect(page.getByText(/^2 filas: 0 listas para guardar, 2 con problemas\./)).toBeVisible();
  await expectNoAxeViolations(page);
});
