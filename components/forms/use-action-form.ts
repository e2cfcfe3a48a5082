'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { applyActionErrors } from './apply-result';

type Options<In extends FieldValues, R> = {
  defaultValues: DefaultValues<In>;
  onSuccess?: (data: R, values: In) => void;
};

/** A react-hook-form bound to a zod schema and the server action that parses with the same schema:
 * validates in the browser, submits, puts the server's field messages beside their fields and
 * keeps every typed value when anything fails. */
export function useActionForm<In extends FieldValues, Out extends FieldValues, R>(
  schema: z.ZodType<Out, In>,
  action: (input: In) => Promise<ActionResult<R>>,
  options: Options<In, R>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues: options.defaultValues });
  const onSubmit = form.handleSubmit(async (_parsed, event) => {
    event?.preventDefault();
    setFormError(null);
    // The action parses again on the server; it gets what the person typed, not the browser's parse.
    const values = form.getValues();
    const result = await action(values);
    setFormError(applyActionErrors(result, form.setError));
    if (result.ok) options.onSuccess?.(result.data, values);
  });
  return { form, formError, onSubmit, errors: form.formState.errors, isSubmitting: form.formState.isSubmitting };
}
