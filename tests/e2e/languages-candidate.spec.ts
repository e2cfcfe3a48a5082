// A candidate's and a nominator's pages in a Spanish browser: submitting evidence for a nomination,
// endorsing one, importing contributions from a CSV, an MVP's award and its renewal. Nothing is
// submitted, endorsed or imported here: the demo's records (Casey's accepted nomination by Morgan,
// Morgan's active award) stay as the later journeys expect them.
import type { Browser, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from './fixtures';

test.use({ locale: 'es-ES' });

const SPANISH_DATE = /\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/;

async function signInInSpanish(page: Page, email: string) {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Iniciar sesión con contraseña' }) });
  await form.getByLabel('Correo electrónico').fill(email);
  await form.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Iniciar sesión con contraseña' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function spanishPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'es-ES' })).newPage();
  await signInInSpanish(page, email);
  return page;
}

test('a nominee chooses evidence to submit in Spanish, and another nominator is offered to endorse it in Spanish', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInInSpanish(page, 'candidate@demo.test');
  await page.goto('/evidence');
  await page.getByRole('link', { name: 'Elegir y presentar evidencias' }).first().click();
  await expect(page).toHaveURL(/\/nominations\/[0-9a-f-]{36}\/submit$/);
  const nominationId = /\/nominations\/([0-9a-f-]{36})\/submit$/.exec(page.url())![1]!;

  await expect(page.getByRole('heading', { level: 1, name: 'Presenta tus evidencias' })).toBeVisible();
  await expect(page).toHaveTitle(/^Presenta tus evidencias/);
  await expect(page.getByText(/^Para tu nominación MVP en Azure\. Plazo: /)).toContainText(SPANISH_DATE);
  await expect(page.getByLabel('Tu área de especialidad en Azure')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Contribuciones que presentas' })).toBeVisible();
  await expect(
    page.getByText(/^Solo se pueden presentar las contribuciones con fecha dentro del periodo \(del .+ al .+\)\.$/),
  ).toContainText(SPANISH_DATE);
  // Contribution types in Spanish, with Spanish dates.
  await expect(page.getByText(/^Entrada de blog o artículo · /).first()).toContainText(SPANISH_DATE);
  // Reach figures by their Spanish names, numbers written the Spanish way.
  await expect(page.getByText(/Asistentes: 85 · Sesiones: 1$/)).toBeVisible();
  await expect(page.getByText('¿Falta algo?')).toBeVisible();
  await expect(page.getByRole('link', { name: 'vuelve a la nominación' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The confirmation step speaks Spanish too; going back changes nothing.
  await page.getByRole('button', { name: /^Revisar \d+ contribuci(ón|ones)$/ }).click();
  await expect(page.getByRole('heading', { name: 'Confirma tu presentación' })).toBeFocused();
  await expect(page.getByText(/^Se envía(n)? a revisión \d+ contribuci(ón|ones), exactamente como est(á|án) ahora\./)).toBeVisible();
  await expect(page.getByText('Área de especialidad:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirmar y presentar' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Volver a la lista' }).click();
  await expect(page.getByRole('group', { name: 'Contribuciones que presentas' })).toBeVisible();

  // The nomination's own page: its status badge and history in Spanish.
  await page.goto(`/nominations/${nominationId}`);
  await expect(page.getByText('Aceptada: evidencias en preparación').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Historial de esta nominación' })).toContainText('Invitada');
  await expect(page.getByRole('heading', { name: 'Qué pasa ahora' })).toBeVisible();

  // A nomination that does not exist (or is not theirs) says so in Spanish.
  await page.goto('/nominations/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1, name: 'No encontramos la nominación' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ir a tus nominaciones' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Another nominator, offered to endorse the open nomination.
  const emery = await spanishPage(browser, 'employee@demo.test');
  await emery.goto(`/nominations/${nominationId}/endorse`);
  await expect(emery.getByRole('heading', { level: 1, name: 'Respalda la nominación de Casey Candidate' })).toBeVisible();
  await expect(emery.getByText(/^Casey Candidate ya tiene una nominación abierta en Azure/)).toBeVisible();
  await expect(emery.getByLabel('Tu respaldo: el impacto que has visto')).toHaveAccessibleDescription(/Al menos 80 caracteres\. 0 \/ 2000/);
  await expect(emery.getByRole('button', { name: 'Respaldar la nominación' })).toBeVisible();
  await expect(emery).toHaveTitle(/^Respaldar una nominación/);
  // The draft line under the form says, in Spanish, that what is typed is kept; the draft is then discarded.
  const statement = emery.getByLabel('Tu respaldo: el impacto que has visto');
  await statement.fill('Un borrador de respaldo escrito en español.');
  await expect(emery.getByText(/^Borrador guardado/)).toBeVisible();
  await expectNoAxeViolations(emery);
  await emery.getByRole('button', { name: 'Descartar el borrador' }).click();
  await expect(statement).toHaveValue('');
  await emery.context().close();
});

test('a candidate checks a CSV of contributions in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'candidate@demo.test');
  await page.goto('/evidence/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Importar contribuciones desde un CSV' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Descarga la plantilla CSV' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Hasta 100 caracteres.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tipos y las columnas de alcance que usan' })).toBeVisible();
  await expect(page.getByText('(Entrada de blog o artículo)', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // One good row and one without its type: the check says so in Spanish, and nothing is saved.
  const csv = [
    'type,role,title,description,start_date,audience,views',
    'BLOG,AUTHOR,Notas de Azure en español,Una serie de artículos sobre Azure para la comunidad hispanohablante.,2026-01-10,DEVELOPERS,12000',
    ',AUTHOR,Sin tipo,Una fila sin tipo de contribución.,2026-01-11,DEVELOPERS,',
  ].join('\n');
  await page.getByLabel('Pega el CSV').fill(csv);
  await page.getByRole('button', { name: 'Revisar las filas' }).click();
  await expect(page.getByText('1 fila es válida, 1 necesita corrección.')).toBeVisible();
  await expect(page.getByText(/^Todavía no se ha guardado nada\. Corrige las filas de abajo/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Filas que necesitan corrección' })).toBeVisible();
  await expect(page.getByText('Fila 3: Sin tipo')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Filas válidas' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Alcance' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Entrada de blog o artículo' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Visualizaciones: 12.000' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Importar solo la fila válida (1)' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an MVP reads their award, its renewal and the dashboard’s award part in Spanish', async ({ page }) => {
  await signInInSpanish(page, 'mvp@demo.test');
  const active = page.getByText(/^MVP en activo: /);
  await expect(active).toContainText('Azure');
  await expect(page.getByText(/^Año del premio: /).first()).toContainText(SPANISH_DATE);
  await expectNoAxeViolations(page);

  await active.getByRole('link', { name: 'Azure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu premio MVP en Azure' })).toBeVisible();
  await expect(page).toHaveTitle(/^Tu premio MVP/);
  await expect(page.getByText('Aceptaste este premio')).toBeVisible();
  await expect(page.getByText(/^Aceptado el /)).toContainText(SPANISH_DATE);
  await expect(page.getByRole('heading', { name: 'Qué sigue' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tu panel', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tu certificado' })).toBeVisible();
  await expectNoAxeViolations(page);

  const awardUrl = page.url();
  await page.goto(`${awardUrl}/renew`);
  await expect(page.getByRole('heading', { level: 1, name: 'Renueva tu premio MVP en Azure' })).toBeVisible();
  await expect(page.getByText(/^Tu año del premio termina el /)).toContainText(SPANISH_DATE);
  await expect(page.getByRole('heading', { name: /^Tus contribuciones del .+ al .+$/ })).toBeVisible();
  await expect(page.getByText('Las contribuciones que son parte de tu trabajo a tiempo completo no se presentan.')).toBeVisible();
  // Morgan's window is open (prisma/seed-data.ts): the button, or why not, in Spanish.
  await expect(
    page.getByRole('button', { name: 'Presentar mi renovación' }).or(page.getByText(/^Tus evidencias no tienen ninguna contribución/)),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
