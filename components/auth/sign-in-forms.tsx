'use client';

import { sendSignInLinkAction, signInWithPasswordAction } from '@/lib/auth/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { emailSignInSchema, passwordSignInSchema } from '@/lib/auth/schema';

/** The forms' words in the reader's language (the page translates them: no messages in the browser). */
export type SignInCopy = Record<'email' | 'password' | 'sending' | 'sendLink' | 'signingIn' | 'signInWithPassword', string>;

export function EmailLinkForm({ callbackUrl, copy }: { callbackUrl?: string; copy: SignInCopy }) {
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(emailSignInSchema, sendSignInLinkAction, {
    defaultValues: { email: '', callbackUrl },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="link-email" label={copy.email} error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="email" {...form.register('email')} />}
      </Field>
      <Button type="submit" disabled={isSubmitting || !ready} className="w-full">
        {isSubmitting ? copy.sending : copy.sendLink}
      </Button>
    </form>
  );
}

export function PasswordForm({ callbackUrl, copy }: { callbackUrl?: string; copy: SignInCopy }) {
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(passwordSignInSchema, signInWithPasswordAction, {
    defaultValues: { email: '', password: '', callbackUrl },
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Field id="password-email" label={copy.email} error={errors.email?.message}>
        {(aria) => <Input {...aria} type="email" autoComplete="username" {...form.register('email')} />}
      </Field>
      <Field id="password" label={copy.password} error={errors.password?.message}>
        {(aria) => <Input {...aria} type="password" autoComplete="current-password" {...form.register('password')} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !ready} className="w-full">
        {isSubmitting ? copy.signingIn : copy.signInWithPassword}
      </Button>
    </form>
  );
}
