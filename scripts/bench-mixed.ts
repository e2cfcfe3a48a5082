// `npm run bench -- --mixed 600`: the memory run of issue 18. 8 connections (--connections) spread over
// every page of the benchmark, each with its signed-in session, for N seconds, while the resident memory
// of each web worker and of the primary is sampled every second and each worker reports its V8 heap
// (scripts/start-worker.mjs, WEB_MEMORY_LOG_MS). Prints per minute: each worker's peak resident memory
// and heap used, the primary's, the requests answered and the errors; at the end, whether every worker
// stayed under 1 GB. With --heap-snapshots DIR, one worker writes a heap snapshot after the first minute
// (warm) and another after the load (`--heapsnapshot-signal=SIGUSR2`); scripts/heap-diff.ts compares them.
import autocannon from 'autocannon';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { rssOf, sampleRss } from './bench-rss';

export const MEMORY_LOG_PREFIX = '[memory] ';
const GB = 1e9;
const MB = 1e6;

type Heap = { heapUsed: number; heapTotal: number; external: number; at: number };

/** The latest heap figures each web worker printed (one `[memory] {json}` line a second), by pid. */
export function watchWorkerHeaps(stdout: Readable | null): Map<number, Heap> {
  const heaps = new Map<number, Heap>();
  let rest = '';
  stdout?.setEncoding('utf8');
  stdout?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith(MEMORY_LOG_PREFIX)) continue;
      try {
        const m = JSON.parse(line.slice(MEMORY_LOG_PREFIX.length)) as Heap & { pid: number };
        heaps.set(m.pid, { heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, at: Date.now() });
      } catch {
        /* a line cut by another writer */
      }
    }
  });
  return heaps;
}

type WorkerMinute = {
  pid: number;
  rssMb: number;
  heapUsedMb: number | null;
  heapTotalMb: number | null;
  /** Peak while it wrote a heap snapshot (which needs about as much memory again as the heap), kept apart. */
  whileSnapshottingMb?: number;
};
export type MixedMinute = {
  minute: number;
  loadAverage: number;
  requests: number;
  errors: number;
  primaryRssMb: number;
  treeRssMb: number;
  workers: WorkerMinute[];
  /** What happened in that minute that weighs on the figures (a heap snapshot being written). */
  note?: string;
};
export type MixedResult = {
  seconds: number;
  connections: number;
  targets: string[];
  minutes: MixedMinute[];
  requests: number;
  errors: number;
  /** Each worker's peak resident memory over the whole run, MB (pid → MB), outside a snapshot's writing. */
  workerPeakRssMb: Record<string, number>;
  everyWorkerUnder1Gb: boolean;
  snapshots: { when: string; pid: number; file: string }[];
};

type Target = { name: string; path: string; cookie?: string };

