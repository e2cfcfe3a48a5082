// Where the CPU goes: reads V8 CPU profiles (.cpuprofile, e.g. from `npm run bench -- --server-node-args=
// "--cpu-prof --cpu-prof-dir=DIR"`, one per web worker) and prints the self time by package or part of
// the server, as a share of the time the process was busy (idle excluded), and the busiest functions.
//
//   node --import tsx scripts/cpu-profile-summary.ts DIR-or-files… [--top 15]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type Profile = { nodes: { id: number; callFrame: CallFrame }[]; samples: number[]; timeDeltas: number[] };

/** The part of the server a frame belongs to: a package, the app's bundle, Node itself, or V8. */
export function categoryOf({ functionName, url }: CallFrame): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)') return 'V8 and native code (unattributed)';
    if (functionName === '(idle)') return '(idle)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('node:')) {
    const mod = url.slice(5).replace(/^internal\//, '');
    return `node: ${/^(streams|http|net|fs|crypto|zlib|url|buffer|util|timers|process|async_hooks|webstreams)/.exec(mod)?.[1] ?? mod.split('/')[0]}`;
  }
  const file = url.replace(/^file:\/\//, '');
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+(?:\/[^/]+)?)/.exec(file);
  if (compiled) {
    const name = compiled[1]!;
    if (name.startsWith('next-server/app-page')) return 'next: app-page runtime (React server rendering, RSC)';
    return `next (compiled): ${name.replace(/\/.*$/, '')}`;
  }
  if (/node_modules\/next\/dist\/server\//.test(file)) return 'next: server (routing, responses)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return pkg[1]!.startsWith('.prisma') || pkg[1]!.startsWith('@prisma') ? 'prisma' : pkg[1]!;
  if (/\/lib\/generated\/prisma\//.test(file)) return 'prisma';
  if (/\/\.next[^/]*\/server\//.test(file)) {
    // The build's server chunks are named after what they hold: a package bundled into the app
    // (node_modules_next-intl_dist_…, node_modules_@auth_core_…), our own folders, or a mix.
    const name = path.basename(file);
    const bundled = /^node_modules_(@[^_]+_)?([^_]+)/.exec(name);
    if (bundled) return `${bundled[1] ? `${bundled[1].slice(0, -1)}/` : ''}${bundled[2]} (bundled)`;
    const ours = /^(app|components|lib)_/.exec(name);
    if (ours) return `our code: ${ours[1]}/ (bundled)`;
    return 'bundled chunks mixing several modules';
  }
  return path.basename(file);
}

export type CpuSummary = {
  busyMs: number;
  idleMs: number;
  categories: { category: string; ms: number; share: number }[];
  functions: { fn: string; category: string; ms: number; share: number }[];
};

/** Self time per category and per function over the profiles, as shares of the busy time. */
export function summarizeProfiles(profiles: Profile[]): CpuSummary {
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, { category: string; us: number }>();
  let idle = 0;
  for (const p of profiles) {
    const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
    p.samples.forEach((id, i) => {
      const frame = frames.get(id)!;
      const us = p.timeDeltas[i] ?? 0;
      const category = categoryOf(frame);
      if (category === '(idle)') {
        idle += us;
        return;
      }
      byCategory.set(category, (byCategory.get(category) ?? 0) + us);
      const fn = `${frame.functionName || '(anonymous)'} ${frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''}`.trim();
      const f = byFunction.get(fn) ?? byFunction.set(fn, { category, us: 0 }).get(fn)!;
      f.us += us;
    });
  }
  const busy = [...byCategory.values()].reduce((s, v) => s + v, 0);
  const share = (us: number) => (busy > 0 ? Math.round((us / busy) * 1000) / 10 : 0);
  return {
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    categories: [...byCategory]
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, ms: Math.round(us / 1000), share: share(us) })),
    functions: [...byFunction]
      .sort((a, b) => b[1].us - a[1].us)
      .map(([fn, { category, us }]) => ({ fn, category, ms: Math.round(us / 1000), share: share(us) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
  const files = positionals.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(p, f))
      : [p],
  );
  if (files.length === 0) throw new Error('usage: cpu-profile-summary.ts DIR-or-files… [--top N]');
  const summary = summarizeProfiles(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Profile));
  const top = Number(values.top);
  console.log(`${files.length} profile(s): ${summary.busyMs} ms busy, ${summary.idleMs} ms idle; self time as a share of busy time`);
  console.table(summary.categories.slice(0, top).map((c) => ({ category: c.category, ms: c.ms, '%': c.share })));
  console.table(
    summary.functions.slice(0, top).map((f) => ({ function: f.fn.slice(0, 70), category: f.category, ms: f.ms, '%': f.share })),
  );
}
