// `npm run seed:large [-- --scale 0.1] [--data-dir .data]`: loads the demo data and then a
// program's whole history (scripts/large-dataset.ts) into DATABASE_URL, or, without it, into the
// benchmark's embedded database in .data-bench (pass --data-dir .data for the development one,
// with `npm run dev` stopped). Running it again adds nothing. Prints the time taken and the rows.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareBenchDatabase, ROOT } from './bench-db';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, 'data-dir': { type: 'string' } },
});
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be a number above 0 (1 is the full program).');

const log = (m: string) => console.log(`[seed:large] ${m}`);
const started = Date.now();
const db = await prepareBenchDatabase({ scale, dataDir: values['data-dir'] && path.resolve(ROOT, values['data-dir']), log });
try {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(db.large.loaded ? `loaded the large dataset (scale ${scale}) in ${seconds} s` : `nothing to do (${seconds} s)`);
  console.table(db.large.counts);
} finally {
  await db.stop();
}
