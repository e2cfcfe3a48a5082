// Resident memory of the benchmark's server (scripts/bench.ts, scripts/bench-mixed.ts), read from /proc:
// each web worker's, and the whole tree's (the `npm start` primary and its web workers).
import { readdirSync, readFileSync } from 'node:fs';

/** The pid and every descendant of it. */
function processTree(root: number): number[] {
  const pids = [root];
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* gone */
    }
  }
  for (let i = 0; i < pids.length; i++) pids.push(...(children.get(pids[i]!) ?? []));
  return pids;
}

/** Resident memory in bytes (0 once the process is gone). */
export function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const isWebWorker = (pid: number) => {
  try {
    // Next.js renames its process (`next-server (v…)`), which rewrites the command line.
    return /start-worker\.mjs|next-server/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
};

export type Rss = { tree: number; workers: Map<number, number> };

/** The whole tree's resident memory and each web worker's, by pid, in bytes. */
export function sampleRss(root: number): Rss {
  const workers = new Map<number, number>();
  let tree = 0;
  for (const pid of processTree(root)) {
    const rss = rssOf(pid);
    tree += rss;
    if (isWebWorker(pid)) workers.set(pid, rss);
  }
  return { tree, workers };
}

/** Runs `run` while sampling memory every 100 ms: the peak of the tree and each worker's peak. */
export async function withPeakRss<T>(
  root: number,
  run: () => Promise<T>,
): Promise<{ value: T; peak: number; before: number; workerPeaks: number[] }> {
  const first = sampleRss(root);
  let peak = first.tree;
  const workerPeaks = new Map(first.workers);
  const sample = () => {
    const now = sampleRss(root);
    peak = Math.max(peak, now.tree);
    for (const [pid, rss] of now.workers) workerPeaks.set(pid, Math.max(workerPeaks.get(pid) ?? 0, rss));
  };
  const timer = setInterval(sample, 100);
  try {
    const value = await run();
    sample();
    return { value, peak, before: first.tree, workerPeaks: [...workerPeaks.values()] };
  } finally {
    clearInterval(timer);
  }
}
