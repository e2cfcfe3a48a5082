// `npm run dev`: the portal with demo data, on an embedded PostgreSQL unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, startStack, stopTogether } from './stack';

const log = (m: string) => console.log(`[portal] ${m}`);
const port = process.env.PORT ?? '3000';
const stack = await startStack({ dataDir: path.join(ROOT, '.data'), ephemeral: false, seed: true, log });

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
const next = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'dev', '--port', port], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, ...stack.env, APP_URL: appUrl, AUTH_URL: process.env.AUTH_URL ?? appUrl, NEXT_TELEMETRY_DISABLED: '1' },
});
log(`open http://localhost:${port} (demo accounts are listed in README.md)`);

stopTogether(next, stack);