/** Sends SIGUSR2 to the worker and waits until its heap snapshot is written whole in `dir`. */
async function takeSnapshot(pid: number, dir: string, log: (m: string) => void): Promise<string> {
  const before = new Set(existsSync(dir) ? readdirSync(dir) : []);
  const started = Date.now();
  process.kill(pid, 'SIGUSR2');
  let last = -1;
  let stable = 0;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    const file = readdirSync(dir).find((f) => f.endsWith('.heapsnapshot') && !before.has(f));
    if (!file) {
      if (Date.now() - started > 300_000) throw new Error(`worker ${pid} wrote no heap snapshot within 5 minutes`);
      continue;
    }
    // Node writes the file in place: it is whole once its size stops changing.
    const size = statSync(path.join(dir, file)).size;
    stable = size > 0 && size === last ? stable + 1 : 0;
    last = size;
    if (stable >= 3) {
      log(`heap snapshot of worker ${pid}: ${file} (${(size / MB).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
      return path.join(dir, file);
    }
  }
}

/** The mixed run: load on every target at once for `seconds`, memory sampled every second. */
export async function runMixed(opts: {
  base: string;
  serverPid: number;
  targets: Target[];
  seconds: number;
  connections: number;
  heaps: Map<number, Heap>;
  snapshotDir?: string;
  log: (m: string) => void;
}): Promise<MixedResult> {
  const { log } = opts;
  const startedAt = Date.now();
  const minuteOf = () => Math.floor((Date.now() - startedAt) / 60_000);
  const minutes: MixedMinute[] = [];
  const minute = (m: number): MixedMinute =>
    (minutes[m] ??= { minute: m + 1, loadAverage: 0, requests: 0, errors: 0, primaryRssMb: 0, treeRssMb: 0, workers: [] });
  const peaks = new Map<number, number>();
  let snapshotting = 0;

  const sample = () => {
    const now = minute(minuteOf());
    const rss = sampleRss(opts.serverPid);
    now.loadAverage = Math.round(os.loadavg()[0]! * 100) / 100;
    now.primaryRssMb = Math.max(now.primaryRssMb, Math.round(rssOf(opts.serverPid) / MB));
    now.treeRssMb = Math.max(now.treeRssMb, Math.round(rss.tree / MB));
    for (const [pid, bytes] of rss.workers) {
      let w = now.workers.find((x) => x.pid === pid);
      if (!w) now.workers.push((w = { pid, rssMb: 0, heapUsedMb: null, heapTotalMb: null }));
      if (pid === snapshotting) {
        w.whileSnapshottingMb = Math.max(w.whileSnapshottingMb ?? 0, Math.round(bytes / MB));
        continue;
      }
      peaks.set(pid, Math.max(peaks.get(pid) ?? 0, bytes));
      w.rssMb = Math.max(w.rssMb, Math.round(bytes / MB));
      const heap = opts.heaps.get(pid);
      if (heap && Date.now() - heap.at < 5000) {
        w.heapUsedMb = Math.max(w.heapUsedMb ?? 0, Math.round(heap.heapUsed / MB));
        w.heapTotalMb = Math.max(w.heapTotalMb ?? 0, Math.round(heap.heapTotal / MB));
      }
    }
  };
  sample();
  const timer = setInterval(sample, 1000);

  // Every connection goes round the targets in order, each request with its own session.
  const instance = autocannon(
    {
      url: opts.base,
      connections: opts.connections,
      duration: opts.seconds,
      // A worker writing a heap snapshot stops answering for a while: no time-out counts that as an error.
      timeout: opts.snapshotDir ? 300 : 30,
      requests: opts.targets.map((t) => ({ method: 'GET', path: t.path, headers: t.cookie ? { cookie: t.cookie } : {} })),
    },
    () => {},
  );
  instance.on('response', (_client, status) => {
    const m = minute(minuteOf());
    m.requests++;
    if (status < 200 || status > 299) m.errors++;
  });
  instance.on('reqError', () => minute(minuteOf()).errors++);
  let printed = 0;
  const print = (upTo: number) => {
    for (; printed < upTo; printed++) {
      const m = minutes[printed];
      if (!m) continue;
      const workers = m.workers
        .map(
          (w) =>
            `${w.pid} ${w.rssMb} MB (heap ${w.heapUsedMb ?? '?'} MB${w.whileSnapshottingMb ? `; ${w.whileSnapshottingMb} MB while snapshotting` : ''})`,
        )
        .join(', ');
      log(
        `minute ${m.minute}: ${m.requests} answered, ${m.errors} errors, load ${m.loadAverage}; workers ${workers}; primary ${m.primaryRssMb} MB${m.note ? `; ${m.note}` : ''}`,
      );
    }
  };
  const printer = setInterval(() => print(minuteOf()), 1000);

  const snapshots: MixedResult['snapshots'] = [];
  const worker = () => [...sampleRss(opts.serverPid).workers.keys()].sort((a, b) => a - b)[0]!;
  let snapshotPid = 0;
  const warmSnapshot = (async () => {
    if (!opts.snapshotDir) return;
    // After the first minute (or a quarter of a short run): every page has been rendered many times.
    await new Promise((r) => setTimeout(r, Math.min(60, opts.seconds / 4) * 1000));
    snapshotPid = worker();
    const m = minute(minuteOf());
    m.note = `heap snapshot of worker ${snapshotPid}`;
    snapshotting = snapshotPid;
    snapshots.push({ when: 'warm', pid: snapshotPid, file: await takeSnapshot(snapshotPid, opts.snapshotDir, log) });
    snapshotting = 0;
  })();
  await new Promise((resolve) => instance.on('done', resolve));
  await warmSnapshot;
  clearInterval(printer);
  clearInterval(timer);
  print(minutes.length);
  if (opts.snapshotDir && snapshotPid) {
    if (rssOf(snapshotPid) === 0) log(`worker ${snapshotPid} is gone: no snapshot after the run`);
    else snapshots.push({ when: 'after', pid: snapshotPid, file: await takeSnapshot(snapshotPid, opts.snapshotDir, log) });
  }

  const workerPeakRssMb = Object.fromEntries([...peaks].map(([pid, b]) => [String(pid), Math.round(b / MB)]));
  return {
    seconds: opts.seconds,
    connections: opts.connections,
    targets: opts.targets.map((t) => t.name),
    minutes: minutes.filter(Boolean),
    requests: minutes.reduce((s, m) => s + (m?.requests ?? 0), 0),
    errors: minutes.reduce((s, m) => s + (m?.errors ?? 0), 0),
    workerPeakRssMb,
    everyWorkerUnder1Gb: [...peaks.values()].every((b) => b < GB),
    snapshots,
  };
}
