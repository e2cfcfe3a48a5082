'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { get, type FieldError, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { localizeIssue, type ZodMessages } from '@/lib/i18n/zod-issues';
import { useZodMessages } from './form-language';
import { schemaOrNull, usePreloadSchema, type SchemaLoader } from './lazy-schema';

// The resolver's glue is small (~3 kB, no zod in it) and imported as usual: imported lazily here
// and statically by the nomination forms, the development server's bundler named its chunk in the
// page but never wrote it (a 404 in the console of /admin and /provider).

/** A react-hook-form resolver for a zod schema, given or loaded on first use (`lazySchema`): it
 * validates exactly as zodResolver does, once the schema is there; it is fetched when the form
 * mounts. Without it (offline) the browser skips its check and the server's parse answers. */
export function useSchemaResolver<In extends FieldValues, Out extends FieldValues>(
  schema: z.ZodType<Out, In> | SchemaLoader<z.ZodType<Out, In>>,
): Resolver<In, unknown, Out> {
  usePreloadSchema(typeof schema === 'function' ? schema : null);
  const messages = useZodMessages();
  return useMemo<Resolver<In, unknown, Out>>(
    () => async (values, context, options) => {
      const loaded = typeof schema === 'function' ? await schemaOrNull(schema) : schema;
      if (!loaded) return { values: values as unknown as Out, errors: {} };
      const result = await (zodResolver(loaded) as unknown as Resolver<In, unknown, Out>)(values, context, options);
      if (messages && Object.keys(result.errors).length > 0) await localizeErrors(loaded, values, result.errors, messages);
      return result;
    },
    [schema, messages],
  );
}

/** Says the resolver's messages in the page's language (lib/i18n/zod-issues.ts), field by field. */
async function localizeErrors(schema: z.ZodType, values: unknown, errors: object, messages: ZodMessages): Promise<void> {
  const parsed = await schema.safeParseAsync(values);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const error = get(errors, issue.path.join('.')) as FieldError | undefined;
    if (error && error.message === issue.message) error.message = localizeIssue(issue, messages);
  }
}
