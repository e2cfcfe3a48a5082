// `npm run bench`: the portal at program scale. Builds for production (unless --no-build), brings up
// the benchmark database with the large dataset (scripts/bench-db.ts, loaded once), starts
// `next start`, signs in as each role through the real password sign-in, and drives load with
// autocannon at a few concurrency levels against the pages people use most, beside a trivial route
// (/api/health) as the floor. Then times a 100,000-row CSV export and a 10,000-row CSV import.
// Prints one table and writes bench/results.json. It prints figures; it asserts nothing.
//
//   npm run bench -- --quick            small dataset (scale 0.05), 3 requests per connection: a smoke run
//   npm run bench -- --duration 20      seconds per concurrency level (default 10)
//   npm run bench -- --no-build --scale 0.2 --connections 1,8,32
//   npm run bench -- --no-build --only "review page,admin dashboard" --no-one-offs --connections 32
//   npm run bench -- --no-build --server-node-args="--cpu-prof --cpu-prof-dir=/tmp/prof"
//   npm run bench -- --no-build --no-one-offs --connections 1 --save-pages /tmp/pages
//
// --only keeps the floor, the static page and the named targets; --server-node-args go to every web worker
// (a CPU profile, a smaller heap to tell a leak from a lazy collector); --no-one-offs skips the
// export and import timings.
//
// Queries per request come from pg_stat_statements (preloaded in the embedded server): the calls
// the app made while one load ran, divided by the requests answered (transaction control excluded).
// Memory is the resident set of each web worker and of the whole server (primary and workers), sampled
// every 100 ms. The server is `npm start` (scripts/start.ts): --workers N web workers (default: cores).
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { addDays } from '@/lib/dates';
import { freePort } from './db/embedded';
import { prepareBenchDatabase, ROOT } from './bench-db';
import { demoSession } from './demo-session';
import { browserAvailable, closeBrowser, measureFeel, type FeelFigures } from './bench-browser';
import { BENCH_IMPORTER_EMAIL } from './large-dataset';
import { withPeakRss } from './bench-rss';
import { runMixed, watchWorkerHeaps } from './bench-mixed';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    duration: { type: 'string' },
    scale: { type: 'string' },
    connections: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    'no-one-offs': { type: 'boolean', default: false },
    'server-node-args': { type: 'string' },
    'save-pages': { type: 'string' },
    workers: { type: 'string' },
    mixed: { type: 'string' },
    'heap-snapshots': { type: 'string' },
  },
});
const quick = args.quick;
const scale = Number(args.scale ?? (quick ? '0.05' : '1'));
const duration = Number(args.duration ?? '10');
// A quick run sends a fixed number of requests per level instead, so that even 32 connections on a
// busy machine complete some (a short timed run can end before the first answer).
const amountPer = (connections: number) => (quick && !args.duration ? connections * 3 : undefined);
const levels = (args.connections ?? '1,8,32').split(',').map(Number);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const log = (m: string) => console.log(`[bench] ${m}`);
const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');

