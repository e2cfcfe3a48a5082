// Reading the repository's own source as text: which files are server-action modules, and what each
// file imports. Used by the authorization matrix (to find every door) and lib/architecture.test.ts
// (to hold the layout of the code to its plan).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = process.cwd();

const SKIPPED_DIRS = new Set(['node_modules', 'generated', '.git']);

/** Every .ts/.tsx file under the given folders (relative to the repository root), sorted. */
export function sourceFiles(...dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) walk(p);
      } else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path.relative(ROOT, p));
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return out.sort();
}

/** The text of a file under the repository root. */
export function readSource(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/** Whether a module's first statement is the 'use server' directive (comments may come before it). */
export function isServerModule(text: string): boolean {
  const code = text.replace(/^(?:\s+|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
  return /^(['"])use server\1\s*(?:;|\n|$)/.test(code);
}

/** Whether a 'use server' directive appears anywhere in the text (an inline server action too). */
export function hasServerDirective(text: string): boolean {
  return /(['"])use server\1/.test(text);
}

/** Every server-action module of the app, wherever it lives (lib/, app/, components/). */
export function serverModules(): string[] {
  return sourceFiles('lib', 'app', 'components').filter((f) => !/\.test\.tsx?$/.test(f) && isServerModule(readSource(f)));
}

/** The module specifiers a file imports or re-exports (static and dynamic imports). */
export function importsOf(text: string): string[] {
  const specs = new Set<string>();
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*from\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) specs.add(m[1]!);
  return [...specs];
}

/** Where an import of `spec` from `file` points inside the repository (relative path without
 * extension), or null for a package. */
export function resolveImport(file: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.')) return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
  return null;
}
