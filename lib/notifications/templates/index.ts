// Email templates by name: each turns typed data into a subject, a plain-text part and an HTML part.
// One file per program (mvp.ts, mct.ts) so the programs' emails grow apart without colliding.
import type { Locale } from '@/lib/i18n/locales';
import { authTemplates } from './auth';
import { digestTemplates } from './digest';
import { discussionTemplates } from './discussions';
import type { RenderedEmail } from './layout';
import { mctTemplates } from './mct';
import { mvpTemplates } from './mvp';
import { privacyTemplates } from './privacy';
import { programYearTemplates } from './program-year';

export { escapeHtml, type RenderedEmail } from './layout';

export const templates = {
  ...authTemplates,
  ...mvpTemplates,
  ...discussionTemplates,
  ...mctTemplates,
  ...digestTemplates,
  ...privacyTemplates,
  ...programYearTemplates,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<T extends TemplateName> = Parameters<(typeof templates)[T]>[0];

/** Renders a template by name, in the recipient's language where the template has it (English
 * otherwise: README, Languages). */
export function renderTemplate<T extends TemplateName>(name: T, data: TemplateData<T>, locale: Locale = 'en'): RenderedEmail {
  return (templates[name] as (d: TemplateData<T>, locale: Locale) => RenderedEmail)(data, locale);
}
