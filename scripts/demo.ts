// `npm run demo`: the portal as a newcomer should meet it. A production build (made once, and again
// whenever the code is newer than it) served on the embedded database with the demo data, the mail
// catcher and the worker, so every page answers at once instead of compiling on its first visit.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startStack, stopTogether } from './stack';

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const log = (m: string) => console.log(`[portal ${seconds()}] ${m}`);
const port = process.env.PORT ?? '3000';
const distDir = path.join(ROOT, process.env.NEXT_DIST_DIR ?? '.next');
const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');

/** The newest modification time under the paths a build is made from. */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'generated' && name !== 'node_modules') visit(path.join(p, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of ['app', 'components', 'lib', 'public', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'prisma/schema.prisma']) {
    visit(path.join(ROOT, p));
  }
  return newest;
}

function buildIfStale(): Promise<void> {
  const buildId = path.join(distDir, 'BUILD_ID');
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSource()) {
    log('the production build is up to date');
    return Promise.resolve();
  }
  log('making the production build (about a minute on an idle 2-core machine, up to four on a busy one; only when the code changed)…');
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [nextBin, 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
}

// The database and the build do not depend on each other: prepare both at once.
log('starting the embedded database, the mail catcher and the worker, and loading the demo data…');
const [stack] = await Promise.all([startStack({ dataDir: path.join(ROOT, '.data'), ephemeral: false, seed: true, log }), buildIfStale()]);

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
// `npm start`'s server (a web worker per core); the jobs already run in this process with the stack.
const server = spawn(process.execPath, [...process.execArgv, path.join(ROOT, 'scripts/start.ts')], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: {
    ...process.env,
    ...stack.env,
    PORT: port,
    JOBS: 'off',
    APP_URL: appUrl,
    AUTH_URL: process.env.AUTH_URL ?? appUrl,
    DEMO_MODE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});
let announced = false;
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (/Ready in/.test(chunk.toString()) && !announced) {
    announced = true;
    log(`ready: open ${appUrl} and sign in with a demo account (README › Demo accounts); mail lands at ${appUrl}/dev/mailbox`);
  }
});

stopTogether(server, stack);
