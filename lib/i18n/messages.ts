// The messages of each language. English is complete and is the fallback: a Spanish message that is
// missing (lib/i18n/messages.test.ts fails the build's tests when one is) shows in English.
// Each language is the base file (en.json / es.json) merged with its part files (<area>.<locale>.json), one
// per area of the portal, so that work on one area does not touch the others' lines.
import en from './messages/en.json';
import es from './messages/es.json';
import candidateEn from './messages/candidate.en.json';
import candidateEs from './messages/candidate.es.json';
import reviewEn from './messages/review.en.json';
import reviewEs from './messages/review.es.json';
import mctEn from './messages/mct.en.json';
import mctEs from './messages/mct.es.json';
import generalEn from './messages/general.en.json';
import generalEs from './messages/general.es.json';
import errorsEn from './messages/errors.en.json';
import errorsEs from './messages/errors.es.json';
import type { Locale } from './locales';

export type Messages = typeof en & typeof candidateEn & typeof reviewEn & typeof mctEn & typeof generalEn & typeof errorsEn;
type Tree = { [key: string]: string | Tree };

/** `primary` over `fallback`, namespace by namespace. */
function merged(primary: Tree, fallback: Tree): Tree {
  const out: Tree = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    out[key] = typeof value === 'object' && typeof base === 'object' ? merged(value, base) : value;
  }
  return out;
}

function combine(...parts: Tree[]): Tree {
  return parts.reduce<Tree>((all, part) => merged(part, all), {});
}

/** Each language's files, base first. */
export const messageParts: Record<Locale, Tree[]> = {
  en: [en, candidateEn, reviewEn, mctEn, generalEn, errorsEn],
  es: [es, candidateEs, reviewEs, mctEs, generalEs, errorsEs],
};

const files: Record<Locale, Tree> = { en: combine(...messageParts.en), es: combine(...messageParts.es) };

const byLocale: Record<Locale, Messages> = {
  en: files.en as Messages,
  es: merged(files.es, files.en) as Messages,
};

/** Every message of a language, English where it has none of its own. */
export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/** Each language's own messages (no fallback), for the test that keeps them in step. */
export const messageFiles: Record<Locale, Tree> = files;

/** The `zod` messages a language's forms need (null for English, whose schemas say their own), with
 * English's `zod.custom` to find a schema's own message by its text (lib/i18n/zod-issues.ts). */
export function zodMessagesFor(locale: Locale): (Messages['zod'] & { customEnglish: Record<string, string> }) | null {
  return locale === 'en' ? null : { ...byLocale[locale].zod, customEnglish: byLocale.en.zod.custom };
}
