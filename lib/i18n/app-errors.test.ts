// The failure messages of services in another language: each `appErrors` entry's English must be a message the
// code really throws (a string in lib/), or its translation would never be shown.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appErrorEnglish, localizeAppError } from './app-errors';

const root = path.resolve(import.meta.dirname, '../..');

function code(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? '' : code(full);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

describe('localizeAppError', () => {
  it('says a known failure in Spanish and leaves English alone', () => {
    const stale = 'Someone changed this meanwhile. Reload to see the change; what you typed is kept here.';
    expect(localizeAppError(stale, 'es')).toMatch(/^Alguien cambió esto/);
    expect(localizeAppError(stale, 'en')).toBe(stale);
  });

  it('shows a message it has no translation for as the service wrote it', () => {
    expect(localizeAppError('Nomination for Ada Lovelace was withdrawn.', 'es')).toBe('Nomination for Ada Lovelace was withdrawn.');
  });

  it('only translates messages the code really says', () => {
    const source = ['lib', 'app'].map((dir) => code(path.join(root, dir))).join('\n');
    const quoted = (text: string) => [`'${text.replace(/'/g, "\\'")}'`, `"${text}"`, `\`${text}\``].some((q) => source.includes(q));
    expect(appErrorEnglish().filter((text) => !quoted(text))).toEqual([]);
    expect(appErrorEnglish().length).toBeGreaterThanOrEqual(3);
  });
});
