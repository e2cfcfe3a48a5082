// `npm run db:scratch`: a throwaway embedded PostgreSQL with every migration applied, for writing the
// next migration offline: `npm run db:diff -- --from-url <printed url> --name <name>`.
// Stays up until Ctrl-C; its data directory is deleted on exit.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ensureDatabase, startEmbeddedPostgres } from './embedded';
import { migrate } from './migrate-runner';

const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-scratch-'));
const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), ephemeral: true });
await ensureDatabase(pg.adminUrl, 'scratch');
const url = pg.urlFor('scratch');
const { applied } = await migrate(url);
console.log(`${applied.length} migration(s) applied.`);
console.log(url);
const stop = async () => {
  await pg.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
await new Promise(() => {});