// ── Build ──
if (!args['no-build'] || !existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
  log(`next build (into ${distDir})`);
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ── First-load JavaScript per route, from the build's manifests (gzip, as served) ──
function firstLoadJs(): Record<string, number> {
  const dist = path.join(ROOT, distDir);
  const routes = JSON.parse(readFileSync(path.join(dist, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) {
      const full = path.join(dist, file.replace(/^\/_next\//, ''));
      gz.set(file, existsSync(full) ? gzipSync(readFileSync(full), { level: 9 }).length : 0);
    }
    return gz.get(file)!;
  };
  const result: Record<string, number> = {};
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith('/page')) continue;
    const dir = path.join(dist, 'server/app', entry);
    const buildManifest = path.join(dir, 'build-manifest.json');
    const clientManifest = `${dir}_client-reference-manifest.js`;
    if (!existsSync(buildManifest) || !existsSync(clientManifest)) continue;
    const files = new Set<string>((JSON.parse(readFileSync(buildManifest, 'utf8')) as { rootMainFiles: string[] }).rootMainFiles);
    // The manifest is a script assigning one object; its entryJSFiles lists the chunks of the
    // layouts, boundaries and the page itself. global-error loads only when the root layout fails.
    const text = readFileSync(clientManifest, 'utf8');
    const json = text.slice(text.indexOf('= {') + 2).replace(/;\s*$/, '');
    const entries = (JSON.parse(json) as { entryJSFiles?: Record<string, string[]> }).entryJSFiles ?? {};
    for (const [key, chunks] of Object.entries(entries)) if (!key.endsWith('/global-error')) chunks.forEach((c) => files.add(c));
    result[route] = [...files].reduce((sum, f) => sum + size(f), 0);
  }
  return result;
}

// ── Database and server ──
const startedAt = Date.now();
const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
const db = await prepareBenchDatabase({ scale, log });
log(db.large.loaded ? `large dataset loaded in ${db.large.seconds.toFixed(1)} s` : 'large dataset was already there');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const mixedSeconds = args.mixed === undefined ? null : Number(args.mixed || '600');
const snapshotDir = args['heap-snapshots'] ? path.resolve(args['heap-snapshots']) : undefined;
if (snapshotDir) mkdirSync(snapshotDir, { recursive: true });
const serverNodeArgs = [
  args['server-node-args'] ?? '',
  snapshotDir ? `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}` : '',
].join(' ');
// The server as `npm start` runs it (scripts/start.ts): one web worker per core on one port behind
// Node's cluster primary. --workers sets WEB_CONCURRENCY; --server-node-args go to every web worker.
// The background jobs stay off: their schedules would run against the large dataset mid-measurement.
const webWorkers = Number(args.workers ?? os.availableParallelism());
const server: ChildProcess = spawn(
  process.execPath,
  ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts/start.ts')],
  {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      WEB_CONCURRENCY: String(webWorkers),
      WEB_NODE_ARGS: serverNodeArgs,
      JOBS: 'off',
      DATABASE_URL: db.url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      APP_URL: base,
      AUTH_URL: base,
      // A test deployment: the demo accounts sign in with the demo password.
      DEMO_MODE: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      // The mixed run reads each worker's heap from the `[memory] {json}` lines it prints every second.
      ...(mixedSeconds ? { WEB_MEMORY_LOG_MS: '1000' } : {}),
    },
  },
);
const heaps = watchWorkerHeaps(server.stdout);
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();

async function shutdown(code: number) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  await sql.end().catch(() => {});
  await db.stop().catch(() => {});
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(130));

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {
    /* not up yet */
  }
  if (i > 600) throw new Error('npm start did not answer within a minute');
  await new Promise((r) => setTimeout(r, 100));
}
log(`npm start on ${base}: ${webWorkers} web worker(s)`);

// ── Queries per request ──
async function resetStatements() {
  if (db.statements) await sql.query('SELECT pg_stat_statements_reset()');
}
async function countStatements(): Promise<number | null> {
  if (!db.statements) return null;
  const { rows } = await sql.query<{ n: string }>(
    `SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'
       AND s.query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|DEALLOCATE|DISCARD)\\b'`,
  );
  return Number(rows[0]!.n);
}

// ── Sign-in, as a person does it: the CSRF token, then the password callback ──
const signIn = (email: string) => demoSession(base, email);
const cookie = {
  admin: await signIn('admin@demo.test'),
  reviewer: await signIn('reviewer@demo.test'),
  candidate: await signIn('candidate@demo.test'),
  provider: await signIn('provider@demo.test'),
  importer: await signIn(BENCH_IMPORTER_EMAIL),
};
log('signed in as admin, reviewer, candidate, provider and an MCT member');

