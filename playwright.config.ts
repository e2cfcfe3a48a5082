import os from 'node:os';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // The server, the worker and each browser share the machine: one test worker per two cores
  // (E2E_WORKERS overrides), so a busy 2-core CI machine runs the journeys one at a time.
  workers: Number(process.env.E2E_WORKERS) || Math.max(1, Math.floor(os.availableParallelism() / 2)),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // Limits fit a slow, busy machine: nothing waits for a fixed time, so a generous limit only matters
  // when something is really stuck. Long journeys set their own (test.setTimeout).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    // Not the server's zone (UTC): a page that renders a date differently on the server and in the
    // browser shows up as a hydration error in the console, which fails the test.
    timezoneId: 'America/Los_Angeles',
    // The portal speaks the browser's language (README, Languages); the journeys read it in English.
    locale: 'en-US',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: Playwright's own browser download does not work offline.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx --conditions=react-server scripts/e2e-server.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
