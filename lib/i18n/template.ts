// Messages written with {placeholders}, read backwards: an English template as a pattern that finds
// the values in a sentence the code built, and a translation filled with them. Safe for the browser.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type TemplatePattern = { names: string[]; pattern: RegExp; literal: number };

/** An English template as a pattern: its words literally, each {placeholder} as a group (a {column…}
 * is a file's column name: letters, digits, _ and spaces). `literal` is the length of the fixed text:
 * the longer, the more specific. */
export function templatePattern(english: string): TemplatePattern {
  const parts = english.split(/\{(\w+)\}/);
  const names = parts.filter((_, i) => i % 2 === 1);
  const source = parts.map((part, i) => (i % 2 === 0 ? escape(part) : part.startsWith('column') ? '([\\w ]+?)' : '(.+?)')).join('');
  const literal = parts.filter((_, i) => i % 2 === 0).join('').length;
  return { names, pattern: new RegExp(`^${source}$`, 's'), literal };
}

/** A translation with its {placeholders} filled; one without a value is left as written. */
export function fillTemplate(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values.get(name) ?? whole);
}

/** Templates by key, most specific first. */
export function compileTemplates(byKey: Record<string, string>): (TemplatePattern & { key: string })[] {
  return Object.entries(byKey)
    .map(([key, english]) => ({ key, ...templatePattern(english) }))
    .sort((a, b) => b.literal - a.literal);
}
