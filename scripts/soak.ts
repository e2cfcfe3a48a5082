// `npm run soak`: two app instances (each `npm start` with two web workers) and two job workers on
// one PostgreSQL, a mixed read/write load for a bounded time, and three faults: the SMTP server down for a while from 10% of the run, PostgreSQL
// stopped and started again at 40%, one app instance killed (SIGKILL) in the middle of requests at
// 70% and started again. Then it checks that nothing was lost or half-saved, that every email went
// out exactly once, and prints its figures. Exit code 1 when a check fails.
//
//   npm run soak                       # 60 s of load, a 6 s database outage, SMTP down 60 s
//   npm run soak -- --quick            # the short form CI runs (30 s, 4 s outage, SMTP down 20 s)
//   npm run soak -- --duration 300 --outage 15 --smtp-outage 60 --vus 24 --out soak.json
//
// It needs a production build (`npm run build`; built here when missing). Everything else is its
// own: a fresh embedded PostgreSQL, the demo data, an SMTP catcher, two `npm start` (two web workers
// each) and two `npm run worker` processes. The load is what people do: read their pages, save contributions
// (the real server action, called as the browser calls it), ask for sign-in links (each an email).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { addDays, todayIn } from '@/lib/dates';
import { ensureDatabase, freePort, startEmbeddedPostgres, type RunningPostgres } from './db/embedded';
import { migrate } from './db/migrate-runner';
import { isConnectionLost, openWindow, overlaps, type Window } from './soak-faults';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    outage: { type: 'string' },
    'smtp-outage': { type: 'string' },
    vus: { type: 'string' },
    out: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const DURATION_S = Number(args.duration ?? (args.quick ? 30 : 60));
const OUTAGE_S = Number(args.outage ?? (args.quick ? 4 : 6));
const SMTP_OUTAGE_S = Number(args['smtp-outage'] ?? (args.quick ? 20 : 60));
const VUS = Number(args.vus ?? (args.quick ? 8 : 12));
const OUTAGE_AT_S = Math.round(DURATION_S * 0.4);
const SMTP_OUTAGE_AT_S = Math.round(DURATION_S * 0.1);
const KILL_AT_S = Math.round(DURATION_S * 0.7);
/** The instance killed and started again (the other keeps serving, as behind a load balancer). */
const KILLED = 1;
const PASSWORD = 'demo-password-2026';
const WRITERS = ['candidate@demo.test', 'mvp@demo.test', 'renewer@demo.test', 'trainer@demo.test'];

const log = (m: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${m}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ───────────────────────────── the stack ─────────────────────────────

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');
const tsxBin = path.join(ROOT, 'node_modules/.bin/tsx');
if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
  log('no production build found; building (npm run build)');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'portal-soak-'));
const pgDir = path.join(workDir, 'postgres');
const pgPort = await freePort();
let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort });
await ensureDatabase(postgres.adminUrl, 'portal');
const databaseUrl = postgres.urlFor('portal');
process.env.DATABASE_URL = databaseUrl;
await migrate(databaseUrl);
const { installQueues } = await import('@/lib/jobs/worker');
await installQueues(databaseUrl);
const { seed } = await import('@/prisma/seed-data');
await seed();
const { prisma } = await import('@/lib/db');
await prisma.$disconnect();
log(`PostgreSQL on port ${pgPort}, migrated and seeded`);

const mailDir = path.join(workDir, 'mailbox');
const smtpPort = await freePort();
const { startMailCatcher } = await import('@/lib/mail/catcher');
let catcher = await startMailCatcher({ port: smtpPort, dir: mailDir });

const children: ChildProcess[] = [];
const errorLines: string[] = [];
const baseEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  AUTH_SECRET: randomUUID() + randomUUID(),
  AUTH_TRUST_HOST: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  // The load comes from one machine on behalf of many people, through a trusted front end.
  TRUSTED_PROXY: '1',
  // A test deployment: the demo accounts sign in with the demo password.
  DEMO_MODE: '1',
};
function startChild(name: string, command: string, argv: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      if (args.verbose) console.log(`  [${name}] ${line}`);
      // Kept for a failed run's report: what the processes said went wrong.
      else if (/error|unexpected|fail/i.test(line)) errorLines.push(`[${name}] ${line}`);
    }
  };
  child.stdout?.on('data', lines);
  child.stderr?.on('data', lines);
  children.push(child);
  return child;
}

