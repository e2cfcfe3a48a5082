// A scratch database for the performance tests: migrated, with lib/db.ts's client pointed at it
// through a pg pool that records every statement the app sends (to count them, or to EXPLAIN them).
// The demo seed and the large dataset (scripts/large-dataset.ts) are loaded by the tests themselves.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { migrate } from '@/scripts/db/migrate-runner';
import { createScratchDatabase } from './db';

export type Statement = { text: string; values: unknown[] };

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;

export type RecordingDatabase = {
  url: string;
  /** A plain connection for loading data and EXPLAIN. */
  sql: pg.Client;
  /** Runs fn and returns what it returned with the statements it sent (transaction control left out). */
  record: <T>(fn: () => Promise<T>) => Promise<{ value: T; statements: Statement[] }>;
  close: () => Promise<void>;
};

export async function openRecordingDatabase(): Promise<RecordingDatabase> {
  const scratch = await createScratchDatabase();
  await migrate(scratch.url);
  let recording: Statement[] | null = null;
  const pool = new pg.Pool({ connectionString: scratch.url, max: 4 });
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      const text = typeof config === 'string' ? config : config.text;
      if (recording && !TRANSACTION_CONTROL.test(text))
        recording.push({ text, values: (typeof config === 'string' ? values : config.values) ?? [] });
      return query(...args);
    };
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  // lib/db.ts keeps its one client here: every query and service now talks to the scratch database.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = prisma;
  const sql = new pg.Client({ connectionString: scratch.url });
  await sql.connect();
  return {
    url: scratch.url,
    sql,
    record: async (fn) => {
      recording = [];
      try {
        const value = await fn();
        return { value, statements: recording };
      } finally {
        recording = null;
      }
    },
    close: async () => {
      await sql.end();
      await prisma.$disconnect();
      (globalThis as unknown as { prisma?: PrismaClient }).prisma = undefined;
      await pool.end().catch(() => {});
      await scratch.drop();
    },
  };
}
