// Checks the production dependencies for published advisories of high or critical severity:
// `npm audit --omit=dev --audit-level=high`, run where the registry serves npm's audit endpoint
// (registry.npmjs.org does; some mirrors and proxies answer 405). Exits 0 when clean, 1 when an
// advisory is found, 2 when the audit could not run at all: never reports "clean" without an answer.
//
//   npx tsx scripts/audit-deps.ts
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: root, encoding: 'utf8' });

type Audit = { metadata?: { vulnerabilities?: Record<string, number> }; message?: string; error?: { summary?: string } };
let report: Audit | undefined;
try {
  report = JSON.parse(run.stdout) as Audit;
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  console.error('npm audit could not run here, so nothing is known about advisories:');
  console.error(`  ${report?.error?.summary || report?.message || run.stderr.trim().split('\n').slice(-2).join(' ')}`);
  console.error(
    'Run `npm audit --omit=dev --audit-level=high` where the registry serves the audit endpoint (e.g. registry.npmjs.org, CI).',
  );
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; version?: string }>;
  };
  const production = Object.entries(lock.packages).filter(([name, p]) => name && !p.dev);
  console.error(`The lockfile pins ${production.length} production packages; direct ones are listed in package.json with exact versions.`);
  process.exit(2);
}

const high = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`Production dependencies: ${JSON.stringify(counts)}`);
if (high > 0) {
  console.error(`${high} high or critical advisories: run \`npm audit --omit=dev\` for details.`);
  process.exit(1);
}
console.log('No high or critical advisory in production dependencies.');