const ports = [await freePort(), await freePort()];
const WEB_WORKERS = 2;
type Instance = { url: string; port: number; proc: ChildProcess; exited: boolean; killed: boolean };
function startInstance(port: number, i: number): Instance {
  const url = `http://127.0.0.1:${port}`;
  // Each instance is `npm start` (scripts/start.ts) with two web workers behind its port, so one
  // person's requests land on either worker: sessions, rate limits and caches must hold across them.
  // Node runs it directly (not through tsx's launcher), so a SIGKILL reaches the cluster's primary and
  // its workers end with it. The background jobs run in the two `npm run worker` processes instead.
  const proc = startChild(`app${i + 1}`, process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts'], {
    ...baseEnv,
    PORT: String(port),
    BIND_HOST: '127.0.0.1',
    WEB_CONCURRENCY: String(WEB_WORKERS),
    JOBS: 'off',
    APP_URL: url,
    AUTH_URL: url,
  });
  const inst: Instance = { url, port, proc, exited: false, killed: false };
  proc.on('exit', () => (inst.exited = true));
  return inst;
}
const instances = ports.map((port, i) => startInstance(port, i));
for (let i = 0; i < 2; i++) {
  startChild(`worker${i + 1}`, tsxBin, ['--conditions=react-server', 'scripts/worker.ts'], { ...baseEnv, APP_URL: instances[0]!.url });
}

async function stopAll() {
  for (const child of children) child.kill('SIGTERM');
  await sleep(500);
  await catcher.stop().catch(() => {});
  await postgres.stop().catch(() => {});
  rmSync(workDir, { recursive: true, force: true });
}

async function waitHealthy(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not become healthy`);
}
await Promise.all(instances.map((i) => waitHealthy(i.url)));
log(
  `two app instances of ${WEB_WORKERS} web workers each up (${instances.map((i) => i.url).join(', ')}), two job workers, mail catcher on ${smtpPort}`,
);

// ───────────────────────────── talking to the app as a browser does ─────────────────────────────

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

async function csrf(base: string, ip: string): Promise<{ token: string; cookie: string }> {
  const res = await fetch(`${base}/api/auth/csrf`, { headers: { 'x-forwarded-for': ip }, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`csrf → ${res.status}`);
  const body = (await res.json()) as { csrfToken: string };
  return { token: body.csrfToken, cookie: cookiesOf(res).join('; ') };
}

async function signIn(base: string, email: string): Promise<string> {
  const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const { token, cookie } = await csrf(base, ip);
  const res = await fetch(`${base}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken: token, callbackUrl: '/dashboard' }),
  });
  const session = cookiesOf(res).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`could not sign in ${email} at ${base} (HTTP ${res.status})`);
  return session;
}

// Server actions are POSTs to a page that uses them, naming the action by the id the build gave it.
const manifest = JSON.parse(readFileSync(path.join(ROOT, distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
  node: Record<string, { filename?: string; exportedName?: string; workers: Record<string, unknown> }>;
};
function actionId(filename: string, exportedName: string): string {
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!hit) throw new Error(`server action ${filename}#${exportedName} not found in the build`);
  return hit[0];
}
const SAVE_EVIDENCE = actionId('lib/evidence/actions.ts', 'saveEvidenceAction');

/** Reads the action's return value out of the RSC response (the line whose payload is the result). */
function actionResult(body: string): { ok: boolean; error?: string; fieldErrors?: unknown } | null {
  for (const line of body.split('\n')) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m) continue;
    try {
      const value = JSON.parse(m[1]!) as { ok?: unknown; error?: unknown };
      if (typeof value.ok === 'boolean') return value as { ok: boolean; error?: string };
    } catch {
      // another chunk
    }
  }
  return null;
}

