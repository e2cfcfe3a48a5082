'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues, UseFormRegisterReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { useActionForm } from '@/components/forms/use-action-form';
import { lazySchema, type SchemaLoader } from '@/components/forms/lazy-schema';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, inputClass, Select } from '@/components/ui/field';
import { createExportTokenAction, createProviderTokenAction } from '@/lib/api-tokens/actions';
import type { CreateExportTokenInput, CreateProviderTokenInput } from '@/lib/api-tokens/schema';
import { PROVIDER_SCOPES, TOKEN_LIFETIMES } from '@/lib/api-tokens/scopes';
import { formatInstant } from '@/lib/format';
import { fillMessage } from '@/lib/i18n/fill';
import type { TokenFormCopy } from './token-copy';

// The schemas (and zod with them) load when the form first checks what was typed, not with the page.
const loadProviderTokenSchema = lazySchema(() => import('@/lib/api-tokens/schema').then((m) => m.createProviderTokenSchema));
const loadExportTokenSchema = lazySchema(() => import('@/lib/api-tokens/schema').then((m) => m.createExportTokenSchema));

/** The provider scopes' message keys. */
const SCOPE_WORDS = {
  'completions:write': 'completionsWrite',
  'completions:read': 'completionsRead',
  'applications:read': 'applicationsRead',
} as const satisfies Record<(typeof PROVIDER_SCOPES)[number], keyof TokenFormCopy['scopes']>;

type Created = { name: string; secret: string; expiresAt: Date };

/** The secret of a token just created: shown here once, with a button to copy it. */
function NewSecret({ token, copy }: { token: Created; copy: TokenFormCopy }) {
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="success" title={fillMessage(copy.created, { name: token.name })}>
      <p>{copy.copyNow}</p>
      <label htmlFor="new-token-secret" className="mt-2 block font-medium">
        {copy.yourToken}
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
          {copied ? copy.copied : copy.copy}
        </Button>
      </div>
      <p className="mt-2">
        {fillMessage(copy.worksUntil, {
          // English keeps the date as it always read; other languages write it their way.
          date:
            copy.locale === 'en' ? new Date(token.expiresAt).toUTCString() : formatInstant(new Date(token.expiresAt), 'UTC', copy.locale),
        })}
      </p>
    </Alert>
  );
}

function LifetimeField({ error, registration, copy }: { error?: string; registration: UseFormRegisterReturn; copy: TokenFormCopy }) {
  return (
    <Field id="token-lifetime" label={copy.expiresAfter} error={error}>
      {(aria) => (
        <Select {...aria} {...registration}>
          {TOKEN_LIFETIMES.map((d) => (
            <option key={d} value={d}>
              {fillMessage(copy.days, { days: d })}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** useActionForm for a token form: keeps the created token (its secret) to show once, then resets. */
function useTokenForm<In extends FieldValues, Out extends FieldValues>(
  schema: SchemaLoader<z.ZodType<Out, In>>,
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
  copy,
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
  copy: TokenFormCopy;
  children?: ReactNode;
}) {
  return (
    <div className="space-y-4">
      {created ? <NewSecret token={created} copy={copy} /> : null}
      <form noValidate aria-label={label} className="space-y-4" onSubmit={onSubmit}>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <Field id="token-name" label={copy.name} hint={nameHint} error={name.error}>
          {(aria) => <Input {...aria} autoComplete="off" {...name.registration} />}
        </Field>
        {children}
        <LifetimeField error={lifetime.error} registration={lifetime.registration} copy={copy} />
        <Button type="submit" disabled={isSubmitting || !ready}>
          {isSubmitting ? copy.creating : submitLabel}
        </Button>
      </form>
    </div>
  );
}

/** A provider's staff member creates a token for their provider, choosing what it may do. */
export function CreateProviderTokenForm({ providerId, copy }: { providerId: string; copy: TokenFormCopy }) {
  const empty: CreateProviderTokenInput = { providerId, name: '', scopes: [...PROVIDER_SCOPES], expiresInDays: '90' };
  const { form, errors, ...f } = useTokenForm(loadProviderTokenSchema, createProviderTokenAction, empty);
  return (
    <TokenFormShell
      {...f}
      copy={copy}
      label={copy.label}
      nameHint={copy.nameHint}
      submitLabel={copy.submit}
      name={{ error: errors.name?.message, registration: form.register('name') }}
      lifetime={{ error: errors.expiresInDays?.message, registration: form.register('expiresInDays') }}
    >
      <fieldset className="space-y-2" aria-describedby={errors.scopes ? 'token-scopes-error' : undefined}>
        <legend className="text-sm font-medium text-slate-900">{copy.mayDo}</legend>
        {PROVIDER_SCOPES.map((scope) => (
          <label key={scope} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={scope} {...form.register('scopes')} />
            {copy.scopes[SCOPE_WORDS[scope]]} <code className="text-xs text-slate-700">{scope}</code>
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

/** An admin creates a read-only token for the exports (its page passes English words). */
export function CreateExportTokenForm({ copy }: { copy: TokenFormCopy }) {
  const empty: CreateExportTokenInput = { name: '', expiresInDays: '90' };
  const { form, errors, ...f } = useTokenForm(loadExportTokenSchema, createExportTokenAction, empty);
  return (
    <TokenFormShell
      {...f}
      copy={copy}
      label="Create an export token"
      nameHint="What will use it, e.g. “Reporting workbook”."
      submitLabel="Create the read-only token"
      name={{ error: errors.name?.message, registration: form.register('name') }}
      lifetime={{ error: errors.expiresInDays?.message, registration: form.register('expiresInDays') }}
    />
  );
}