// The records the pages open: the reviewer's biggest current review, the current cycle's Azure decisions.
const pickRow = async (text: string, values: unknown[] = []) => (await sql.query<Record<string, string>>(text, values)).rows[0] ?? {};
const review = await pickRow(
  `SELECT a."submissionId" AS id FROM "ReviewAssignment" a JOIN "User" u ON u.id = a."reviewerId"
   WHERE u.email = 'reviewer@demo.test' AND a.status IN ('ASSIGNED','IN_PROGRESS')
   ORDER BY (SELECT count(*) FROM "SubmissionItem" i WHERE i."submissionId" = a."submissionId") DESC LIMIT 1`,
);
const decisions = await pickRow(
  `SELECT s."cycleId" AS cycle, s."categoryId" AS category FROM "Submission" s JOIN "AwardCycle" c ON c.id = s."cycleId"
   WHERE c.status = 'OPEN' AND s.status = 'UNDER_REVIEW' GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
);

type Target = { name: string; path: string; cookie?: string; route: string };
const STATIC_PATH = '/privacy';
const targets: Target[] = [
  { name: 'floor: /api/health', path: '/api/health', route: '/api/health' },
  // A page of static text in the portal's layout, signed in: what any page costs before its own data.
  { name: 'plain page (/privacy)', path: '/privacy', cookie: cookie.candidate, route: '/privacy' },
  { name: 'reviewer queue', path: '/reviews', cookie: cookie.reviewer, route: '/reviews' },
  { name: 'review page', path: `/reviews/${review.id}`, cookie: cookie.reviewer, route: '/reviews/[submissionId]' },
  {
    name: 'decision table',
    path: `/admin/decisions?cycle=${decisions.cycle}&category=${decisions.category}`,
    cookie: cookie.admin,
    route: '/admin/decisions',
  },
  { name: 'evidence log + chart', path: '/evidence', cookie: cookie.candidate, route: '/evidence' },
  { name: 'provider completions', path: '/provider', cookie: cookie.provider, route: '/provider' },
  { name: 'admin dashboard', path: '/admin', cookie: cookie.admin, route: '/admin' },
];

/** One autocannon run, with every response's latency (autocannon's own summary has no p95). */
function load(opts: autocannon.Options): Promise<{ result: autocannon.Result; latencies: number[] }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}
/** The p-th percentile in milliseconds (nearest rank), one decimal. */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
}

type LoadRow = {
  target: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  p95VsFloor: number | null;
  /** p95 divided by the static page's (the layout signed in) at the same connections. */
  p95VsStatic: number | null;
  errors: number;
  queriesPerRequest: number | null;
  peakRssMb: number;
  /** Each web worker's peak resident memory during the run, MB. */
  workerRssMb: string;
  /** Size of one answer (body and headers, as sent: compressed when the server compressed it). */
  kbPerResponse: number | null;
};
const rows: LoadRow[] = [];
// What a person feels on these pages while 8 connections load the server (scripts/bench-browser.ts).
const FEEL_TARGETS = new Set(['review page', 'evidence log + chart']);
const FEEL_CONNECTIONS = 8;
const feel: ({ target: string } & FeelFigures)[] = [];
if (!browserAvailable()) log('no Chromium at /usr/bin/chromium (CHROMIUM_PATH): time to first byte and LCP are not measured');
const floorP95 = new Map<number, number>();
const staticP95 = new Map<number, number>();

const only = args.only?.split(',').map((n) => n.trim());
// ── The mixed run (--mixed N): every target at once for N seconds, memory per minute; nothing else ──
if (mixedSeconds) {
  const mixed = await runMixed({
    base,
    serverPid: server.pid!,
    targets: targets.filter((t) => !only || t.path === '/api/health' || t.path === STATIC_PATH || only.includes(t.name)),
    seconds: mixedSeconds,
    connections: Number(args.connections ?? '8'),
    heaps,
    snapshotDir,
    log,
  });
  const machine = {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
    node: process.version,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
    webWorkers,
    heapCeilingMb: Number(process.env.WEB_MEMORY_MB) || 512,
  };
  log(
    `${mixed.requests} answered, ${mixed.errors} errors in ${mixedSeconds} s; peak RSS per worker ${Object.values(mixed.workerPeakRssMb).join(' / ')} MB: ${mixed.everyWorkerUnder1Gb ? 'every worker stayed under 1 GB' : 'a worker went over 1 GB'}; load average ${machine.loadAverageAtStart.join(' ')} at the start, ${machine.loadAverageAtEnd.join(' ')} at the end`,
  );
  // The 10-minute run on the full data is the reference; shorter or partial runs go beside it, untracked.
  const reference = mixedSeconds >= 600 && scale === 1 && !args.only;
  const out = path.resolve(ROOT, args.out ?? (reference ? 'bench/memory-results.json' : 'bench/partial-memory-results.json'));
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), machine, scale, ...mixed }, null, 2)}\n`);
  log(`figures written to ${path.relative(ROOT, out)}`);
  await shutdown(0);
}
for (const target of targets) {
  if (only && target.path !== '/api/health' && target.path !== STATIC_PATH && !only.includes(target.name)) continue;
  // One request first: a page that fails or redirects to sign-in would measure nothing.
  const probe = await fetch(base + target.path, { headers: target.cookie ? { Cookie: target.cookie } : {}, redirect: 'manual' });
  const body = await probe.arrayBuffer();
  // --save-pages DIR keeps one answer of each target, to see what a page sends.
  if (args['save-pages']) {
    mkdirSync(args['save-pages'], { recursive: true });
    writeFileSync(path.join(args['save-pages'], `${target.name.replace(/[^a-z0-9]+/gi, '-')}.html`), Buffer.from(body));
  }
  if (probe.status !== 200) {
    log(`${target.name}: ${target.path} answered ${probe.status}; skipped`);
    continue;
  }
  for (const connections of levels) {
    await resetStatements();
    const {
      value: run,
      peak,
      workerPeaks,
    } = await withPeakRss(server.pid!, async () => {
      const measuring = connections === FEEL_CONNECTIONS && FEEL_TARGETS.has(target.name) && browserAvailable();
      const [loaded, felt] = await Promise.all([
        load({
          url: base + target.path,
          connections,
          duration,
          amount: amountPer(connections),
          headers: target.cookie ? { cookie: target.cookie } : {},
        }),
        measuring ? measureFeel(base + target.path, target.cookie) : null,
      ]);
      if (felt) {
        feel.push({ target: target.name, ...felt });
        log(
          `${target.name} in Chromium under load: TTFB ${felt.warmTtfbMs} ms, LCP ${felt.warmLcpMs} ms (first visit ${felt.coldTtfbMs} / ${felt.coldLcpMs} ms)`,
        );
      }
      return loaded;
    });
    const { result, latencies } = run;
    const statements = await countStatements();
    const answered = result.requests.total;
    // Requests still in flight when the run ends were sent and queried too: divide by those sent.
    const sent = Math.max(answered, (result.requests as { sent?: number }).sent ?? answered);
    const p95 = percentile(latencies, 95);
    if (target.path === '/api/health') floorP95.set(connections, p95);
    if (target.path === STATIC_PATH) staticP95.set(connections, p95);
    const floor = floorP95.get(connections);
    const plain = staticP95.get(connections);
    rows.push({
      target: target.name,
      connections,
      requests: answered,
      // Answered over the run's length (autocannon's per-second average is coarse for short runs).
      rps: result.duration > 0 ? Math.round((answered / result.duration) * 10) / 10 : 0,
      p50: percentile(latencies, 50),
      p95,
      p99: percentile(latencies, 99),
      p95VsFloor: floor && answered > 0 ? Math.round((p95 / floor) * 10) / 10 : null,
      p95VsStatic: plain && answered > 0 ? Math.round((p95 / plain) * 10) / 10 : null,
      errors: result.errors + result.timeouts + result.non2xx,
      queriesPerRequest: statements === null || sent === 0 ? null : Math.round((statements / sent) * 10) / 10,
      peakRssMb: Math.round(peak / 1e6),
      workerRssMb: workerPeaks.map((b) => Math.round(b / 1e6)).join(' / '),
      kbPerResponse: answered > 0 ? Math.round(result.throughput.total / answered / 102.4) / 10 : null,
    });
    log(`${target.name} @${connections}: ${rows.at(-1)!.rps} req/s, p95 ${p95} ms`);
  }
}

