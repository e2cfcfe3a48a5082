// The messages of each language. English is complete and is the fallback: a Spanish message that is
// missing (lib/i18n/messages.test.ts fails the build's tests when one is) shows in English.
import en from './messages/en.json';
import es from './messages/es.json';
import type { Locale } from './locales';

export type Messages = typeof en;
type Tree = { [key: string]: string | Tree };

function withFallback(primary: Tree, fallback: Tree): Tree {
  const out: Tree = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    out[key] = typeof value === 'object' && typeof base === 'object' ? withFallback(value, base) : value;
  }
  return out;
}

const byLocale: Record<Locale, Messages> = { en, es: withFallback(es, en) as Messages };

/** Every message of a language, English where it has none of its own. */
export function messagesFor(locale: Locale): Messages {
  return byLocale[locale];
}

/** The raw message files, for the test that keeps them in step. */
export const messageFiles: Record<Locale, Tree> = { en, es };
