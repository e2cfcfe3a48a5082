'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import { createExportTokenAction, createProviderTokenAction } from '@/lib/api-tokens/actions';
import {
  createExportTokenSchema,
  createProviderTokenSchema,
  type CreateExportTokenInput,
  type CreateProviderTokenInput,
} from '@/lib/api-tokens/schema';
import { API_SCOPES, PROVIDER_SCOPES, TOKEN_LIFETIMES } from '@/lib/api-tokens/scopes';

type Created = { name: string; secret: string; expiresAt: Date };

/** The secret of a token just created: shown here once, with a button to copy it. */
function NewSecret({ token }: { token: Created }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={`Token “${token.name}” created`}>
      <p>Copy it now and keep it in the system that will use it: it is not shown again, and only a hash of it is stored.</p>
      <label htmlFor="new-token-secret" className="mt-2 block font-medium">
        Your new token
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id="new-token-secret"
          readOnly
          value={token.secret}
          className={`${inputClass} max-w-xl font-mono`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(token.secret).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p className="mt-2">It works until {new Date(token.expiresAt).toUTCString()}.</p>
    </Alert>
  );
}

function LifetimeField({ error, registration }: { error?: string; registration: UseFormRegisterReturn }) {
  return (
    <Field id="token-lifetime" label="Expires after" error={error}>
      {(aria) => (
        <Select {...aria} {...registration}>
          {TOKEN_LIFETIMES.map((d) => (
            <option key={d} value={d}>
              {d} days
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** useActionForm for a token form: keeps the created token (its secret) to show once, then resets. */
function useTokenForm<In extends FieldValues, Out extends FieldValues>(
  schema: z.ZodType<Out, In>,
  action: (input: In) => Promise<ActionResult<Created>>,
  empty: In,
) {
  const router = useRouter();
  const [created, setCreated] = useState<Created | null>(null);
  const f = useActionForm(schema, action, {
    defaultValues: empty as DefaultValues<In>,
    onSuccess: (token) => {
      setCreated(token);
      f.form.reset(empty);
      router.refresh();
    },
  });
  return { ...f, created };
}

/** What both token forms have: the new secret once, the name, how long it lasts, the button. */
function TokenFormShell({
  label,
  nameHint,
  submitLabel,
  created,
  formError,
  onSubmit,
  isSubmitting,
  ready,
  name,
  lifetime,
  children,
}: {
  label: string;
  nameHint: string;
  submitLabel: string;
  created: Created | null;
  formError: string | null;
  onSubmit: () => void;
  isSubmitting: boolean;
  ready: boolean;
  name: { error?: string; registration: UseFormRegisterReturn };
  lifetime: { error?: string; registration: UseFormRegisterReturn };
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      {created ? <NewSecret token={created} /> : null}
      <form noValidate aria-label={label} className="space-y-4" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id="token-name" label="Name" hint={nameHint} error={name.error}>
          {(aria) => <Input {...aria} autoComplete="off" {...name.registration} />}
        </Field>
        {children}
        <LifetimeField error={lifetime.error} registration={lifetime.registration} />
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? 'Creating…' : submitLabel}
        </Button>
      </form>
    </div>
  );
}

/** A provider's staff member creates a token for their provider, choosing what it may do. */
export function CreateProviderTokenForm({ providerId }: { providerId: string }) {
  const empty: CreateProviderTokenInput = { providerId, name: '', scopes: [...PROVIDER_SCOPES], expiresInDays: '90' };
  const { form, errors, ...f } = useTokenForm(createProviderTokenSchema, createProviderTokenAction, empty);
  return (
    <TokenFormShell
      {...f}
      label="Create an API token"
      nameHint="What will use it, so you know which token to revoke later."
      submitLabel="Create the token"
      name={{ error: errors.name?.message, registration: form.register('name') }}
      lifetime={{ error: errors.expiresInDays?.message, registration: form.register('expiresInDays') }}
    >
      <fieldset className="space-y-2" aria-describedby={errors.scopes ? 'token-scopes-error' : undefined}>
        <legend className="text-sm font-medium text-slate-900">What it may do</legend>
        {PROVIDER_SCOPES.map((scope) => (
          <label key={scope} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={scope} {...form.register('scopes')} />
            {API_SCOPES[scope].label} <code className="text-xs text-slate-700">{scope}</code>
          </label>
        ))}
        {errors.scopes ? (
          <p id="token-scopes-error" className="text-sm font-medium text-red-700">
            {errors.scopes.message ?? errors.scopes.root?.message}
          </p>
        ) : null}
      </fieldset>
    </TokenFormShell>
  );
}

/** An admin creates a read-only token for the exports. */
export function CreateExportTokenForm() {
  const empty: CreateExportTokenInput = { name: '', expiresInDays: '90' };
  const { form, errors, ...f } = useTokenForm(createExportTokenSchema, createExportTokenAction, empty);
  return (
    <TokenFormShell
      {...f}
      label="Create an export token"
      nameHint="What will use it, e.g. “Reporting workbook”."
      submitLabel="Create the read-only token"
      name={{ error: errors.name?.message, registration: form.register('name') }}
      lifetime={{ error: errors.expiresInDays?.message, registration: form.register('expiresInDays') }}
    />
  );
}
