// Keyboard-only driving for the e2e journeys: focus moves with Tab and Shift+Tab only, text is typed into
// the focused field, choices are made with Space, Enter and the arrow keys. Every control a helper stops
// at must show a visible focus ring (the global `:focus-visible` outline in app/globals.css).
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

type TabOptions = { max?: number; backwards?: boolean };

/** A short description of the focused element, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const name =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
        ? (el.labels?.[0]?.textContent ?? el.name)
        : el.textContent);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${(name ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`;
  });
}

/** Whether the focused element is one of the elements `target` matches. */
async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => (elements as Element[]).includes(document.activeElement as Element));
}

/** Presses Tab (or Shift+Tab) until one of the elements `target` matches has focus, then checks its focus
 * ring. Fails, listing where focus went, when it is not reached within `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false }: TabOptions = {}): Promise<void> {
  await expect(target.first(), 'the control to tab to is on the page').toBeVisible();
  await expect(target.first(), 'the control to tab to is usable (its form is live)').toBeEnabled();
  const visited: string[] = [];
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) {
      await expectFocusRing(page);
      return;
    }
    if (presses === max) break;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    visited.push(await describeFocus(page));
  }
  throw new Error(
    `Not reached with ${max} ${backwards ? 'Shift+Tab' : 'Tab'} presses: ${String(target)}.\nFocus went to:\n  ${visited.join('\n  ')}`,
  );
}

/** Fails unless the focused element shows a focus indicator a sighted keyboard user sees: an outline of
 * some width and a visible colour, or a box-shadow ring. */
export async function expectFocusRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: false, why: 'nothing has focus' };
    const style = getComputedStyle(el);
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none' && style.boxShadow.trim() !== '';
    return {
      ok: outline || shadow,
      why: `<${el.tagName.toLowerCase()}> outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
    };
  });
  expect(ring.ok, `a visible focus ring on the focused element (${ring.why})`).toBe(true);
}

/** Tabs to a text field and types into it (the field is emptied first with the keyboard). */
export async function tabAndType(page: Page, field: Locator, text: string, options?: TabOptions): Promise<void> {
  await tabTo(page, field, options);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a date field and types the day (YYYY-MM-DD) in the browser's own order (en-US: month, day, year). */
export async function tabAndTypeDate(page: Page, field: Locator, day: string, options?: TabOptions): Promise<void> {
  await tabTo(page, field, options);
  const [year, month, date] = day.split('-');
  await page.keyboard.type(`${month}${date}${year}`);
  await expect(field).toHaveValue(day);
}

/** Tabs to a button or link and presses Enter. */
export async function tabAndPress(page: Page, control: Locator, options?: TabOptions): Promise<void> {
  await tabTo(page, control, options);
  // Marks the document: a result shown in it must keep focus (expectFocusKept); a new document (a full
  // page load) starts at the top, as every page does.
  await page.evaluate(() => ((window as { keyboardJourney?: boolean }).keyboardJourney = true));
  await page.keyboard.press('Enter');
}

/** Tabs to a checkbox and ticks it with Space. */
export async function tabAndCheck(page: Page, checkbox: Locator, options?: TabOptions): Promise<void> {
  await tabTo(page, checkbox, options);
  if (!(await checkbox.isChecked())) await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

/** Tabs to a select and moves with the arrow keys until the option `label` is chosen. */
export async function tabAndSelect(page: Page, select: Locator, label: string, options?: TabOptions): Promise<void> {
  await tabTo(page, select, options);
  const labels = await select.locator('option').allTextContents();
  const target = labels.findIndex((text) => text.trim() === label);
  expect(target, `"${label}" among the options (${labels.join(', ')})`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText(label);
}

/** Tabs into a radio group (focus lands on its checked or first radio) and moves with the arrow keys to
 * `radio`. */
export async function tabAndChooseRadio(page: Page, group: Locator, radio: Locator, options?: TabOptions): Promise<void> {
  await tabTo(page, group.getByRole('radio'), options);
  const count = await group.getByRole('radio').count();
  for (let i = 0; i < count && !(await isFocused(radio)); i++) await page.keyboard.press('ArrowRight');
  expect(await isFocused(radio), `arrow keys reach ${String(radio)}`).toBe(true);
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await expectFocusRing(page);
}

/** Asserts focus sits on `target` (a heading or message a result moved it to). */
export async function expectFocusOn(target: Locator): Promise<void> {
  await expect.poll(() => isFocused(target), { message: `focus moves to ${String(target)}` }).toBe(true);
}

/** After an action: focus is still somewhere a keyboard user can go on from (the result, a heading, the
 * control pressed), not dropped on the page's body, where the next Tab starts again from the top or from
 * where the old content was. A new document (a full page load) starts at the top, as every page does. Soft,
 * so one run lists every place that drops it. */
export async function expectFocusKept(page: Page, where: string): Promise<void> {
  const kept = () =>
    page.evaluate(
      () =>
        !(window as { keyboardJourney?: boolean }).keyboardJourney ||
        (document.activeElement !== null && document.activeElement !== document.body),
    );
  await expect.soft.poll(kept, { message: `focus is kept after ${where}`, timeout: 3_000 }).toBe(true);
}
