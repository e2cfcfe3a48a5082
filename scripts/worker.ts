// The background worker as its own process (production): `npm run worker`.
import { startWorker } from '@/lib/jobs/worker';
import { env } from '@/lib/env';

const worker = await startWorker({ databaseUrl: env().DATABASE_URL });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => process.exit(0));
  });
}
