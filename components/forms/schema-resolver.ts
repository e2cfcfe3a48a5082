'use client';

import { useMemo } from 'react';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { lazySchema, schemaOrNull, usePreloadSchema, type SchemaLoader } from './lazy-schema';

// The resolver's glue loads with the schemas, after the page.
const loadZodResolver = lazySchema(() => import('@hookform/resolvers/zod').then((m) => m.zodResolver));

/** A react-hook-form resolver for a zod schema, given or loaded on first use (`lazySchema`): it
 * validates exactly as zodResolver does, once the schema is there; both are fetched when the form
 * mounts. Without them (offline) the browser skips its check and the server's parse answers. */
export function useSchemaResolver<In extends FieldValues, Out extends FieldValues>(
  schema: z.ZodType<Out, In> | SchemaLoader<z.ZodType<Out, In>>,
): Resolver<In, unknown, Out> {
  usePreloadSchema(loadZodResolver);
  usePreloadSchema(typeof schema === 'function' ? schema : null);
  return useMemo<Resolver<In, unknown, Out>>(
    () => async (values, context, options) => {
      const [zodResolver, loaded] = await Promise.all([
        schemaOrNull(loadZodResolver),
        typeof schema === 'function' ? schemaOrNull(schema) : schema,
      ]);
      if (!zodResolver || !loaded) return { values: values as unknown as Out, errors: {} };
      return (zodResolver(loaded) as unknown as Resolver<In, unknown, Out>)(values, context, options);
    },
    [schema],
  );
}
