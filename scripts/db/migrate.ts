// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL and installs the job queue.
import { installQueues } from '@/lib/jobs/worker';
import { env } from '@/lib/env';
import { migrate } from './migrate-runner';

const url = env().DATABASE_URL;
const { applied, alreadyApplied } = await migrate(url, { log: (m) => console.log(m) });
await installQueues(url);
console.log(`${applied.length} migration(s) applied, ${alreadyApplied.length} already in place; job queue ready.`);
