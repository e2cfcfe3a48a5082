// Runs in each integration test worker before the test file is imported: lib/env.ts reads (and
// caches) process.env on first use, so the test database and the mail catcher must be in place first.
import { afterAll, inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
process.env.SMTP_URL = inject('smtpUrl');
process.env.MAILBOX_DIR = inject('mailboxDir');
process.env.EMPLOYEE_EMAIL_DOMAINS = 'microsoft.com';
process.env.AUTH_SECRET = 'integration-test-secret-of-enough-length';
// Tests write categories, criteria and settings directly, around the services that announce a change:
// the per-process cache of those rows (lib/cache/shared.ts) is off, except in its own test.
process.env.SHARED_CACHE = 'off';

afterAll(async () => {
  // lib/db.ts keeps its client on globalThis; close its pool so the worker can exit.
  const holder = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
});
