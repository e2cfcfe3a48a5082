// `npm start`: the production server on every core. The primary process forks one web worker per core
// (WEB_CONCURRENCY overrides) that all serve one port (Node's cluster module), restarts a worker that
// dies, and runs the background jobs once (not once per worker) unless JOBS=off, e.g. when
// `npm run worker` runs them in a process of its own. Sessions, rate limits and caches live in
// PostgreSQL, so any worker can answer any request.
import cluster from 'node:cluster';
import os from 'node:os';
import path from 'node:path';

const log = (m: string) => console.log(`[start] ${m}`);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());
// A heap ceiling per worker keeps resident memory flat: V8 otherwise grows its old space lazily up
// to its default limit (gigabytes) before collecting it (README › Performance). WEB_MEMORY_MB overrides.
const heapMb = Number(process.env.WEB_MEMORY_MB) || 512;
// More node flags for each web worker (a CPU profile, another heap limit: a later flag wins).
const extraArgs = process.env.WEB_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];

cluster.setupPrimary({
  exec: path.join(import.meta.dirname, 'start-worker.mjs'),
  execArgv: [`--max-old-space-size=${heapMb}`, ...extraArgs],
});

let stopping = false;
const startedAt = new Map<number, number>();
function fork() {
  const worker = cluster.fork();
  startedAt.set(worker.id, Date.now());
}
cluster.on('exit', (worker, code, signal) => {
  if (stopping) return;
  // A worker that dies at once (a bad build, a missing setting) would be restarted in a tight loop.
  const livedMs = Date.now() - (startedAt.get(worker.id) ?? 0);
  log(`web worker ${worker.process.pid} ended (${signal ?? `code ${code}`}); starting another${livedMs < 5000 ? ' in 5 s' : ''}`);
  setTimeout(fork, livedMs < 5000 ? 5000 : 0);
});
for (let i = 0; i < workers; i++) fork();
log(`${workers} web worker(s) on port ${process.env.PORT ?? '3000'}, heap ceiling ${heapMb} MB each`);

let jobs: { stop: () => Promise<void> } | null = null;
if (process.env.JOBS !== 'off') {
  const { env } = await import('@/lib/env');
  const { startWorker } = await import('@/lib/jobs/worker');
  jobs = await startWorker({ databaseUrl: env().DATABASE_URL, log: (m) => log(`jobs: ${m}`) });
  log('background jobs running in this process (JOBS=off leaves them to `npm run worker`)');
}

async function shutdown() {
  if (stopping) return;
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  await jobs?.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
