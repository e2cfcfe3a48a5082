'use client';

import { useState } from 'react';
import { get, useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { applyActionErrors } from './apply-result';
import type { SchemaLoader } from './lazy-schema';
import { useSchemaResolver } from './schema-resolver';
import { useKeepTypedBeforeHydration } from './typed-before-hydration';
import { useHydrated } from './use-hydrated';

type Options<In extends FieldValues, R> = {
  defaultValues: DefaultValues<In>;
  onSuccess?: (data: R, values: In) => void;
  /** Runs as each submit starts, before the browser's check (e.g. hiding the last "saved" note). */
  onSubmitStart?: () => void;
};

/** A react-hook-form bound to a zod schema and the server action that parses with the same schema:
 * validates in the browser, submits, puts the server's field messages beside their fields and
 * keeps every typed value when anything fails. Pass the schema itself, or (on pages that must stay
 * light: the candidate's) a `lazySchema` loader, which keeps zod out of the first-load JavaScript. */
export function useActionForm<In extends FieldValues, Out extends FieldValues, R>(
  schema: z.ZodType<Out, In> | SchemaLoader<z.ZodType<Out, In>>,
  action: (input: In) => Promise<ActionResult<R>>,
  options: Options<In, R>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useSchemaResolver(schema);
  const form = useForm<In, unknown, Out>({ resolver, defaultValues: options.defaultValues });
  const ready = useHydrated();
  useKeepTypedBeforeHydration();
  const submit = form.handleSubmit(async (_parsed, event) => {
    event?.preventDefault();
    setFormError(null);
    // The action parses again on the server; it gets what the person typed, not the browser's parse.
    const values = form.getValues();
    const result = await action(values);
    setFormError(applyActionErrors(result, form.setError));
    if (result.ok) options.onSuccess?.(result.data, values);
  });
  const onSubmit: typeof submit = (event) => {
    options.onSubmitStart?.();
    return submit(event);
  };
  // react-hook-form writes its values into the fields once hydrated; before that the server's HTML
  // shows empty fields. These give a field its starting value in the HTML too.
  /** A text field, textarea or select, registered, with its starting value in the server's HTML. */
  const field = (name: Path<In>) => {
    const value: unknown = get(options.defaultValues, name);
    return { ...form.register(name), defaultValue: value === null || value === undefined ? '' : String(value) };
  };
  /** A single checkbox holding a boolean, registered, ticked in the server's HTML as it will be. */
  const checkbox = (name: Path<In>) => ({ ...form.register(name), defaultChecked: get(options.defaultValues, name) === true });
  /** One radio button of a group, registered, checked in the server's HTML when it holds the starting value. */
  const radio = (name: Path<In>, value: string) => ({
    ...form.register(name),
    value,
    defaultChecked: String(get(options.defaultValues, name) ?? '') === value,
  });
  // `ready`: hydrated, so a submit runs the action (disable the submit button until then).
  return {
    form,
    formError,
    onSubmit,
    errors: form.formState.errors,
    isSubmitting: form.formState.isSubmitting,
    ready,
    field,
    checkbox,
    radio,
  };
}
