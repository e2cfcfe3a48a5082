// A nominator and a reviewer whose browser prefers Spanish: the nomination form, its field errors,
// the reviewer's queue and a review page speak Spanish (the English specs, nomination-journey and
// review-cycle, see the same pages as they always were).
import type { Browser, Page } from '@playwright/test';
import { DEMO_CRITERIA, expect, expectNoAxeViolations, signInWithPassword, test, DEMO_PASSWORD } from './fixtures';

test.use({ locale: 'es-ES' });

/** Omar's nomination in the current cycle: seeded submitted, and no other spec assigns it. */
const NOMINEE = 'Omar Nominee';

/** Signs in through the Spanish password form. */
async function signInInSpanish(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in?with=password');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Iniciar sesión con contraseña' }) });
  await form.getByLabel('Correo electrónico').fill(email);
  await form.getByLabel('Contraseña').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Iniciar sesión con contraseña' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** The admin (an English browser: program administration stays English) assigns Riley to Omar's nomination. */
async function assignRiley(browser: Browser): Promise<void> {
  const admin = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await signInWithPassword(admin, 'admin@demo.test');
  await admin.goto('/admin/reviews');
  const picker = admin.getByLabel('Award cycle');
  // The demo's current cycle by its name (its award year starts 220 days after the seed): other specs add
  // cycles of their own (next year's, copied), so the first one listed is not always it.
  const startYear = new Date(Date.now() + 220 * 86_400_000).getUTCFullYear();
  const current = await picker
    .locator('option', { hasText: `MVP award cycle ${startYear}–${startYear + 1}` })
    .first()
    .getAttribute('value');
  await picker.selectOption(current!);
  await admin.getByRole('button', { name: 'Show' }).click();
  await admin
    .getByRole('navigation', { name: 'Categories' })
    .getByRole('link', { name: /^Azure \(/ })
    .click();
  await admin.getByRole('checkbox', { name: `Select ${NOMINEE}` }).check();
  await admin.getByRole('checkbox', { name: /^Riley Reviewer/ }).check();
  await admin.getByRole('button', { name: 'Assign to 1 selected submission' }).click();
  await expect(admin.getByText(/^Assigned 1 review/)).toBeVisible();
  await admin.context().close();
}

test('a nominator fills in the nomination form in Spanish, with Spanish field errors', async ({ page }) => {
  await signInInSpanish(page, 'mvp@demo.test');
  await page.goto('/nominations/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nominar a alguien' })).toBeVisible();
  await expect(page).toHaveTitle(/^Nominar a alguien/);
  await expect(page.getByRole('group', { name: 'A quién nominas' })).toBeVisible();
  await expect(page.getByLabel('Correo electrónico de la persona nominada')).toBeVisible();
  await expect(page.getByLabel('Categoría del premio')).toBeVisible();
  await expect(page.getByLabel('De qué conoces a la persona nominada')).toHaveValue('COMMUNITY_PEER');
  await expect(page.getByLabel('De qué conoces a la persona nominada').locator('option:checked')).toHaveText(
    'Compañero o compañera de la comunidad',
  );
  await expect(page.getByText(/^¿Qué hizo, para quién y con qué efecto\? Al menos 80 caracteres\. 0 \/ 2000$/)).toBeVisible();
  await expectNoAxeViolations(page);

  // An empty submit: each field says what is missing, in Spanish, and the first one has the focus.
  await page.getByRole('button', { name: 'Nominar', exact: true }).click();
  const name = page.getByLabel('Nombre completo de la persona nominada');
  await expect(name).toHaveAccessibleDescription(/Escribe al menos 2 caracteres\./);
  await expect(name).toBeFocused();
  await expect(page.getByLabel('Correo electrónico de la persona nominada')).toHaveAccessibleDescription(/Este campo es obligatorio\./);
  await expect(page.getByText('Escribe al menos 80 caracteres.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a reviewer reads their queue and a review page in Spanish', async ({ browser, page }) => {
  test.setTimeout(180_000);
  await assignRiley(browser);

  await signInInSpanish(page, 'reviewer@demo.test');
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Revisiones' })).toBeVisible();
  await expect(page.getByText(/^Presentaciones que tienes asignadas, primero las que vencen antes\. Revisas: /)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Por revisar \(\d+\)$/ })).toBeVisible();
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `${NOMINEE} · Azure` }) });
  await expect(row).toContainText(/Nominación · Sin empezar · vence el \d{1,2} de [a-z]+ de \d{4}/);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: `${NOMINEE} · Azure` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${NOMINEE} · Azure` })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Volver a tus revisiones' })).toBeVisible();
  await expect(page.getByText('Tu revisión: Sin empezar.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'La nominación' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tus puntuaciones' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Tu grado de confianza' })).toBeVisible();
  await expect(page.getByLabel('Comentarios para el comité')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enviar la revisión' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Guardar borrador' })).toBeVisible();
  await expect(
    page.getByText('Las puntuaciones y los comentarios de los demás revisores aparecen aquí cuando hayas enviado tu propia revisión.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The evidence list: types, roles, audiences, metrics and numbers, the private note and the reach lines.
  await expect(
    page.getByText(/^Un percentil de alcance ubica la cifra principal de alcance de un elemento entre los elementos/),
  ).toBeVisible();
  const blog = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /lessons learned/ }) });
  await expect(blog).toContainText(/Entrada de blog o artículo · Autor · \d{1,2} de [a-z]+ de \d{4}/);
  await expect(blog).toContainText(' · para ');
  await expect(blog.getByText('Alto impacto')).toBeVisible();
  await expect(blog.getByText('Visualizaciones:')).toBeVisible();
  await expect(blog.getByText('14.800', { exact: true })).toBeVisible();
  await expect(blog.getByText('Nota privada para los revisores')).toBeVisible();
  await expect(blog.locator('[data-reach]')).toHaveText(
    /^Percentil de alcance \(visualizaciones\): (percentil \d+ de [\d.]+ elementos “Entrada de blog o artículo” en .+ en este ciclo|no hay suficientes para comparar \([\d.]+ elementos? “Entrada de blog o artículo” en este ciclo; un percentil necesita 20\)|todavía sin clasificar .*)$/,
  );

  // The conflict form, and its field error, in Spanish (nothing is declared: Riley goes on to review).
  await page.getByText(`Declarar un conflicto de intereses con ${NOMINEE}`).click();
  const reason = page.getByLabel('¿Cuál es el conflicto?');
  await expect(reason).toHaveAccessibleDescription(/Por ejemplo: trabajamos en la misma empresa/);
  await page.getByRole('button', { name: 'Declarar el conflicto' }).click();
  await expect(reason).toHaveAccessibleDescription(/Escribe al menos 5 caracteres\./);

  // The discussion waits for his own review; once it is in, he posts a comment, all in Spanish.
  const discussion = page.locator('#discussion');
  await expect(
    discussion.getByText(/^La discusión de los revisores sobre esta presentación se abre para ti cuando hayas enviado/),
  ).toBeVisible();
  for (const label of DEMO_CRITERIA) {
    await page
      .getByRole('group', { name: new RegExp(`^${label}`) })
      .getByRole('radio', { name: '4', exact: true })
      .check();
  }
  await page.getByRole('radio', { name: /^Alta:/ }).check();
  await page.getByLabel('Comentarios para el comité').fill('Buena constancia durante todo el año.');
  await page.getByLabel('Comentarios para la persona candidata').fill('Gracias por las respuestas en los foros.');
  await page.getByRole('button', { name: 'Enviar la revisión' }).click();
  await expect(page.getByText('Tu revisión: Enviada.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reabrir mi revisión' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Discusión \(\d+\)$/ })).toBeVisible();
  await expect(discussion.getByText(/^Solo para los revisores de esta presentación y el equipo del programa/)).toBeVisible();
  const box = discussion.getByRole('textbox', { name: 'Tu comentario' });
  await expect(box).toHaveAccessibleDescription(/Puedes editarlo durante \d+ minutos\./);
  const text = `Comentario en español ${Math.random().toString(36).slice(2, 7)}`;
  await box.fill(text);
  await expect(discussion.getByText(/^Borrador guardado/)).toBeVisible();
  await discussion.getByRole('button', { name: 'Publicar el comentario' }).click();
  const mine = discussion.getByRole('article').filter({ hasText: text });
  await expect(mine).toBeVisible();
  // Reviewers are named to each other in the reader's language.
  await expect(mine).toHaveAccessibleName(/^Comentario de Revisor [A-Z]$/);
  await expect(mine).toContainText(/Revisor [A-Z]/);
  await expect(mine).toContainText('(tú)');
  await expect(mine.locator('time')).toHaveText(/^\d{1,2} de [a-z]+ de \d{4} a las \d{2}:\d{2} /);
  await expect(mine.getByText(/^Editar \(hasta las \d{2}:\d{2} .+\)$/)).toBeVisible();
  await expect(box).toHaveValue('');
  await expectNoAxeViolations(page);
});

test('a nominee reads an invitation link’s problem and their nomination in Spanish', async ({ page }) => {
  await page.goto('/invitations/not-a-real-token-at-all-0123456789');
  await expect(page.getByRole('heading', { level: 1, name: 'Este enlace de invitación no es válido' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Inicia sesión para ver tu nominación' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nina's nomination (seeded submitted; no spec changes it).
  await signInInSpanish(page, 'nina.nominee@fabrikam-demo.test');
  await page.goto('/nominations');
  await page
    .getByRole('link', { name: /^Azure/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu nominación MVP en Azure' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'La nominación' })).toBeVisible();
  await expect(page.getByText('Plazo para las evidencias')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lo que presentaste' })).toBeVisible();
  await expect(page.getByText(/^Presentado el \d{1,2} de [a-z]+ de \d{4}, del /)).toBeVisible();
  await expectNoAxeViolations(page);
});
