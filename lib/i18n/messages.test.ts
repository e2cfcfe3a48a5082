// Keeps the languages in step: a message in one language and not the other, an empty message, or a
// key the code asks for that no language has, fails here (and so in CI) rather than on a page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageFiles, messageParts, messagesFor } from './messages';
import { LOCALES } from './locales';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as "a.b.c", with its text. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const root = path.resolve(import.meta.dirname, '../..');

/** The .ts/.tsx files of the portal's own code. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('messages', () => {
  const english = new Map(leaves(messageFiles.en));

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const other = new Map(leaves(messageFiles[locale]));
    expect(
      [...english.keys()].filter((k) => !other.has(k)),
      'missing in this language',
    ).toEqual([]);
    expect(
      [...other.keys()].filter((k) => !english.has(k)),
      'not in English',
    ).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty message', (locale) => {
    expect(leaves(messageFiles[locale]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
    const tags = (text: string) => [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();
    for (const locale of LOCALES) {
      for (const [key, text] of leaves(messageFiles[locale])) {
        const base = english.get(key) ?? '';
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(base));
        expect(tags(text), `${locale} ${key}`).toEqual(tags(base));
      }
    }
  });

  it.each(LOCALES)('%s defines each message in one file only', (locale) => {
    const keys = messageParts[locale].flatMap((part) => leaves(part).map(([key]) => key));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('falls back to English for a message a language lacks', () => {
    expect(messagesFor('es').layout.signIn).toBe('Iniciar sesión');
    expect(messagesFor('en').layout.signIn).toBe('Sign in');
  });

  it('has every key the code asks for', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of ['app', 'components', 'lib'].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
      const code = readFileSync(file, 'utf8');
      // The namespaces a file translates in: getTranslations('x') / useTranslations('x').
      const namespaces = [...code.matchAll(/(?:get|use)Translations\(\s*'([\w.]+)'\s*\)/g)].map((m) => m[1] ?? '');
      if (namespaces.length === 0) continue;
      // Literal keys of a translator: t('key'), t.rich('key', …), also under another name (status('…')).
      for (const match of code.matchAll(/\b(?:t|status)(?:\.rich|\.raw)?\(\s*'([\w.]+)'/g)) {
        const key = match[1] ?? '';
        checked += 1;
        if (!namespaces.some((ns) => english.has(`${ns}.${key}`))) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
