'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { sendSignInLink, signInWithPassword } from '@/app/(public)/sign-in/actions';
import { applyActionErrors } from '@/components/forms/apply-result';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { emailSignInSchema, passwordSignInSchema } from '@/lib/auth/schema';

export function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof emailSignInSchema>, unknown, z.output<typeof emailSignInSchema>>({
    resolver: zodResolver(emailSignInSchema),
    defaultValues: { email: '', callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null);
        const result = await sendSignInLink(values);
        setFormError(applyActionErrors(result, form.setError));
      })}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="link-email" label="Email address" error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}

export function PasswordForm({ callbackUrl }: { callbackUrl?: string }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<typeof passwordSignInSchema>, unknown, z.output<typeof passwordSignInSchema>>({
    resolver: zodResolver(passwordSignInSchema),
    defaultValues: { email: '', password: '', callbackUrl },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null);
        const result = await signInWithPassword(values);
        setFormError(applyActionErrors(result, form.setError));
      })}
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="password-email" label="Email address" error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        {(aria) => <Input {...aria} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting} className="w-full">
        {isSubmitting ? 'Signing in…' : 'Sign in with password'}
      </Button>
    </form>
  );
}
