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
  await expect(page.getByText(/^Formaciones impartidas que terminaron en el último año: \d+ en total/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Renovación', exact: true })).toBeVisible();
  await expect(page.getByText(/^La renovación se abre el .+, 90 días antes de que termine tu año\.$/)).toBeVisible();
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
