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
await import('next/dist/bin/next');
