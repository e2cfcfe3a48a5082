// The plan of the code (shared/CONVENTIONS.md, README › Architecture), checked on the source tree:
// - app/ holds routes only: no server action is defined there ('use server', as a module or inline);
// - server actions live in lib/<domain>/actions.ts, every export named …Action;
// - components/ and lib/ never import from app/;
// - lib/'s entry points (the server actions and the job worker) are imported by app/, components/,
//   scripts/ and tests/ only, and below them no two lib/ units (a folder, or a file directly in lib/)
//   import each other, nor does any longer chain of imports come back where it started.
// Each rule is also run on a made-up violation, so that a check which could never fail is noticed.
import { describe, expect, it } from 'vitest';
import {
  cyclesOf,
  hasServerDirective,
  importsOf,
  isServerModule,
  readSource,
  resolveImport,
  sourceFiles,
  unitGraph,
} from '@/tests/support/source-tree';

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** Where a file's imports point inside the repository (packages left out). */
function resolvedImportsOf(file: string, text = readSource(file)): string[] {
  return importsOf(text).flatMap((spec) => resolveImport(file, spec) ?? []);
}

/** Imports of app/ from a file of components/ or lib/, as "file -> target". */
function importsIntoApp(files: Map<string, string>): string[] {
  return [...files].flatMap(([file, text]) =>
    resolvedImportsOf(file, text)
      .filter((target) => target === 'app' || target.startsWith('app/'))
      .map((target) => `${file} -> ${target}`),
  );
}

/** Files that define a server action where none belongs (anywhere but lib/<domain>/actions.ts). */
function misplacedServerActions(files: Map<string, string>): string[] {
  return [...files]
    .filter(([file, text]) => hasServerDirective(text) && !(isServerModule(text) && /^lib\/[a-z0-9-]+\/actions\.ts$/.test(file)))
    .map(([file]) => file);
}

/** Exports of a 'use server' module whose names do not end in Action. */
function badActionNames(file: string, text: string): string[] {
  const names = [...text.matchAll(/^export\s+(?:async\s+function|const|function|let)\s+(\w+)/gm)].map((m) => m[1]!);
  return names.filter((name) => !name.endsWith('Action')).map((name) => `${file}#${name}`);
}

const ENTRY_POINTS = (files: Map<string, string>) =>
  new Set([...files].filter(([file, text]) => isServerModule(text) || file === 'lib/jobs/worker.ts').map(([file]) => file));

describe('the plan of the code', () => {
  const source = (dirs: string[]) => new Map(sourceFiles(...dirs).map((f) => [f, readSource(f)] as const));
  const lib = new Map([...source(['lib'])].filter(([f]) => !isTest(f)));
  const components = source(['components']);
  const app = source(['app']);

  it('keeps server actions out of app/ and components/: each lives in lib/<domain>/actions.ts', () => {
    expect(misplacedServerActions(new Map([...app, ...components, ...lib]))).toEqual([]);
    const modules = [...lib].filter(([, text]) => isServerModule(text)).map(([file]) => file);
    expect(modules.length, 'the scan finds the actions').toBeGreaterThan(10);
  });

  it('names every server action …Action', () => {
    expect([...lib].filter(([, text]) => isServerModule(text)).flatMap(([file, text]) => badActionNames(file, text))).toEqual([]);
  });

  it('never imports app/ from components/ or lib/', () => {
    expect(importsIntoApp(new Map([...components, ...lib]))).toEqual([]);
  });

  it('imports lib/’s entry points (server actions, the job worker) only from app/, components/, scripts/ and tests/', () => {
    const entries = ENTRY_POINTS(lib);
    const offenders = [...lib].flatMap(([file, text]) =>
      resolvedImportsOf(file, text)
        .filter((target) => [...entries].some((entry) => entry.replace(/\.ts$/, '') === target))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no cycle among lib/’s folders (and top-level files) below its entry points', () => {
    const entries = ENTRY_POINTS(lib);
    const graph = unitGraph(
      new Map([...lib].filter(([file]) => !entries.has(file)).map(([file, text]) => [file, resolvedImportsOf(file, text)])),
    );
    expect(graph.size, 'the scan sees the folders').toBeGreaterThan(15);
    expect(cyclesOf(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });
});

describe('the checks catch what they are for', () => {
  it('finds a server action defined in app/ or components/, as a module or inline, or outside actions.ts', () => {
    const files = new Map([
      ['app/(portal)/x/actions.ts', "'use server';\nexport async function doItAction() {}\n"],
      ['app/(public)/x/page.tsx', "export default function Page() {\n  async function go() {\n    'use server';\n  }\n}\n"],
      ['components/x/form.tsx', '// a note\n"use server"\nexport async function goAction() {}\n'],
      ['lib/x/helpers.ts', "'use server';\nexport async function helpAction() {}\n"],
      ['lib/x/actions.ts', "'use server';\n\nexport const doAction = () => 1;\n"],
      ['lib/x/service.ts', "export const note = 'no directive here';\n"],
    ]);
    expect(misplacedServerActions(files)).toEqual([
      'app/(portal)/x/actions.ts',
      'app/(public)/x/page.tsx',
      'components/x/form.tsx',
      'lib/x/helpers.ts',
    ]);
  });

  it('finds an action not named …Action', () => {
    expect(
      badActionNames('lib/x/actions.ts', "'use server';\nexport const saveThing = a;\nexport async function dropAction() {}\n"),
    ).toEqual(['lib/x/actions.ts#saveThing']);
  });

  it('finds an import of app/, by alias or by a relative path', () => {
    const files = new Map([
      ['components/x/form.tsx', "import { goAction } from '@/app/(portal)/x/actions';\n"],
      ['lib/x/service.ts', "import type { Props } from '../../app/(admin)/layout';\nimport { z } from 'zod';\n"],
      ['lib/x/queries.ts', "import { prisma } from '@/lib/db';\n"],
    ]);
    expect(importsIntoApp(files)).toEqual(['components/x/form.tsx -> app/(portal)/x/actions', 'lib/x/service.ts -> app/(admin)/layout']);
  });

  it('finds two folders importing each other, and a longer cycle', () => {
    const graph = unitGraph(
      new Map([
        ['lib/a/one.ts', ['lib/b/two', 'lib/dates']],
        ['lib/b/two.ts', ['lib/a/three']],
        ['lib/c/x.ts', ['lib/d/y']],
        ['lib/d/y.ts', ['lib/e/z']],
        ['lib/e/z.ts', ['lib/c/w', 'lib/generated/prisma/client']],
        ['lib/dates.ts', []],
      ]),
    );
    expect(cyclesOf(graph)).toEqual([
      ['lib/a', 'lib/b'],
      ['lib/c', 'lib/d', 'lib/e'],
    ]);
  });
});
