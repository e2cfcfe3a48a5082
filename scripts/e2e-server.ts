// The server the end-to-end tests run against: a production build on a fresh embedded database
// (or DATABASE_URL), with demo data, the worker and a local SMTP catcher read at /dev/mailbox.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, startStack, stopTogether } from './stack';

const log = (m: string) => console.log(`[e2e-server] ${m}`);
const port = process.env.E2E_PORT ?? '3100';
const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');

if (!existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'))) {
  log('no production build found; building');
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The worker (in this process) builds links in the emails it sends from APP_URL, as Next does.
process.env.APP_URL = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
const stack = await startStack({
  dataDir,
  ephemeral: true,
  seed: { selfServiceEnabled: true, pausesAroundToday: true, e2eMembers: true },
  log,
});
const server = spawn(process.execPath, [nextBin, 'start', '--port', port, '--hostname', '127.0.0.1'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...stack.env,
    APP_URL: `http://127.0.0.1:${port}`,
    AUTH_URL: `http://127.0.0.1:${port}`,
    // A test deployment: demo accounts sign in with the demo password, /dev/mailbox shows the mail.
    DEMO_MODE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

stopTogether(server, stack);
