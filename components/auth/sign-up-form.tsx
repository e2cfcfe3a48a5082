'use client';

import { useEffect } from 'react';
import { signUpAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { signUpSchema } from '@/lib/auth/schema';
import type { Locale } from '@/lib/i18n/locales';
import { browserTimeZone } from '@/lib/time-zones';

/** The form's words in the reader's language (the page translates them). */
export type SignUpCopy = Record<'name' | 'email' | 'emailHint' | 'creating' | 'create', string>;

export function SignUpForm({ copy, locale }: { copy: SignUpCopy; locale: Locale }) {
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(signUpSchema, signUpAction, {
    defaultValues: { name: '', email: '', timeZone: '', locale },
  });
  // Deadlines are shown in the browser's time zone from the first page (changeable in the profile).
  useEffect(() => form.setValue('timeZone', browserTimeZone() ?? ''), [form]);
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label={copy.name} error={errors.name?.message}>
        {(aria) => <Input {...aria} autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field id="email" label={copy.email} hint={copy.emailHint} error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <input type="hidden" {...form.register('timeZone')} />
      <input type="hidden" {...form.register('locale')} />
      <Button type="submit" disabled={isSubmitting || !ready} className="w-full">
        {isSubmitting ? copy.creating : copy.create}
      </Button>
    </form>
  );
}
