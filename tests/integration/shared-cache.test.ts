// The per-process cache of rarely changed rows (lib/cache/shared.ts): a read is served from memory
// until a change is announced, an admin's change through a service is seen at once, a change that
// another process or instance commits reaches this one through PostgreSQL's NOTIFY, and a change
// that rolls back drops nothing. The other test files run with the cache off (they write these rows
// directly); this one turns it on.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceChange, cachedRead, keptEntry, sharedCacheState } from '@/lib/cache/shared';
import { saveCategory } from '@/lib/categories/service';
import { readCategoryOptions } from '@/lib/categories/queries';
import { prisma } from '@/lib/db';
import { updateEnrollmentSettings } from '@/lib/mct/admin-service';
import { enrollmentSettingsSchema } from '@/lib/mct/schema';
import { loadProgramSettings, readProgramSettings } from '@/lib/program-settings';
import { readCycleCriteria, updateCriteria } from '@/lib/reviews/criteria';
import { sql, testDatabaseUrl } from '@/tests/support/db';
import { createAdmin, createReviewCycle } from '@/tests/support/review-factories';
import { unique } from '@/tests/support/factories';
import type { Viewer } from '@/lib/auth/viewer';

/** Waits for a state (never a fixed sleep): polls until `check` holds, failing after 10 s. */
async function until(check: () => Promise<boolean> | boolean, what: string) {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let admin: Viewer;
beforeAll(async () => {
  process.env.SHARED_CACHE = 'on';
  admin = await createAdmin();
  // The first read starts this process's listening connection; until it listens, reads go to the database.
  await cachedRead('categories', 'warm-up', async () => null);
  await until(() => sharedCacheState().listening, 'the cache to listen');
});
afterAll(() => {
  process.env.SHARED_CACHE = 'off';
});

describe('the shared cache', () => {
  it('serves the categories from memory until an admin changes the catalogue, then everyone sees the change', async () => {
    const first = await readCategoryOptions();
    expect(await readCategoryOptions()).toBe(first);
    // A row written around the services is not seen: the list really comes from memory.
    const slug = unique('direct');
    await prisma.awardCategory.create({ data: { slug, name: `Direct ${slug}` } });
    expect((await readCategoryOptions()).some((c) => c.name === `Direct ${slug}`)).toBe(false);

    const name = `Cached ${unique('category')}`;
    await saveCategory(admin, { version: 0, name, description: '' });
    // The admin's own next page sees it at once, without waiting for the notification.
    const after = (await readCategoryOptions()).map((c) => c.name);
    expect(after).toContain(name);
    expect(after).toContain(`Direct ${slug}`);
  });

  it('drops a cycle’s criteria when another instance commits a change, and keeps them when it rolls back', async () => {
    const cycle = await createReviewCycle();
    const criteria = await readCycleCriteria(cycle.id);
    expect(criteria.map((c) => c.label)).toContain('Impact and reach');

    // Another process changes a label and announces it in its transaction, then rolls back.
    const other = async (finish: 'COMMIT' | 'ROLLBACK', label: string) =>
      sql(
        testDatabaseUrl(),
        `BEGIN; UPDATE "ReviewCriterion" SET label = '${label}' WHERE "cycleId" = '${cycle.id}' AND key = 'impact';
         SELECT pg_notify('portal_cache', 'criteria'); ${finish};`,
      );
    const invalidations = sharedCacheState().invalidations;
    await other('ROLLBACK', 'Rolled back');
    expect(await readCycleCriteria(cycle.id)).toBe(criteria);

    await other('COMMIT', 'Reach, as another instance saved it');
    await until(() => sharedCacheState().invalidations > invalidations, 'the notification');
    expect((await readCycleCriteria(cycle.id)).map((c) => c.label)).toContain('Reach, as another instance saved it');
  });

  it('shows a criteria change made through the admin’s service at once', async () => {
    const cycle = await createReviewCycle();
    const before = await readCycleCriteria(cycle.id);
    await updateCriteria(admin, {
      cycleId: cycle.id,
      version: cycle.version,
      criteria: before.map((c, i) => ({
        id: c.id,
        label: i === 0 ? 'Impact, renamed' : c.label,
        description: c.description,
        weight: Number(c.weight),
      })),
    });
    expect((await readCycleCriteria(cycle.id))[0]!.label).toBe('Impact, renamed');
  });

  it('shows the program settings an admin saves at once', async () => {
    const current = await loadProgramSettings(prisma);
    expect(await readProgramSettings()).toBe(await readProgramSettings());
    const note = `Waived while the cache is tested (${unique('note')}).`;
    await updateEnrollmentSettings(
      admin,
      enrollmentSettingsSchema.parse({
        version: current.version,
        selfServiceEnabled: current.selfServiceEnabled,
        selfServiceOffReason: current.selfServiceOffReason ?? '',
        mctFeeWaived: true,
        mctFee: '0',
        mctFeeCurrency: current.mctFeeCurrency,
        mctFeeWaiverNote: note,
      }),
    );
    expect((await readProgramSettings()).mctFeeWaiverNote).toBe(note);
  });

  it('announces nothing when the transaction fails', async () => {
    const kept = await readCategoryOptions();
    await expect(
      prisma.$transaction(async (tx) => {
        await announceChange(tx, 'criteria');
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await readCategoryOptions()).toBe(kept);
  });

  it('keeps the value a request read, never the request itself', async () => {
    // Next.js runs each request inside an AsyncLocalStorage, and Node records the request's store on
    // every promise made during it: a kept promise kept the whole request (its response, what it
    // rendered) for minutes. Here a large "request" reads a value, ends, and must be collected.
    const requests = new AsyncLocalStorage<{ body: Uint8Array }>();
    const key = unique('request');
    let request: WeakRef<object> | undefined;
    await (async () => {
      const store = { body: new Uint8Array(8 * 1024 * 1024) };
      request = new WeakRef(store);
      await requests.run(store, () => cachedRead('categories', key, async () => ({ names: ['kept'] })));
    })();
    await until(() => keptEntry('categories', key)?.settled === true, 'the value to be kept');
    expect(await cachedRead('categories', key, async () => ({ names: ['read again'] }))).toEqual({ names: ['kept'] });
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    await until(() => {
      gc();
      return request!.deref() === undefined;
    }, 'the request to be collected');
  });
});
