'use client';

import { sendSignInLinkAction, signInWithPasswordAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { emailSignInSchema, passwordSignInSchema } from '@/lib/auth/schema';

export function EmailLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(emailSignInSchema, sendSignInLinkAction, {
    defaultValues: { email: '', callbackUrl },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="link-email" label="Email address" error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting || !ready} className="w-full">
        {isSubmitting ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}

export function PasswordForm({ callbackUrl }: { callbackUrl?: string }) {
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(passwordSignInSchema, signInWithPasswordAction, {
    defaultValues: { email: '', password: '', callbackUrl },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="password-email" label="Email address" error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field id="password" label="Password" error={errors.password?.message}>
        {(aria) => <Input {...aria} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready} className="w-full">
        {isSubmitting ? 'Signing in…' : 'Sign in with password'}
      </Button>
    </form>
  );
}
