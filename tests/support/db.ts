// Database helpers for integration tests: scratch databases on the test server and plain SQL.
import pg from 'pg';
import { inject } from 'vitest';
import { dropDatabase, ensureDatabase } from '@/scripts/db/embedded';
import { withDatabase } from './pg-url';

let scratchCount = 0;

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

/** Creates an empty database beside the test database (dropped by `drop`, or at the end of the run). */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const adminUrl = inject('adminUrl');
  const name = `${inject('scratchPrefix')}${process.pid}_${++scratchCount}`;
  await ensureDatabase(adminUrl, name);
  return { name, url: withDatabase(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}

/** Runs SQL on a database with its own short-lived connection. */
export async function sql<R extends pg.QueryResultRow = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The migrated test database of this run. */
export const testDatabaseUrl = (): string => inject('databaseUrl');
