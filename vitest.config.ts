import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// Shared by both projects: `@/` is the repository root (tsconfig paths), and 'server-only' (which
// throws outside Next's react-server condition) is an empty module under test. next-intl's server
// functions are its react-server build (what pages get inside Next.js), reading the request
// configuration next.config.ts's plugin points it at.
const resolve = {
  alias: {
    '@': root,
    'server-only': path.join(root, 'tests/support/empty.ts'),
    'next-intl/server': path.join(root, 'node_modules/next-intl/dist/esm/production/server.react-server.js'),
    'next-intl/config': path.join(root, 'lib/i18n/request.ts'),
  },
};
// next-intl is bundled by vitest rather than loaded by Node, so the aliases above and a test's mock of
// next/headers (which Node cannot resolve without Next's bundler) reach its imports.
const server = { deps: { inline: ['next-intl'] } };

export default defineConfig({
  test: {
    // Stopping the worker, the mail catcher and PostgreSQL can take a few seconds.
    teardownTimeout: 60_000,
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          environment: 'node',
          server,
          include: ['lib/**/*.test.ts'],
          exclude: ['lib/generated/**', 'node_modules/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          environment: 'node',
          server,
          include: ['tests/integration/**/*.test.ts'],
          // One PostgreSQL and one test database for the run (started in globalSetup, migrated once).
          globalSetup: ['tests/support/global-setup.ts'],
          // Points lib/env.ts at that database and the mail catcher before any test module loads.
          setupFiles: ['tests/support/setup-env.ts'],
          // Files run one after another, so row counts and the worker see no other file's writes.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