// ───────────────────────────── the load ─────────────────────────────

type Op = 'read-page' | 'read-health' | 'save-evidence' | 'sign-in-link';
type Outcome = 'ok' | 'acknowledged' | 'clean-refusal' | 'unclean';
type Sample = { at: number; ms: number; op: Op; instance: number; status: number; outcome: Outcome; detail?: string };

const samples: Sample[] = [];
const acknowledgedTitles = new Set<string>();
const acknowledgedLinks = new Set<string>();
const UNAVAILABLE = /cannot reach its database/i;

const killWindow: Window = { from: 0, to: 0 };
const smtpWindow: Window = { from: 0, to: 0 };
const killed = { readsRetried: 0, connectionsLost: 0 };

async function timed(op: Op, instance: number, run: () => Promise<{ status: number; outcome: Outcome; detail?: string }>) {
  const start = performance.now();
  const at = Date.now();
  let result: { status: number; outcome: Outcome; detail?: string };
  try {
    result = await run();
  } catch (error) {
    // A killed instance drops its connections: the client sees a clean "connection lost" (and, for a
    // write, does not know whether it was saved). Anywhere else a lost connection is a failure.
    const lost = isConnectionLost(error) && instance === KILLED && overlaps(killWindow, at, performance.now() - start);
    if (lost) killed.connectionsLost++;
    result = { status: 0, outcome: lost ? 'clean-refusal' : 'unclean', detail: error instanceof Error ? error.message : String(error) };
  }
  samples.push({ at, ms: performance.now() - start, op, instance, ...result });
}

/** A page read as behind a load balancer: a connection lost to one instance is retried on the other. */
async function readWithFailover(instance: number, writer: number, pathName: string) {
  try {
    return await readPage(instances[instance]!.url, sessions[instance]![writer]!, pathName);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    const other = 1 - instance;
    const retried = await readPage(instances[other]!.url, sessions[other]![writer]!, pathName);
    if (retried.outcome === 'ok') killed.readsRetried++;
    return { ...retried, detail: 'retried on the other instance' };
  }
}

async function readPage(base: string, session: string, pathName: string) {
  const res = await fetch(`${base}${pathName}`, { headers: { cookie: session }, redirect: 'manual', signal: AbortSignal.timeout(45_000) });
  await res.arrayBuffer();
  if (res.status === 200) return { status: 200, outcome: 'ok' as const };
  if (res.status === 503) return { status: 503, outcome: 'clean-refusal' as const };
  return { status: res.status, outcome: 'unclean' as const, detail: `${pathName} → ${res.status}` };
}

async function saveEvidence(base: string, session: string) {
  const title = `soak-${randomUUID()}`;
  // Yesterday in the writers' time zone (the demo's, Pacific): "today" in UTC is tomorrow there for eight hours
  // of every day, and a contribution dated in the future is refused.
  const yesterday = addDays(todayIn('America/Los_Angeles'), -1);
  const input = {
    type: 'BLOG',
    role: 'AUTHOR',
    title,
    description: 'Written by the soak test: a post about running PostgreSQL through restarts.',
    startDate: yesterday,
    endDate: '',
    url: 'https://example.org/soak',
    audience: 'DEVELOPERS',
    categoryId: '',
    focusAreaId: '',
    metrics: { VIEWS: '120' },
    isPaid: false,
    isFullTimeJob: false,
    isHighImpact: false,
    privateNote: '',
  };
  const res = await fetch(`${base}/evidence/new`, {
    method: 'POST',
    headers: {
      cookie: session,
      'next-action': SAVE_EVIDENCE,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin: base,
    },
    body: JSON.stringify([input]),
    signal: AbortSignal.timeout(45_000),
  });
  const body = await res.text();
  if (res.status === 503) return { status: 503, outcome: 'clean-refusal' as const };
  const result = res.status === 200 ? actionResult(body) : null;
  if (result?.ok) {
    acknowledgedTitles.add(title);
    return { status: 200, outcome: 'acknowledged' as const };
  }
  if (result && UNAVAILABLE.test(result.error ?? '')) return { status: 200, outcome: 'clean-refusal' as const };
  return {
    status: res.status,
    outcome: 'unclean' as const,
    detail: `save → ${res.status} ${result ? `${result.error} ${JSON.stringify(result.fieldErrors ?? {})}` : body.slice(0, 120)}`,
  };
}

