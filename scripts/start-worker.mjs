// One web worker of `npm start` (scripts/start.ts): Next.js's own `next start`, run inside a cluster
// worker. Node's cluster module hands the listening socket to the primary, which spreads connections
// over the workers, so every worker serves the same port. Plain Node (no TypeScript loader, no
// react-server condition): Next's server must resolve React as it does under `next start`.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = process.env.PORT ?? '3000';
const args = ['start', '--port', port];
if (process.env.BIND_HOST) args.push('--hostname', process.env.BIND_HOST);
process.argv = [process.argv[0], path.join(root, 'node_modules/next/dist/bin/next'), ...args];
process.chdir(root);
// WEB_MEMORY_LOG_MS (the benchmark's mixed run, scripts/bench-mixed.ts): print this worker's memory as
// one `[memory] {json}` line that often; the V8 heap is not visible from outside the process.
const every = Number(process.env.WEB_MEMORY_LOG_MS);
if (every > 0) {
  setInterval(() => {
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    console.log(`[memory] ${JSON.stringify({ pid: process.pid, rss, heapUsed, heapTotal, external })}`);
  }, every).unref();
}
await import('next/dist/bin/next');
