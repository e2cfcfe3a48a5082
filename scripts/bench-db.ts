// The database of `npm run seed:large` and `npm run bench`: DATABASE_URL when set, otherwise an
// embedded PostgreSQL in its own data directory (.data-bench, so the development data in .data is
// never touched), migrated, with the demo data and the large dataset loaded once.
import path from 'node:path';
import pg from 'pg';
import { todayIn } from '@/lib/dates';
import { ensureDatabase, startEmbeddedPostgres } from './db/embedded';
import { migrate } from './db/migrate-runner';
import { countRows, hasLargeDataset, loadLargeDataset, type LargeDatasetResult } from './large-dataset';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH_DATA_DIR = path.join(ROOT, '.data-bench');

export type BenchDatabase = {
  url: string;
  /** Whether pg_stat_statements is loaded (embedded server only), for counting queries. */
  statements: boolean;
  large: LargeDatasetResult;
  stop: () => Promise<void>;
};

/** Brings the database up with the demo data and the large dataset (loaded unless already there). */
export async function prepareBenchDatabase(opts: { scale: number; dataDir?: string; log: (m: string) => void }): Promise<BenchDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  let statements = false;
  if (!url) {
    // One server per scale: the marker makes a loaded dataset final, so a quick run keeps its own.
    const dataDir = path.join(opts.dataDir ?? BENCH_DATA_DIR, opts.scale === 1 ? 'postgres' : `postgres-scale-${opts.scale}`);
    const server = await startEmbeddedPostgres({
      dataDir,
      // Counting the queries the app sends (bench) needs the statistics extension preloaded.
      settings: { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track': 'all' },
    });
    await ensureDatabase(server.adminUrl, 'portal');
    url = server.urlFor('portal');
    stop = server.stop;
    statements = true;
    opts.log(`embedded PostgreSQL in ${path.relative(ROOT, dataDir)}`);
  }
  process.env.DATABASE_URL = url;
  await migrate(url, { log: opts.log });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (statements) await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    let large: LargeDatasetResult;
    if (await hasLargeDataset(client)) {
      opts.log('the large dataset is already loaded');
      large = { loaded: false, seconds: 0, counts: await countRows(client) };
    } else {
      // The demo data first: its accounts sign in, and the large data hangs on its categories and cycles.
      const started = Date.now();
      const { seed } = await import('@/prisma/seed-data');
      const { prisma } = await import('@/lib/db');
      const today = todayIn('America/Los_Angeles');
      await seed({ today });
      await prisma.$disconnect();
      opts.log(`demo data in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      large = await loadLargeDataset(client, { scale: opts.scale, today, log: (m) => opts.log(`  ${m}`) });
    }
    return { url, statements, large, stop };
  } finally {
    await client.end();
  }
}
