// Lighthouse (its default mobile profile: a mid-range phone on a slow 4G link, simulated) against the pages
// candidates, nominees and members open, in Debian's Chromium. Start the portal first (`npm run demo`, a
// production build with the demo data), then:
//   npm run lighthouse                          # http://localhost:3000
//   npm run lighthouse -- --base http://127.0.0.1:3100 --only /evidence,/mct
// Prints each page's performance, accessibility and SEO scores with LCP, total blocking time and script
// boot-up, and writes them to bench/lighthouse.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { demoSession } from './demo-session';

const { values: args } = parseArgs({
  options: { base: { type: 'string', default: 'http://localhost:3000' }, only: { type: 'string' }, out: { type: 'string' } },
});
const base = args.base!.replace(/\/$/, '');

const signIn = (email: string) => demoSession(base, email);

const candidate = await signIn('candidate@demo.test');
const trainer = await signIn('trainer@demo.test');
const pages: { path: string; cookie?: string }[] = [
  { path: '/' },
  { path: '/sign-in' },
  { path: '/sign-up' },
  { path: '/privacy' },
  { path: '/providers' },
  { path: '/dashboard', cookie: candidate },
  { path: '/evidence', cookie: candidate },
  { path: '/evidence/new', cookie: candidate },
  { path: '/evidence/import', cookie: candidate },
  { path: '/nominations', cookie: candidate },
  { path: '/nominations/new', cookie: trainer },
  { path: '/mct', cookie: candidate },
  { path: '/mct/certifications', cookie: candidate },
  { path: '/mct/membership', cookie: trainer },
  { path: '/profile', cookie: candidate },
];
const only = args.only?.split(',').map((p) => p.trim());

/** The bytes of JavaScript a page loads and does not run, from the audit's details. */
const unusedBytes = (details: unknown) => (details as { overallSavingsBytes?: number } | undefined)?.overallSavingsBytes ?? 0;

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox'],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const page of pages) {
    if (only && !only.includes(page.path)) continue;
    const result = await lighthouse(base + page.path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'seo'],
      extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
    });
    if (!result) throw new Error(`no result for ${page.path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
    rows.push({
      page: page.path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      seo: score('seo'),
      'LCP ms': ms('largest-contentful-paint'),
      'TBT ms': ms('total-blocking-time'),
      'script boot-up ms': ms('bootup-time'),
      'unused JS kB': Math.round(unusedBytes(audits['unused-javascript']?.details) / 1024),
    });
    console.log(
      `[lighthouse] ${page.path}: performance ${score('performance')}, accessibility ${score('accessibility')}, SEO ${score('seo')}`,
    );
  }
} finally {
  chrome.kill();
}
console.table(rows);
const out = path.resolve(args.out ?? 'bench/lighthouse.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), base, pages: rows }, null, 2)}\n`);
console.log(`[lighthouse] written to ${path.relative(process.cwd(), out)}`);
