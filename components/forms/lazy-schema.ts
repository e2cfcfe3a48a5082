'use client';

import { useEffect } from 'react';

/** A module's export fetched when first needed, e.g. `() => import('@/lib/x/schema').then((m) => m.xSchema)`. */
export type SchemaLoader<S> = () => Promise<S>;

/** Wraps a loader so its module is fetched once (again after a failed fetch). Define it at module
 * level, beside the form. Zod schemas loaded this way, and zod with them, stay out of the page's
 * first-load JavaScript (zod is ~30 kB compressed). */
export function lazySchema<S>(load: SchemaLoader<S>): SchemaLoader<S> {
  let loaded: Promise<S> | undefined;
  return () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
}

/** What the loader gives, or null when its module cannot be fetched (offline): then the browser
 * skips its own check and the server's parse, which always runs, says what is wrong. */
export async function schemaOrNull<S>(load: SchemaLoader<S>): Promise<S | null> {
  try {
    return await load();
  } catch {
    return null;
  }
}

/** Starts fetching as soon as the form is on screen, so the schema is there by the first check. */
export function usePreloadSchema(load: SchemaLoader<unknown> | null): void {
  useEffect(() => {
    if (load) void schemaOrNull(load);
  }, [load]);
}
