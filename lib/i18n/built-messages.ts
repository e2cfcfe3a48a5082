// Failure messages built with values ("Renewal opens on 2027-01-01, …", a CSV row's "Certificate ID X
// appears twice …") in the reader's language. The code keeps writing its English sentence, unchanged;
// the `builtErrors` messages (lib/i18n/messages/errors.<locale>.json) hold each such sentence as an
// English template with {placeholders} and its translation. A message is matched against the English
// templates, its values are taken out, said in the reader's language where they can be (by the
// placeholder's name: dates, status words, lists, nested sentences, counts), and put in the
// translation. A message no template matches is shown as written.
// Dates are written with Intl here, as lib/format.ts writes them (which imports this folder's Locale).
import { messagesFor } from './messages';
import { intlLocale, type Locale } from './locales';
import { fillTemplate, templatePattern } from './template';

type Tree = { [key: string]: string | Tree };
type Template = ReturnType<typeof templatePattern> & { path: string[] };

function leaves(tree: Tree, prefix: string[] = []): [string[], string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...prefix, key], value] as [string[], string]] : leaves(value, [...prefix, key]),
  );
}

function at(tree: Tree | undefined, path: string[]): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const tree = (locale: Locale, name: 'builtErrors' | 'errorWords') =>
  (messagesFor(locale) as unknown as Record<string, Tree | undefined>)[name];

let compiled: Template[] | null = null;

/** The English templates, most specific (longest fixed text) first. */
function templates(): Template[] {
  compiled ??= leaves(tree('en', 'builtErrors') ?? {})
    .map(([path, english]) => ({ path, ...templatePattern(english) }))
    .sort((a, b) => b.literal - a.literal);
  return compiled;
}

/** Every English template, for the tests that keep them equal to what the code builds. */
export function builtErrorTemplates(): { key: string; english: string }[] {
  return leaves(tree('en', 'builtErrors') ?? {}).map(([path, english]) => ({ key: path.join('.'), english }));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WRITTEN_DAY = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})(?: at (\\d{2}:\\d{2}) ([A-Z][A-Za-z ]*Time|UTC))?`, 'g');

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A YYYY-MM-DD day as lib/format.ts's formatDayKey writes it. */
function writtenDay(key: string, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${key}T00:00:00Z`));
}

/** A zone's generic name, as lib/time-zones.ts's zoneName says it ("Pacific Time", "hora del Pacífico"). */
function zoneName(timeZone: string, locale: Locale): string {
  if (timeZone === 'UTC') return 'UTC';
  const parts = new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(
    new Date(),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

let zonesByEnglishName: Map<string, string> | null = null;

/** An English zone name ("Pacific Time") → a time zone that has it. */
function zoneOfName(name: string): string | undefined {
  zonesByEnglishName ??= new Map(
    Intl.supportedValuesOf('timeZone')
      .map((zone) => [zoneName(zone, 'en'), zone] as const)
      .reverse(),
  );
  return zonesByEnglishName.get(name);
}

/** The days ("14 March 2026", "2026-03-14") and instants ("15 April 2027 at 23:59 Pacific Time") of a
 * text, as `locale` writes them. */
export function localizeDays(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return writtenDay(text, locale);
  return text.replace(WRITTEN_DAY, (whole, day: string, month: string, year: string, time?: string, zone?: string) => {
    const written = writtenDay(`${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`, locale);
    if (!time) return written;
    const timeZone = zone === 'UTC' ? 'UTC' : zone && zoneOfName(zone);
    return `${written} a las ${time} ${timeZone ? zoneName(timeZone, locale) : zone}`;
  });
}

/** A placeholder's value in `locale`, by the placeholder's name: day…/when… dates, word… a status or
 * verb (the `errorWords` messages), list… items joined by "; " or ", ", text… a sentence of its own,
 * count… a number; anything else (names, codes) as written. */
function localizeValue(name: string, value: string, locale: Locale, fixed: FixedLookup, depth: number): string | null {
  if (name.startsWith('day') || name.startsWith('when')) return localizeDays(value, locale);
  if (name.startsWith('word')) {
    // wordStatus → errorWords.status, wordVerb → errorWords.verb, …
    const group = name.slice(4).toLowerCase();
    return at(tree(locale, 'errorWords'), [group, value.toLowerCase().replace(/\W+/g, '_')]) ?? value;
  }
  if (name.startsWith('count') && /^[\d,]+$/.test(value)) return Number(value.replace(/,/g, '')).toLocaleString(intlLocale(locale));
  if (name.startsWith('list')) {
    const separator = value.includes('; ') ? '; ' : ', ';
    return value
      .split(separator)
      .map((item) => localizeBuilt(item, locale, fixed, depth + 1) ?? item)
      .join(separator);
  }
  // A sentence of its own: said in `locale`, or the whole message is left as written (never half of it).
  if (name.startsWith('text')) return localizeBuilt(value, locale, fixed, depth + 1);
  return value;
}

/** A fixed message's translation by its English (app-errors.ts owns that index), or null. */
export type FixedLookup = (message: string, locale: Locale) => string | null;

/** A message built with values, said in `locale` (a value that is a fixed sentence through `fixed`;
 * one `given` by the code that threw it in that language); null when no template matches it. */
export function localizeBuilt(
  message: string,
  locale: Locale,
  fixed: FixedLookup,
  depth = 0,
  given: Readonly<Record<string, (locale: Locale) => string>> = {},
): string | null {
  if (locale === 'en') return message;
  const known = fixed(message, locale);
  if (known !== null) return known;
  if (depth > 3) return null;
  const translations = tree(locale, 'builtErrors');
  for (const template of templates()) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const translation = at(translations, template.path);
    if (!translation) return null;
    const values = template.names.map(
      (name, i) => [name, given[name]?.(locale) ?? localizeValue(name, match[i + 1] ?? '', locale, fixed, depth)] as const,
    );
    if (values.some(([, value]) => value === null)) continue;
    return fillTemplate(translation, new Map(values as (readonly [string, string])[]));
  }
  return null;
}

/** One `builtErrors` message in `locale`, filled with `values` (already said in that language): for
 * code that writes a message's parts itself, in English and in the reader's language alike. */
export function sayBuilt(key: string, values: Readonly<Record<string, string>>, locale: Locale): string {
  const path = key.split('.');
  const text = at(tree(locale, 'builtErrors'), path) ?? at(tree('en', 'builtErrors'), path) ?? key;
  return fillTemplate(text, new Map(Object.entries(values)));
}
