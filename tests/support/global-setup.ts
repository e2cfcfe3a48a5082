// Once per integration run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temp dir),
// a fresh database migrated with the project's migrations and its job queues installed, and one
// local SMTP catcher. Test files reach them through inject() (see tests/support/setup-env.ts).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { installQueues } from '@/lib/jobs/worker';
import { startMailCatcher } from '@/lib/mail/catcher';
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres } from '@/scripts/db/embedded';
import { migrate } from '@/scripts/db/migrate-runner';
import { withDatabase } from './pg-url';

declare module 'vitest' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** The migrated test database of this run. */
    databaseUrl: string;
    /** The maintenance database of the same server, for creating scratch databases. */
    adminUrl: string;
    /** Scratch databases are named with this prefix so teardown can drop any a test left behind. */
    scratchPrefix: string;
    smtpUrl: string;
    mailboxDir: string;
  }
}

async function dropScratchDatabases(adminUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  let names: string[];
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    names = rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
  for (const name of names) await dropDatabase(adminUrl, name);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const stops: (() => Promise<void>)[] = [];
  const log = (m: string) => console.log(`[integration] ${m}`);
  try {
    let adminUrl: string;
    if (process.env.DATABASE_URL) {
      adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
      log(`using the server of DATABASE_URL (${new URL(adminUrl).host})`);
    } else {
      const dataDir = path.join(os.tmpdir(), `portal-test-pg-${randomBytes(6).toString('hex')}`);
      const server = await startEmbeddedPostgres({ dataDir, ephemeral: true });
      stops.unshift(server.stop);
      adminUrl = server.adminUrl;
      log(`embedded PostgreSQL in ${dataDir}`);
    }

    const database = `portal_test_${randomBytes(6).toString('hex')}`;
    await ensureDatabase(adminUrl, database);
    stops.unshift(async () => {
      await dropScratchDatabases(adminUrl, `${database}_`);
      await dropDatabase(adminUrl, database);
    });
    const databaseUrl = withDatabase(adminUrl, database);
    await migrate(databaseUrl);
    await installQueues(databaseUrl);

    const mailboxDir = mkdtempSync(path.join(os.tmpdir(), 'portal-test-mail-'));
    const smtpPort = await freePort();
    const catcher = await startMailCatcher({ port: smtpPort, dir: mailboxDir });
    stops.unshift(async () => {
      await catcher.stop();
      rmSync(mailboxDir, { recursive: true, force: true });
    });

    project.provide('databaseUrl', databaseUrl);
    project.provide('adminUrl', adminUrl);
    project.provide('scratchPrefix', `${database}_`);
    project.provide('smtpUrl', `smtp://127.0.0.1:${smtpPort}`);
    project.provide('mailboxDir', mailboxDir);
    log(`database ${database} migrated, mail catcher on port ${smtpPort} (${Date.now() - started} ms)`);
  } catch (error) {
    for (const stop of stops) await stop().catch(() => {});
    throw error;
  }

  return async () => {
    for (const stop of stops) {
      await stop().catch((error: unknown) => console.error('[integration] teardown step failed', error));
    }
  };
}