let linkSeq = 0;
async function requestSignInLink(base: string) {
  const email = `soak-${Date.now().toString(36)}-${++linkSeq}@example.org`;
  const ip = `203.0.113.${(linkSeq % 250) + 1}`;
  const { token, cookie } = await csrf(base, ip);
  const res = await fetch(`${base}/api/auth/signin/nodemailer`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': ip },
    body: new URLSearchParams({ email, csrfToken: token, callbackUrl: '/dashboard' }),
    signal: AbortSignal.timeout(45_000),
  });
  await res.arrayBuffer();
  const location = res.headers.get('location') ?? '';
  if (res.status === 302 && /verify-request|check-email/.test(location)) {
    acknowledgedLinks.add(email);
    return { status: 302, outcome: 'acknowledged' as const };
  }
  // Auth.js answers a failure with a redirect to the sign-in error page, which explains it.
  if ((res.status === 302 && /error/.test(location)) || res.status === 503 || res.status === 429) {
    return { status: res.status, outcome: 'clean-refusal' as const, detail: location };
  }
  return { status: res.status, outcome: 'unclean' as const, detail: `sign-in link → ${res.status} ${location}` };
}

const sessions = await Promise.all(instances.map(async (inst) => Promise.all(WRITERS.map((email) => signIn(inst.url, email)))));
log(`signed in ${WRITERS.length} people on each instance; ${VUS} virtual users for ${DURATION_S} s`);

const startedAt = Date.now();
const endsAt = startedAt + DURATION_S * 1000;
const outage = { downAt: 0, upAt: 0 };

async function virtualUser(n: number) {
  const instance = n % 2;
  const writer = n % WRITERS.length;
  // The killed instance comes back on the same address.
  const base = instances[instance]!.url;
  const session = sessions[instance]![writer]!;
  while (Date.now() < endsAt) {
    const roll = Math.random();
    if (roll < 0.35) await timed('read-page', instance, () => readWithFailover(instance, writer, '/evidence'));
    else if (roll < 0.55) await timed('read-page', instance, () => readWithFailover(instance, writer, '/dashboard'));
    else if (roll < 0.6) await timed('read-health', instance, () => readPage(base, session, '/api/health'));
    else if (roll < 0.88) await timed('save-evidence', instance, () => saveEvidence(base, session));
    else await timed('sign-in-link', instance, () => requestSignInLink(base));
    await sleep(20 + Math.random() * 60);
  }
}

async function outageInTheMiddle() {
  await sleep(OUTAGE_AT_S * 1000);
  log(`stopping PostgreSQL (fast shutdown) for ${OUTAGE_S} s`);
  outage.downAt = Date.now();
  await postgres.stop();
  await sleep(OUTAGE_S * 1000);
  postgres = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort });
  outage.upAt = Date.now();
  log('PostgreSQL is back');
}

async function smtpOutage() {
  await sleep(SMTP_OUTAGE_AT_S * 1000);
  log(`stopping the SMTP server for ${SMTP_OUTAGE_S} s`);
  Object.assign(smtpWindow, openWindow());
  await catcher.stop();
  await sleep(SMTP_OUTAGE_S * 1000);
  catcher = await startMailCatcher({ port: smtpPort, dir: mailDir });
  smtpWindow.to = Date.now();
  log('the SMTP server is back');
}

