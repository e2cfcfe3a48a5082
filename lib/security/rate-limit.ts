import 'server-only';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { clientIpFrom } from './client-ip';

/** Every rate limit of the portal, in one table: at most `limit` hits per fixed window. */
export const RATE_LIMITS = {
  /** Password sign-ins per address; a successful one is given back, so only failures add up. */
  'sign-in:email': { limit: 10, windowSeconds: 15 * 60 },
  /** Password sign-ins per client IP (failures only, as above); an office behind one NAT has room. */
  'sign-in:ip': { limit: 50, windowSeconds: 15 * 60 },
  /** Emailed sign-in links (sign-in and sign-up) per address: stops mail-bombing one inbox. */
  'sign-in-link:email': { limit: 5, windowSeconds: 60 * 60 },
  /** Emailed sign-in links per client IP. */
  'sign-in-link:ip': { limit: 30, windowSeconds: 60 * 60 },
  /** Nominations created per nominator per day (refused attempts are given back). */
  'nominate:user': { limit: 20, windowSeconds: 24 * 60 * 60 },
  /** Spreadsheet uploads per person per hour: ISC completions, training deliveries, evidence CSV
   * (each preview and each import counts, so about 30 files an hour). */
  'upload:user': { limit: 60, windowSeconds: 60 * 60 },
  /** API requests per token per minute (lib/api/auth.ts). */
  'api:token': { limit: 120, windowSeconds: 60 },
  /** API requests with a missing or invalid token per client IP, a quarter of an hour. */
  'api-auth:ip': { limit: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, { limit: number; windowSeconds: number }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The longest window; buckets older than this are never read again. */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(RATE_LIMITS).map((r) => r.windowSeconds));

export type RateLimitHit = {
  allowed: boolean;
  /** Hits in this window so far, this one included. */
  count: number;
  limit: number;
  /** Seconds until the window ends and hits are allowed again. */
  retryAfterSeconds: number;
  key: string;
  windowStart: Date;
};

type Db = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;
type Options = { now?: Date; client?: Db };

/** The bucket key: the limit's name and a hash of who is limited, so the table holds no address or IP. */
export function rateLimitKey(name: RateLimitName, subject: string): string {
  const digest = createHash('sha256').update(subject.trim().toLowerCase()).digest('base64url').slice(0, 32);
  return `${name}:${digest}`;
}

/** The start of the fixed window `now` falls in. */
export function windowStartOf(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

/** Counts one hit against a limit and says whether it is allowed. One atomic upsert, so hits from
 * any number of app instances and connections are counted exactly. */
export async function hitRateLimit(name: RateLimitName, subject: string, options: Options = {}): Promise<RateLimitHit> {
  const { limit, windowSeconds } = RATE_LIMITS[name];
  const now = options.now ?? new Date();
  const db = options.client ?? prisma;
  const key = rateLimitKey(name, subject);
  const windowStart = windowStartOf(now, windowSeconds);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
  return { allowed: count <= limit, count, limit, retryAfterSeconds, key, windowStart };
}

/** Gives a hit back (an attempt that turned out fine, e.g. a correct password). */
export async function refundRateLimit(hit: RateLimitHit, options: Pick<Options, 'client'> = {}): Promise<void> {
  const db = options.client ?? prisma;
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0)
    WHERE "key" = ${hit.key} AND "windowStart" = ${hit.windowStart}`;
}

export type RateLimitCheck = { allowed: true; hits: RateLimitHit[] } | { allowed: false; retryAfterSeconds: number };

/** Hits several limits at once (e.g. per address and per IP). When one refuses, the others' hits
 * are given back: the attempt did not happen. */
export async function hitRateLimits(
  checks: ReadonlyArray<readonly [RateLimitName, string]>,
  options: Options = {},
): Promise<RateLimitCheck> {
  const hits = await Promise.all(checks.map(([name, subject]) => hitRateLimit(name, subject, options)));
  const refused = hits.filter((h) => !h.allowed);
  if (refused.length === 0) return { allowed: true, hits };
  await Promise.all(hits.filter((h) => h.allowed).map((h) => refundRateLimit(h, options)));
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((h) => h.retryAfterSeconds)) };
}

/** "Too many attempts; try again in 12 minutes." */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  if (minutes >= 120) return `Too many attempts; try again in ${Math.ceil(minutes / 60)} hours.`;
  return `Too many attempts; try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** A refusal by a rate limit: an AppError (so actions show the message beside the form) that also
 * carries the wait, for a route handler's Retry-After header. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', tooManyAttemptsMessage(retryAfterSeconds));
    this.name = 'RateLimitedError';
  }
}

/** Hits the limits and throws RateLimitedError when one refuses; returns the hits (to refund). */
export async function enforceRateLimits(
  checks: ReadonlyArray<readonly [RateLimitName, string]>,
  options: Options = {},
): Promise<RateLimitHit[]> {
  const result = await hitRateLimits(checks, options);
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds);
  return result.hits;
}

/** Runs `fn` under a limit: throws RateLimitedError when over it; the hit is given back when `fn`
 * throws or `counts(result)` says the attempt should not count (e.g. a refused nomination). */
export async function withRateLimit<R>(
  name: RateLimitName,
  subject: string,
  fn: () => Promise<R>,
  counts: (result: R) => boolean = () => true,
): Promise<R> {
  const [hit] = await enforceRateLimits([[name, subject]]);
  let result: R;
  try {
    result = await fn();
  } catch (error) {
    if (hit) await refundRateLimit(hit);
    throw error;
  }
  if (hit && !counts(result)) await refundRateLimit(hit);
  return result;
}

/** Deletes windows that ended (run hourly by the worker); returns how many. */
export async function deleteExpiredRateLimitWindows(now = new Date(), options: Pick<Options, 'client'> = {}): Promise<number> {
  const db = options.client ?? prisma;
  const cutoff = new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000);
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "windowStart" < ${cutoff}`;
}

/** The client address of a request, for per-IP limits (see lib/security/client-ip.ts). */
export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, env().TRUSTED_PROXY);
}
