import 'server-only';
// Data that rarely changes (the award categories, a cycle's criteria, the program's settings) kept in
// each server process, and dropped in every process, every worker and every instance when an admin
// changes it: the change's transaction sends `NOTIFY portal_cache, '<topic>'` (PostgreSQL delivers
// it when, and only if, the transaction commits) and each process LISTENs on one connection of its
// own. While that connection is not listening (starting, the database restarting), nothing is kept
// and every read goes to the database, so a missed notification can never leave a stale value; when
// it listens again, everything kept is dropped. Entries also expire after MAX_AGE_MS, for rows changed
// outside the services (a migration, SQL by hand).
import pg from 'pg';
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';

export type CacheTopic = 'categories' | 'criteria' | 'program-settings';
const TOPICS: readonly CacheTopic[] = ['categories', 'criteria', 'program-settings'];
const CHANNEL = 'portal_cache';
const MAX_AGE_MS = 5 * 60_000;
/** Keys per topic (a topic keyed by cycle holds a few cycles); the oldest goes first. */
const MAX_KEYS = 100;
const RETRY_MS = 2_000;

/** A value being read (`loading`) or read (`value`). Only the settled value is kept: a promise made
 * during a request carries that request's async context (Node's AsyncLocalStorage stores it on every
 * promise), so keeping the promise for minutes kept the whole request alive with it, its response and
 * everything it rendered, and through them other requests (README › Performance, the memory run). */
type Entry = { at: number; loading: Promise<unknown> | null; value?: unknown };
type State = {
  entries: Map<CacheTopic, Map<string, Entry>>;
  listener: { client: pg.Client; listening: boolean } | null;
  retryAt: number;
  counters: { hits: number; loads: number; invalidations: number };
};
// One state per process, on globalThis under a registered symbol: Next.js may bundle this module
// into more than one server chunk, and each copy must share the one listening connection and cache.
const holder = globalThis as unknown as Record<symbol, State | undefined>;
const KEY = Symbol.for('portal.shared-cache');
const state: State = (holder[KEY] ??= {
  entries: new Map(TOPICS.map((t) => [t, new Map()])),
  listener: null,
  retryAt: 0,
  counters: { hits: 0, loads: 0, invalidations: 0 },
});
const { entries, counters } = state;

/** Off with SHARED_CACHE=off (the integration tests write these rows directly, around the services). */
const enabled = () => process.env.SHARED_CACHE !== 'off';

function drop(topic?: CacheTopic) {
  if (topic) entries.get(topic)?.clear();
  else for (const map of entries.values()) map.clear();
}

function stopListening(client: pg.Client) {
  if (state.listener?.client !== client) return;
  state.listener = null;
  state.retryAt = Date.now() + RETRY_MS;
  drop();
  client.end().catch(() => {});
}

function listen() {
  if (state.listener || Date.now() < state.retryAt) return;
  const client = new pg.Client({ connectionString: env().DATABASE_URL, application_name: 'portal-cache-listener' });
  const current = { client, listening: false };
  state.listener = current;
  client.on('notification', (message) => {
    counters.invalidations++;
    const topic = TOPICS.find((t) => t === message.payload);
    drop(topic); // an unknown topic drops everything
  });
  client.on('error', () => stopListening(client));
  client.on('end', () => stopListening(client));
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      // The connection must not keep a process (a script, a test worker) alive on its own.
      (client as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
      drop();
      current.listening = true;
    })
    .catch(() => stopListening(client));
}

/** The value kept for (topic, key), or `load()`'s, kept while no change to the topic is announced. */
export async function cachedRead<T>(topic: CacheTopic, key: string, load: () => Promise<T>): Promise<T> {
  if (!enabled()) return load();
  listen();
  if (!state.listener?.listening) return load();
  const map = entries.get(topic)!;
  const now = Date.now();
  const kept = map.get(key);
  if (kept && now - kept.at < MAX_AGE_MS) {
    counters.hits++;
    return (kept.loading ?? Promise.resolve(kept.value)) as Promise<T>;
  }
  counters.loads++;
  const loading = load();
  const entry: Entry = { at: now, loading };
  map.delete(key);
  map.set(key, entry);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value!);
  loading.then(
    (value) => {
      entry.value = value;
      entry.loading = null;
    },
    // A failed read is not kept.
    () => {
      if (map.get(key) === entry) map.delete(key);
    },
  );
  return loading;
}

/** For tests: whether (topic, key) is kept, and whether as a settled value (never a request's promise). */
export function keptEntry(topic: CacheTopic, key: string): { settled: boolean } | null {
  const entry = entries.get(topic)!.get(key);
  return entry ? { settled: entry.loading === null } : null;
}

/** Announces a change to `topic` from inside the transaction that makes it: every process drops what
 * it keeps of the topic when the transaction commits (and nothing happens if it rolls back). */
export async function announceChange(tx: Tx, topic: CacheTopic) {
  await tx.$executeRaw`SELECT pg_notify('portal_cache', ${topic})`;
  // This process drops it now too: its own next read (the admin's redirect) must not wait for the
  // notification to come back.
  drop(topic);
}

/** For tests and the bench: whether this process listens, and what it served from memory. */
export function sharedCacheState() {
  return {
    listening: Boolean(state.listener?.listening),
    ...counters,
    kept: Object.fromEntries(TOPICS.map((t) => [t, entries.get(t)!.size])),
  };
}