async function killAnInstance() {
  await sleep(KILL_AT_S * 1000);
  const victim = instances[KILLED]!;
  log(`killing app instance ${KILLED + 1} (SIGKILL) in the middle of its requests`);
  Object.assign(killWindow, openWindow());
  victim.killed = true;
  victim.proc.kill('SIGKILL');
  await new Promise((resolve) => (victim.exited ? resolve(null) : victim.proc.once('exit', resolve)));
  instances[KILLED] = startInstance(victim.port, KILLED);
  await waitHealthy(victim.url, 120_000);
  killWindow.to = Date.now();
  log(`app instance ${KILLED + 1} is back after ${killWindow.to - killWindow.from} ms`);
}

await Promise.all([...Array.from({ length: VUS }, (_, n) => virtualUser(n)), outageInTheMiddle(), smtpOutage(), killAnInstance()]);
log(`load finished: ${samples.length} requests`);

// ───────────────────────────── checks ─────────────────────────────

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();

// Every email queued must be sent; give the workers time (and any retry after the outage).
const drainUntil = Date.now() + 240_000;
let pending = Infinity;
while (Date.now() < drainUntil) {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Notification" WHERE status IN ('QUEUED', 'SENDING')`,
  );
  pending = Number(rows[0]!.n);
  if (pending === 0) break;
  await sleep(1_000);
}

const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
  log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

// 1. Every acknowledged write is there, once, whole.
const { rows: items } = await client.query<{ title: string; metrics: string; audits: string }>(`
  SELECT e.title,
         (SELECT count(*) FROM "EvidenceMetric" m WHERE m."evidenceItemId" = e.id)::text AS metrics,
         (SELECT count(*) FROM "AuditEvent" a WHERE a."entityType" = 'EvidenceItem' AND a."entityId" = e.id::text AND a.action = 'evidence.created')::text AS audits
  FROM "EvidenceItem" e WHERE e.title LIKE 'soak-%'`);
const byTitle = new Map<string, number>();
for (const row of items) byTitle.set(row.title, (byTitle.get(row.title) ?? 0) + 1);
const lostWrites = [...acknowledgedTitles].filter((t) => !byTitle.has(t));
const duplicated = [...byTitle.values()].filter((n) => n > 1).length;
const halfWritten = items.filter((r) => r.metrics !== '1' || r.audits !== '1').length;
const committedNotAcknowledged = items.filter((r) => !acknowledgedTitles.has(r.title)).length;
check(
  lostWrites.length === 0,
  `acknowledged contributions in the database: ${acknowledgedTitles.size - lostWrites.length}/${acknowledgedTitles.size}`,
);
check(duplicated === 0, `no contribution saved twice (${duplicated} duplicated)`);
check(halfWritten === 0, `every saved contribution has its metric and its audit entry (${halfWritten} half-written)`);

// 2. Every acknowledged sign-in link request has its token and exactly one email, and every email
//    queued during the run went out exactly once.
const { rows: tokens } = await client.query<{ identifier: string }>(
  `SELECT identifier FROM "VerificationToken" WHERE identifier LIKE 'soak-%'`,
);
const tokenFor = new Set(tokens.map((t) => t.identifier));
const linksWithoutToken = [...acknowledgedLinks].filter((e) => !tokenFor.has(e)).length;
check(linksWithoutToken === 0, `every acknowledged sign-in link request has its token (${linksWithoutToken} missing)`);
const { readMailbox } = await import('@/lib/mail/mailbox');
const mails = readMailbox(mailDir);
const perNotification = new Map<string, number>();
for (const mail of mails)
  if (mail.notificationId) perNotification.set(mail.notificationId, (perNotification.get(mail.notificationId) ?? 0) + 1);
