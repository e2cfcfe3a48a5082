// Brings up what the portal needs around Next.js: a database (DATABASE_URL, or an embedded
// PostgreSQL when it is unset), migrations, the job queue, demo data, a local SMTP catcher when no
// SMTP server is configured, and the background worker. Used by `npm run dev` and the e2e server.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabase, freePort, startEmbeddedPostgres } from './db/embedded';
import { migrate } from './db/migrate-runner';

export const ROOT = path.resolve(import.meta.dirname, '..');

export type StackOptions = {
  /** Where the embedded database, the mailbox and the dev secret live. */
  dataDir: string;
  ephemeral: boolean;
  /** Load the demo data (with these options). */
  seed: boolean | import('@/prisma/seed-data').SeedOptions;
  log: (message: string) => void;
};

export type Stack = { env: Record<string, string>; stop: () => Promise<void> };

function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  mkdirSync(opts.dataDir, { recursive: true });
  const stops: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {};
  // The worker in this process signs the unsubscribe links of the emails it sends: the same secret as Next.
  process.env.AUTH_SECRET ??= persistentSecret(opts.dataDir);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres({ dataDir: path.join(opts.dataDir, 'postgres'), ephemeral: opts.ephemeral });
    stops.push(pg.stop);
    await ensureDatabase(pg.adminUrl, 'portal');
    databaseUrl = pg.urlFor('portal');
    opts.log(`embedded PostgreSQL ready: ${databaseUrl}`);
  }
  env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_URL = databaseUrl;

  const { applied } = await migrate(databaseUrl, { log: opts.log });
  opts.log(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');

  // Imported after DATABASE_URL is set: these modules read the environment.
  const { installQueues, startWorker } = await import('@/lib/jobs/worker');
  await installQueues(databaseUrl);

  if (!process.env.SMTP_URL) {
    const { startMailCatcher } = await import('@/lib/mail/catcher');
    const mailboxDir = path.join(opts.dataDir, 'mailbox');
    const port = await freePort();
    const catcher = await startMailCatcher({ port, dir: mailboxDir, log: (m) => opts.log(`mail: ${m}`) });
    stops.push(catcher.stop);
    env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    env.MAILBOX_DIR = mailboxDir;
    process.env.SMTP_URL = env.SMTP_URL;
    process.env.MAILBOX_DIR = mailboxDir;
    opts.log(`mail catcher on port ${port}; read mail at /dev/mailbox`);
  }

  if (opts.seed) {
    const { seed } = await import('@/prisma/seed-data');
    await seed(opts.seed === true ? {} : opts.seed);
    opts.log('demo data is in place');
  }

  const worker = await startWorker({ databaseUrl, log: (m) => opts.log(`worker: ${m}`) });
  stops.unshift(worker.stop);

  env.AUTH_SECRET = process.env.AUTH_SECRET ?? persistentSecret(opts.dataDir);
  env.AUTH_TRUST_HOST = 'true';

  return {
    env,
    stop: async () => {
      for (const stop of stops) await stop().catch(() => {});
      const { prisma } = await import('@/lib/db');
      await prisma.$disconnect().catch(() => {});
    },
  };
}

/** Ends the stack with the server it serves: when the server exits, or on Ctrl+C or SIGTERM, the
 * server is stopped and then the stack, once, and the process exits. */
export function stopTogether(server: ChildProcess, stack: Stack): void {
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill('SIGTERM');
    await stack.stop();
    process.exit(code);
  };
  server.on('exit', (code) => void shutdown(code ?? 0));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
}
