import 'server-only';
import { prisma } from '@/lib/db';

/** How long the answer to a write with an Idempotency-Key is kept for its retries. */
export const API_IDEMPOTENCY_DAYS = 7;

/** Deletes the answers kept longer than API_IDEMPOTENCY_DAYS (run hourly by the worker); returns how many. */
export async function deleteExpiredIdempotentRequests(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - API_IDEMPOTENCY_DAYS * 86_400_000);
  const { count } = await prisma.apiIdempotentRequest.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}