const { rows: notifications } = await client.query<{ id: string; status: string; toEmail: string }>(
  `SELECT id::text, status::text, "toEmail" FROM "Notification" WHERE "createdAt" >= $1`,
  [new Date(startedAt - 1000)],
);
const notSent = notifications.filter((n) => n.status !== 'SENT');
const sentTwice = [...perNotification.values()].filter((n) => n > 1).length;
const neverCaught = notifications.filter((n) => n.status === 'SENT' && !perNotification.has(n.id)).length;
check(
  pending === 0 && notSent.length === 0,
  `every queued email was sent (${notifications.length - notSent.length}/${notifications.length}; ${pending} still queued)`,
);
if (notSent.length > 0) {
  // What a stuck email looked like: its row and its delivery job, to tell a lost job from a lost claim.
  const { rows: stuck } = await client.query(
    `SELECT n.id::text, n.status::text, n.attempts, n."updatedAt", n."lastError",
            (SELECT json_agg(json_build_object('state', j.state, 'retry', j.retry_count, 'started', j.started_on, 'expireIn', j.expire_in::text))
               FROM pgboss.job j WHERE j.name = 'notification.deliver' AND j.singleton_key = n.id::text) AS jobs
     FROM "Notification" n WHERE n.id = ANY($1::uuid[])`,
    [notSent.map((n) => n.id)],
  );
  for (const row of stuck) log(`  not sent: ${JSON.stringify(row)}`);
}
check(
  sentTwice === 0 && neverCaught === 0,
  `each email arrived exactly once (${sentTwice} twice, ${neverCaught} marked sent but not received)`,
);
// 2b. Emails queued while the SMTP server was down waited in the outbox, failed their attempts
//     meanwhile, and went out once it was back (exactly once: the check above).
const { rows: heldRows } = await client.query<{ n: string; retried: string; failedAttempts: string; lastOutMs: string | null }>(
  `SELECT count(*)::text AS n, count(*) FILTER (WHERE attempts > 1)::text AS retried,
          coalesce(sum(attempts - 1), 0)::text AS "failedAttempts",
          round(EXTRACT(EPOCH FROM max("sentAt") - $2::timestamptz) * 1000)::text AS "lastOutMs"
   FROM "Notification" WHERE "createdAt" >= $1 AND "createdAt" < $2`,
  [new Date(smtpWindow.from), new Date(smtpWindow.to)],
);
const smtpHeld = {
  queued: Number(heldRows[0]!.n),
  retried: Number(heldRows[0]!.retried),
  failedAttempts: Number(heldRows[0]!.failedAttempts),
  lastSentAfterReturnMs: Number(heldRows[0]!.lastOutMs ?? 0),
};
check(
  smtpHeld.queued > 0 && smtpHeld.retried > 0,
  `emails queued while SMTP was down waited and went out after it returned (${smtpHeld.queued} queued, ${smtpHeld.retried} retried, last out ${smtpHeld.lastSentAfterReturnMs} ms after SMTP was back)`,
);
const linkMails = new Map<string, number>();
for (const mail of mails) for (const to of mail.to) if (to.startsWith('soak-')) linkMails.set(to, (linkMails.get(to) ?? 0) + 1);
const linksWithoutMail = [...acknowledgedLinks].filter((e) => (linkMails.get(e) ?? 0) !== 1).length;
check(linksWithoutMail === 0, `each acknowledged sign-in link request got exactly one email (${linksWithoutMail} did not)`);
await client.end();

// 3. The app recovered by itself, and failed only while the database was away, and cleanly.
const firstOkAfter = (instance: number) =>
  samples
    .filter((s) => s.instance === instance && s.at >= outage.upAt && (s.outcome === 'ok' || s.outcome === 'acknowledged'))
    .sort((a, b) => a.at - b.at)[0]?.at;
const recoveredAt = [0, 1].map(firstOkAfter);
check(
  recoveredAt.every((t) => t !== undefined),
  'both instances served requests again after the restart, without being restarted',
);
check(
  instances.every((i) => !i.exited),
  'no app process died (but the one killed on purpose, started again)',
);
const revived = await fetch(`${instances[KILLED]!.url}/dashboard`, {
  headers: { cookie: sessions[KILLED]![0]! },
  redirect: 'manual',
}).catch(() => null);
check(revived?.status === 200, `the killed instance, started again, serves its signed-in people (HTTP ${revived?.status ?? 'none'})`);
const recoveryMs = Math.max(...recoveredAt.map((t) => (t ?? Date.now()) - outage.upAt));
const killRecoveredAt =
  samples
    .filter((s) => s.instance === KILLED && s.at >= killWindow.to && (s.outcome === 'ok' || s.outcome === 'acknowledged'))
    .sort((a, b) => a.at - b.at)[0]?.at ?? killWindow.to;
