'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signUp } from '@/app/(public)/sign-in/actions';
import { applyActionErrors } from '@/components/forms/apply-result';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { signUpSchema } from '@/lib/auth/schema';

export function SignUpForm() {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof signUpSchema>, unknown, z.output<typeof signUpSchema>>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: '', email: '' },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null);
        setFormError(applyActionErrors(await signUp(values), form.setError));
      })}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="name" label="Full name" error={errors.name?.message}>
        {(aria) => <Input {...aria} autoComplete="name" {...form.register('name')} />}
      </Field>
      <Field id="email" label="Email address" hint="We email you a link to sign in; no password needed." error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
