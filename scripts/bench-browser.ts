// What a person feels while the server is under load: a real Chromium opens a page a few times and reads
// the Navigation Timing API (time to first byte) and the Largest Contentful Paint the browser reports.
// Used by scripts/bench.ts during the 8-connection run of the review page and the evidence log.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export type FeelFigures = {
  /** Each visit's time to first byte and LCP in ms; the first visit has an empty cache, the others a warm one. */
  visits: { ttfbMs: number; lcpMs: number }[];
  coldTtfbMs: number;
  coldLcpMs: number;
  /** Medians of the visits after the first (the browser has the scripts and styles by then). */
  warmTtfbMs: number;
  warmLcpMs: number;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Browser | null = null;

/** Whether a Chromium is there to measure with. */
export function browserAvailable(): boolean {
  return existsSync(CHROMIUM);
}

async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/** Opens `url` `visits` times in one fresh browser context that carries `cookieHeader` ("a=1; b=2"). */
export async function measureFeel(url: string, cookieHeader: string | undefined, visits = 4): Promise<FeelFigures> {
  const context = await (await launch()).newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(url).origin;
  if (cookieHeader) {
    await context.addCookies(
      cookieHeader.split(';').map((pair) => {
        const [name, ...rest] = pair.trim().split('=');
        return { name: name!, value: rest.join('='), url: origin };
      }),
    );
  }
  const page = await context.newPage();
  const figures: { ttfbMs: number; lcpMs: number }[] = [];
  try {
    for (let i = 0; i < visits; i += 1) {
      await page.goto(url, { waitUntil: 'load' });
      const measured = await page.evaluate(
        () =>
          new Promise<{ ttfbMs: number; lcpMs: number }>((resolve) => {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
            let lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            // Buffered entries arrive in a task of their own: read them after two frames.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve({ ttfbMs: Math.round(nav?.responseStart ?? 0), lcpMs: Math.round(lcp) })),
            );
          }),
      );
      figures.push(measured);
    }
  } finally {
    await context.close();
  }
  const warm = figures.slice(1);
  return {
    visits: figures,
    coldTtfbMs: figures[0]?.ttfbMs ?? 0,
    coldLcpMs: figures[0]?.lcpMs ?? 0,
    warmTtfbMs: median(warm.map((f) => f.ttfbMs)),
    warmLcpMs: median(warm.map((f) => f.lcpMs)),
  };
}