const inWindow = (s: Sample) =>
  (s.at + s.ms >= outage.downAt && s.at <= (recoveredAt[s.instance] ?? Infinity)) ||
  (s.instance === KILLED && overlaps(killWindow, s.at, s.ms, killRecoveredAt));
const failedOutside = samples.filter((s) => (s.outcome === 'clean-refusal' || s.outcome === 'unclean') && !inWindow(s));
for (const s of failedOutside.slice(0, 10)) {
  log(
    `  outside the outage: ${s.op} → ${s.status} ${s.detail ?? ''} at down${s.at - outage.downAt >= 0 ? '+' : ''}${s.at - outage.downAt} ms (up at +${outage.upAt - outage.downAt} ms)`,
  );
}
const unclean = samples.filter((s) => s.outcome === 'unclean');
check(failedOutside.length === 0, `no failures outside the outage (${failedOutside.length})`);
check(unclean.length === 0, `every failure during the outage was a clean 503 or "nothing was saved" answer (${unclean.length} were not)`);

// ───────────────────────────── figures ─────────────────────────────

const pct = (values: number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ops: Op[] = ['read-page', 'read-health', 'save-evidence', 'sign-in-link'];
const table = ops.map((op) => {
  const s = samples.filter((x) => x.op === op);
  const healthy = s.filter((x) => !inWindow(x)).map((x) => x.ms);
  return {
    op,
    requests: s.length,
    ok: s.filter((x) => x.outcome === 'ok' || x.outcome === 'acknowledged').length,
    cleanRefusals: s.filter((x) => x.outcome === 'clean-refusal').length,
    unclean: s.filter((x) => x.outcome === 'unclean').length,
    p50ms: Math.round(pct(healthy, 50)),
    p95ms: Math.round(pct(healthy, 95)),
  };
});
const figures = {
  when: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  durationS: DURATION_S,
  virtualUsers: VUS,
  outage: { afterS: OUTAGE_AT_S, forS: OUTAGE_S, recoveryAfterRestartMs: recoveryMs },
  smtpOutage: { afterS: SMTP_OUTAGE_AT_S, forS: SMTP_OUTAGE_S, ...smtpHeld },
  instanceKilled: {
    afterS: KILL_AT_S,
    backAfterMs: killWindow.to - killWindow.from,
    connectionsLost: killed.connectionsLost,
    readsRetriedOnTheOther: killed.readsRetried,
    writesLostWithTheirConnection: samples.filter(
      (x) => x.op === 'save-evidence' && x.instance === KILLED && x.outcome === 'clean-refusal' && overlaps(killWindow, x.at, x.ms),
    ).length,
  },
  requests: samples.length,
  requestsPerSecond: Math.round((samples.length / DURATION_S) * 10) / 10,
  acknowledgedWrites: acknowledgedTitles.size,
  committedButNotAcknowledged: committedNotAcknowledged,
  signInLinks: acknowledgedLinks.size,
  emails: { queued: notifications.length, sent: notifications.length - notSent.length, sentTwice, received: mails.length },
  byOperation: table,
  uncleanSamples: unclean
    .slice(0, 10)
    .map((s) => ({ op: s.op, instance: s.instance + 1, atS: (s.at - startedAt) / 1000, status: s.status, detail: s.detail })),
  failures,
};
console.table(table);
console.log(JSON.stringify({ ...figures, byOperation: undefined }, null, 2));
if (args.out) writeFileSync(args.out, `${JSON.stringify(figures, null, 2)}\n`);

if (failures.length && errorLines.length) {
  log('what the app and worker processes reported (the last 40 error lines):');
  for (const line of errorLines.slice(-40)) console.log(`  ${line}`);
}
await stopAll();
log(failures.length ? `${failures.length} check(s) failed` : 'all checks passed');
process.exit(failures.length ? 1 : 0);
