import { PrismaPg } from '@prisma/adapter-pg';
import { isRawRead, rawSqlText, reportDatabaseError, retryReadWhileUnavailable, setAvailabilityProbe } from '@/lib/availability';
import { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // A connection the server drops (restart, failover) is reported, never an unhandled 'error'
  // event that would end the process; lib/availability.ts decides whether the database is down.
  const adapter = new PrismaPg(
    { connectionString: env().DATABASE_URL, max: 10 },
    { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
  );
  // Many requests at once (fifty submits of one form) queue for one of the pool's connections rather
  // than fail after Prisma's default 2 s wait (tests/integration/concurrency.test.ts).
  const base = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 15_000 } });
  setAvailabilityProbe(() => base.$queryRaw`SELECT 1`);
  // Reads ride out a database restart (lib/availability.ts); writes fail at once and say so.
  const client = base.$extends({
    query: {
      $allModels: {
        $allOperations({ operation, args, query }) {
          return READS.has(operation) ? retryReadWhileUnavailable(() => query(args)) : query(args);
        },
      },
      // Raw statements that only read (they begin with SELECT) ride it out too; UPDATE … RETURNING,
      // WITH (which may hide a write) and session settings never do.
      $queryRaw({ args, query }) {
        return isRawRead(rawSqlText(args)) ? retryReadWhileUnavailable(() => query(args)) : query(args);
      },
      $queryRawUnsafe({ args, query }) {
        return isRawRead(rawSqlText(args)) ? retryReadWhileUnavailable(() => query(args)) : query(args);
      },
    },
  });
  return client as unknown as PrismaClient;
}

const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);

/** The one Prisma client. Created lazily (so importing this module needs no database) and kept on
 * globalThis in development, where hot reload would otherwise open a pool per edit. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    globalForPrisma.prisma ??= createClient();
    const value: unknown = Reflect.get(globalForPrisma.prisma, prop);
    return typeof value === 'function' ? value.bind(globalForPrisma.prisma) : value;
  },
});

/** A transaction client, as passed to `prisma.$transaction(async (tx) => ...)`. */
export type Tx = Prisma.TransactionClient;

/** Whether an error is a unique-constraint violation (optionally of a named index or column): a
 * concurrent request got there first, or the value is taken. */
export function isUniqueViolation(error: unknown, index?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return false;
  if (!index) return true;
  return JSON.stringify(error.meta ?? {}).includes(index) || error.message.includes(index);
}