// The benchmark's imports are taken out again (here, in case a run was interrupted, and after
// timing them), so the dataset, and the export's row count, stay the same from run to run.
async function removeBenchImports(): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "TrainingDelivery" d USING "User" u
     WHERE d."userId" = u.id AND u.email = $1 AND d."trainingPartner" LIKE 'Bench %'`,
    [BENCH_IMPORTER_EMAIL],
  );
  return rowCount ?? 0;
}
{
  const removed = await removeBenchImports();
  if (removed > 0) log(`removed ${removed} deliveries an earlier run imported`);
}

// ── The 100,000-row export: streamed, so the server's memory should stay flat ──
type OneOff = { name: string; runs: number; seconds: number[]; note: string; rssBeforeMb?: number; peakRssMb?: number };
const oneOffs: OneOff[] = [];
if (!args['no-one-offs']) {
  const exportPath = '/api/exports/deliveries';
  const probe = await fetch(base + exportPath, { headers: { Cookie: cookie.admin }, method: 'GET', redirect: 'manual' });
  await probe.body?.cancel();
  if (probe.status !== 200) {
    oneOffs.push({
      name: 'CSV export (deliveries)',
      runs: 0,
      seconds: [],
      note: `${exportPath} answered ${probe.status}: no export to time yet`,
    });
  } else {
    const seconds: number[] = [];
    let lines = 0;
    let bytes = 0;
    const { peak, before } = await withPeakRss(server.pid!, async () => {
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const res = await fetch(base + exportPath, { headers: { Cookie: cookie.admin } });
        const reader = res.body!.getReader();
        lines = 0;
        bytes = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.length;
          for (const b of value) if (b === 10) lines++;
        }
        seconds.push((performance.now() - t) / 1000);
      }
    });
    oneOffs.push({
      name: 'CSV export (deliveries)',
      runs: 3,
      seconds,
      note: `${lines - 1} rows, ${(bytes / 1e6).toFixed(1)} MB`,
      rssBeforeMb: Math.round(before / 1e6),
      peakRssMb: Math.round(peak / 1e6),
    });
  }
}

// ── The 10,000-row import: preview (validate) then import (validate and save), as the page does ──
if (!args['no-one-offs']) {
  const today = new Date().toISOString().slice(0, 10);
  const seconds: number[] = [];
  let note = '';
  const runId = randomBytes(3).toString('hex');
  const { peak, before } = await withPeakRss(server.pid!, async () => {
    for (let run = 0; run < 3; run++) {
      const lines = ['course code,course title,start date,end date,format,students,training partner,satisfaction'];
      for (let i = 0; i < 10_000; i++) {
        const start = addDays(today, -5 - (i % 300));
        lines.push(
          `AZ-${100 + (i % 900)}T00,Bench course ${i},${start},${addDays(start, 2)},${['In person', 'Virtual', 'Hybrid'][i % 3]},${5 + (i % 20)},Bench ${runId}-${run}-${i},8.${i % 10}`,
        );
      }
      const file = new Blob([lines.join('\r\n')], { type: 'text/csv' });
      const post = async (intent: string, fileHash?: string) => {
        const form = new FormData();
        form.set('file', file, 'deliveries.csv');
        form.set('intent', intent);
        if (fileHash) form.set('fileHash', fileHash);
        const res = await fetch(`${base}/api/memberships/deliveries`, {
          method: 'POST',
          body: form,
          headers: { Cookie: cookie.importer, Origin: base },
        });
        return {
          status: res.status,
          body: (await res.json()) as { ok: boolean; error?: string; data?: { fileHash?: string; rowsValid?: number; imported?: number } },
        };
      };
      const t = performance.now();
      const preview = await post('preview');
      if (!preview.body.ok || !preview.body.data?.fileHash) {
        note = `preview refused (${preview.status}): ${preview.body.error ?? ''}`;
        break;
      }
      const saved = await post('import', preview.body.data.fileHash);
      seconds.push((performance.now() - t) / 1000);
      note = saved.body.ok
        ? `${preview.body.data.rowsValid} valid rows previewed and saved`
        : `import refused (${saved.status}): ${saved.body.error ?? ''}`;
    }
  });
  await removeBenchImports();
  oneOffs.push({
    name: 'CSV import (10,000 deliveries)',
    runs: seconds.length,
    seconds,
    note,
    rssBeforeMb: Math.round(before / 1e6),
    peakRssMb: Math.round(peak / 1e6),
  });
}

// ── Report ──
const js = firstLoadJs();
const candidateRoutes = [
  // Everyone's, before signing in
  '/',
  '/sign-in',
  '/sign-up',
  '/privacy',
  '/invitations/[token]',
  '/invitations/link-problem',
  '/mct/applications/accept/[token]',
  // Candidates', nominees', nominators', members'
  '/dashboard',
  '/evidence',
  '/evidence/new',
  '/evidence/[id]/edit',
  '/evidence/import',
  '/nominations',
  '/nominations/new',
  '/nominations/[id]',
  '/nominations/[id]/submit',
  '/mct',
  '/mct/certifications',
  '/mct/applications/[id]',
  '/mct/membership',
  '/awards/[id]',
  '/awards/[id]/renew',
  '/outcomes/[submissionId]',
  '/profile',
  '/profile/delete',
];
const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGb: Math.round(os.totalmem() / 1e9),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  loadAverageAtStart,
  loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
  webWorkers,
};
const results = {
  when: new Date().toISOString(),
  machine,
  options: {
    scale,
    durationSeconds: amountPer(1) ? null : duration,
    requestsPerConnection: amountPer(1) ?? null,
    connections: levels,
    quick,
  },
  dataset: db.large.counts,
  load: rows,
  feelUnderLoad: feel.map(({ visits, ...f }) => ({ ...f, visits: visits.map((v) => `${v.ttfbMs}/${v.lcpMs}`).join(' ') })),
  oneOffs,
  firstLoadJsKb: Object.fromEntries(Object.entries(js).map(([r, b]) => [r, Math.round(b / 102.4) / 10])),
  candidateRoutesOver150Kb: candidateRoutes.filter((r) => (js[r] ?? 0) > 150 * 1024),
  totalSeconds: Math.round((Date.now() - startedAt) / 1000),
};
console.log(
  `\nMachine: ${machine.cpus}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at the start, ${machine.loadAverageAtEnd.join(' ')} at the end; ${webWorkers} web worker(s); scale ${scale}, ${amountPer(1) ? '3 requests per connection' : `${duration} s`} per level`,
);
console.table(
  rows.map((r) => ({
    ...r,
    p95VsFloor: r.p95VsFloor ?? '-',
    p95VsStatic: r.p95VsStatic ?? '-',
    queriesPerRequest: r.queriesPerRequest ?? 'n/a',
  })),
);
if (results.feelUnderLoad.length > 0) console.table(results.feelUnderLoad);
console.table(oneOffs.map((o) => ({ ...o, seconds: o.seconds.map((s) => s.toFixed(2)).join(', ') })));
console.table(Object.entries(results.firstLoadJsKb).map(([route, kb]) => ({ route, 'first-load JS (kB gzip)': kb })));
// A partial run (some targets, no one-offs, another server) does not replace the full figures.
const partial = Boolean(args.only || args['no-one-offs'] || args['server-node-args'] || args.workers);
const out = path.resolve(ROOT, args.out ?? (partial ? 'bench/partial-results.json' : 'bench/results.json'));
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`figures written to ${path.relative(ROOT, out)}`);
await closeBrowser();
await shutdown(0);
