// Rate limits kept in PostgreSQL: exact under concurrency, shared by every app instance.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { PrismaClient } from '@/lib/generated/prisma/client';
import {
  deleteExpiredRateLimitWindows,
  hitRateLimit,
  hitRateLimits,
  rateLimitKey,
  RateLimitedError,
  RATE_LIMITS,
  refundRateLimit,
  withRateLimit,
} from '@/lib/security/rate-limit';
import { testDatabaseUrl } from '@/tests/support/db';

// Two "app instances": separate clients with their own connection pools.
const instanceA = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 8 }) });
const instanceB = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl(), max: 8 }) });
afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

const subject = () => `person-${Math.random().toString(36).slice(2)}@example.org`;

describe('rate limits in PostgreSQL', () => {
  it('lets exactly the limit through when 30 hits race across two instances', async () => {
    const who = subject();
    const limit = RATE_LIMITS['sign-in:email'].limit;
    expect(limit).toBe(10);
    const now = new Date();
    const hits = await Promise.all(
      Array.from({ length: 30 }, (_, i) => hitRateLimit('sign-in:email', who, { now, client: i % 2 === 0 ? instanceA : instanceB })),
    );
    expect(hits.filter((h) => h.allowed)).toHaveLength(10);
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // A third instance (the app's own client) sees the same count and refuses too.
    const next = await hitRateLimit('sign-in:email', who, { now });
    expect(next).toMatchObject({ allowed: false, count: 31 });
  });

  it('says how long to wait, and allows again in the next window', async () => {
    const who = subject();
    const windowMs = RATE_LIMITS['sign-in-link:email'].windowSeconds * 1000;
    const start = new Date(Math.floor(Date.now() / windowMs) * windowMs + 10 * 60_000); // 10 minutes into a 1-hour window
    for (let i = 0; i < 5; i++) expect((await hitRateLimit('sign-in-link:email', who, { now: start })).allowed).toBe(true);
    const refused = await hitRateLimit('sign-in-link:email', who, { now: start });
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 50 * 60 });
    const later = await hitRateLimit('sign-in-link:email', who, { now: new Date(start.getTime() + 50 * 60_000) });
    expect(later).toMatchObject({ allowed: true, count: 1 });
  });

  it('keeps no address in the table, only a hash', async () => {
    const who = subject();
    await hitRateLimit('sign-in:email', who);
    const rows = await prisma.rateLimitBucket.findMany({ where: { key: rateLimitKey('sign-in:email', who) } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.key).not.toContain(who);
    expect(rateLimitKey('sign-in:email', who.toUpperCase())).toBe(rateLimitKey('sign-in:email', who));
  });

  it('gives a hit back, and gives back the other hits when one limit refuses', async () => {
    const email = subject();
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${Math.random()}`;
    const hit = await hitRateLimit('sign-in:email', email);
    await refundRateLimit(hit);
    expect((await prisma.rateLimitBucket.findFirstOrThrow({ where: { key: hit.key } })).count).toBe(0);

    // The IP is over its limit: the attempt does not happen, so the address's hit is given back.
    const now = new Date();
    for (let i = 0; i < RATE_LIMITS['sign-in:ip'].limit; i++) await hitRateLimit('sign-in:ip', ip, { now });
    const check = await hitRateLimits(
      [
        ['sign-in:email', email],
        ['sign-in:ip', ip],
      ],
      { now },
    );
    expect(check.allowed).toBe(false);
    const emailBucket = await prisma.rateLimitBucket.findFirstOrThrow({ where: { key: rateLimitKey('sign-in:email', email) } });
    expect(emailBucket.count).toBe(0);
  });

  it('refuses with a clear message, and does not count attempts that did not count', async () => {
    const userId = subject();
    const limit = RATE_LIMITS['nominate:user'].limit;
    // Refused nominations (e.g. "already nominated") are given back.
    for (let i = 0; i < limit + 5; i++) {
      await withRateLimit(
        'nominate:user',
        userId,
        async () => ({ outcome: 'refused' }),
        (r) => r.outcome === 'created',
      );
    }
    // Failures are given back too.
    await expect(withRateLimit('nominate:user', userId, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    for (let i = 0; i < limit; i++) await withRateLimit('nominate:user', userId, async () => 'created');
    const refused = withRateLimit('nominate:user', userId, async () => 'created');
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow(/^Too many attempts; try again in \d+ (minutes?|hours)\.$/);
  });

  it('deletes only windows that ended', async () => {
    const old = subject();
    const fresh = subject();
    const now = new Date();
    const twoDaysAgo = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
    await hitRateLimit('nominate:user', old, { now: twoDaysAgo });
    await hitRateLimit('nominate:user', fresh, { now });
    expect(await deleteExpiredRateLimitWindows(now)).toBeGreaterThanOrEqual(1);
    expect(await prisma.rateLimitBucket.count({ where: { key: rateLimitKey('nominate:user', old) } })).toBe(0);
    expect(await prisma.rateLimitBucket.count({ where: { key: rateLimitKey('nominate:user', fresh) } })).toBe(1);
  });
});
