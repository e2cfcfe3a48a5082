// What the portal does while PostgreSQL cannot be reached (a restart, a failover, a network cut):
// it says so cleanly instead of failing with a stack trace, and recovers by itself.
//
// - An error that looks like a lost or refused connection triggers a probe (`SELECT 1`). Only when
//   the probe fails too is the database marked down, so one dropped idle connection does not stop
//   anyone.
// - While it is down, pages answer 503 with Retry-After (proxy.ts), actions answer "nothing was
//   saved, try again" (lib/actions/define-action.ts), /api/health answers 503; the probe runs every
//   half second and clears the mark as soon as the database answers again.
//
// State lives on globalThis under a registered symbol: proxy.ts and the route modules are bundled
// separately but run in one Node.js process and must see the same mark. This module imports
// nothing, so the proxy stays light.

type State = {
  downSince: number | null;
  probing: boolean;
  probe: (() => Promise<unknown>) | null;
  timer: ReturnType<typeof setTimeout> | null;
};

const KEY = Symbol.for('portal.databaseAvailability');

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[KEY] ??= { downSince: null, probing: false, probe: null, timer: null });
}

// Node socket errors, PostgreSQL's connection-exception class (08…) and shutdown codes (57P01
// admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now), and Prisma's "can't reach".
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  'P1001',
  'P1002',
  'P1017',
]);
const MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /can't reach database/i,
  /connection refused/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /server closed the connection unexpectedly/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
];

/** True when the error (or anything in its cause chain) says the database could not be reached,
 * as opposed to a query that the database refused. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
    for (const code of [e.code, e.originalCode]) {
      if (typeof code === 'string' && (CODES.has(code) || code.startsWith('08'))) return true;
    }
    if (e.kind === 'DatabaseNotReachable') return true;
    if (typeof e.message === 'string' && MESSAGES.some((re) => re.test(e.message as string))) return true;
    current = e.cause;
  }
  return false;
}

/** The time the database was found unreachable, or null when it is up (as far as we know). */
export function databaseDownSince(): number | null {
  return state().downSince;
}

/** Installed by lib/db.ts: how to ask the database whether it is back. */
export function setAvailabilityProbe(probe: () => Promise<unknown>): void {
  state().probe = probe;
}

const PROBE_EVERY_MS = 500;

async function runProbe(): Promise<void> {
  const s = state();
  if (s.probing || !s.probe) return;
  s.probing = true;
  try {
    await s.probe();
    if (s.downSince !== null) console.warn(`[availability] database reachable again after ${Date.now() - s.downSince} ms`);
    s.downSince = null;
  } catch {
    if (s.downSince === null) {
      s.downSince = Date.now();
      console.warn('[availability] database unreachable; answering 503 until it is back');
    }
    s.timer = setTimeout(() => {
      s.timer = null;
      void runProbe();
    }, PROBE_EVERY_MS);
    s.timer.unref?.();
  } finally {
    s.probing = false;
  }
}

/** Called with any error on the way out of a request or from the connection pool: when it looks
 * like the database is gone, checks and (if so) marks it down until a probe succeeds. */
export function reportDatabaseError(error: unknown): void {
  if (!isDatabaseUnavailableError(error)) return;
  const s = state();
  if (s.timer) return; // already marked and probing
  void runProbe();
}

/** Runs a read again while the database is unreachable, for up to budgetMs: a read in flight when
 * PostgreSQL restarts (or fails over) waits for it (up to 30 s) and answers, instead of failing the page.
 * Only for reads: a write whose connection died may or may not have committed. */
export async function retryReadWhileUnavailable<T>(read: () => Promise<T>, budgetMs = 30_000): Promise<T> {
  const giveUpAt = Date.now() + budgetMs;
  for (let delay = 200; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      return await read();
    } catch (error) {
      if (!isDatabaseUnavailableError(error) || Date.now() + delay > giveUpAt) throw error;
      reportDatabaseError(error);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** The message people see when their change met a database that was away. The connection may have
 * dropped during the commit, so it does not claim that nothing was saved. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The portal cannot reach its database just now, so your change may not have been saved. What you typed is still here: check in a minute and try again.';

/** Whether a raw statement only reads: it begins with SELECT (after comments) and sets no session
 * state or lock (set_config, advisory locks), which a retry on another connection would not restore. */
export function isRawRead(sql: string): boolean {
  const text = sql.replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return (
    /^SELECT\b/i.test(text) &&
    !/\b(set_config|pg_advisory\w*|nextval|setval)\s*\(/i.test(text) &&
    !/\bFOR\s+(UPDATE|SHARE|NO KEY UPDATE|KEY SHARE)\b/i.test(text)
  );
}

/** The SQL text of a raw query's arguments as Prisma passes them to a query extension: a Sql object
 * (`strings`, `values`) for $queryRaw, `[text, ...values]` for $queryRawUnsafe. */
export function rawSqlText(args: unknown): string {
  const first: unknown = Array.isArray(args) ? args[0] : args;
  if (typeof first === 'string') return first;
  if (Array.isArray(first)) return first.join('$');
  const sql = first as { strings?: unknown; sql?: unknown } | null;
  if (sql && Array.isArray(sql.strings)) return sql.strings.join('$');
  if (sql && typeof sql.sql === 'string') return sql.sql;
  return '';
}
