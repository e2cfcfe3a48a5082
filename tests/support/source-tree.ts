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

/** The unit of lib/'s layering a file belongs to: its folder under lib/ ("lib/mct"), or for a file
 * directly in lib/ the file itself ("lib/dates"). */
export function libUnitOf(file: string): string {
  const parts = file.replace(/\.tsx?$/, '').split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts.join('/');
}

/** The graph of which lib/ units import which (only edges between different units), from a map of
 * file -> its resolved imports. */
export function unitGraph(importsByFile: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of importsByFile) {
    const from = libUnitOf(file);
    for (const target of targets) {
      if (!target.startsWith('lib/') || target.startsWith('lib/generated/')) continue;
      const to = libUnitOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** The cycles of a directed graph, each once, as the list of its nodes (shortest first; at most
 * `limit` of them, which is plenty to say what to fix). */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlySet<string>>, limit = 50): string[][] {
  const found = new Map<string, string[]>();
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])])].sort();
  for (const start of nodes) {
    // Cycles through `start` whose other nodes all sort after it: each cycle is found from its least node.
    const walk = (node: string, path: string[]) => {
      for (const next of [...(graph.get(node) ?? [])].sort()) {
        if (found.size >= limit) return;
        if (next === start) found.set(path.join(' > '), [...path]);
        else if (next > start && !path.includes(next) && path.length < 12) walk(next, [...path, next]);
      }
    };
    walk(start, [start]);
  }
  return [...found.values()].sort((a, b) => a.length - b.length || a.join().localeCompare(b.join()));
}
