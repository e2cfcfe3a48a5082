'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { saveProviderAction } from '@/lib/providers/actions';
import { FormError, STALE_PATTERN, useRecordVersion } from '@/components/forms/stale-write';
import { DraftStatus } from '@/components/forms/draft-status';
import { useActionForm } from '@/components/forms/use-action-form';
import { initialValuesWithDraft, useFormDraft, type SavedDraft } from '@/components/forms/use-form-draft';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { providerDraftKey, providerSchema, type ProviderInput } from '@/lib/providers/schema';

const EMPTY: ProviderInput = {
  id: '',
  version: 0,
  name: '',
  country: '',
  contactEmail: '',
  website: '',
  approvedFrom: '',
  approvedUntil: '',
};

/** Adds an ISC provider or edits one: contact details and approval period. What is typed is kept as
 * a draft until saved. */
export function ProviderForm({ initial, userId, draft }: { initial?: ProviderInput; userId: string; draft: SavedDraft | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const versionRef = useRecordVersion(initial?.version ?? 0);
  const save = (values: ProviderInput) => saveProviderAction({ ...values, version: versionRef.current });
  const { form, formError, onSubmit, errors, isSubmitting, field } = useActionForm(providerSchema, save, {
    onSubmitStart: () => setSaved(false),
    defaultValues: { ...initialValuesWithDraft(initial ?? EMPTY, draft), id: initial?.id ?? '' },
    onSuccess: (data) => {
      void drafts.clear();
      if (!initial) return router.push(`/admin/mct/providers/${data.id}`);
      versionRef.current += 1;
      setSaved(true);
      router.refresh();
    },
  });
  const drafts = useFormDraft(form, { formKey: providerDraftKey(initial?.id), userId, defaults: initial ?? EMPTY, initial: draft });
  return (
    <form noValidate className="space-y-3" onSubmit={onSubmit}>
      <FormError message={formError} staleWhen={STALE_PATTERN} />
      {saved ? <Alert tone="success">Provider saved.</Alert> : null}
      <Field id="provider-name" label="Name" error={errors.name?.message}>
        {(aria) => <Input {...aria} {...field('name')} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="provider-country" label="Country" hint="Shown on the public list of providers." error={errors.country?.message}>
          {(aria) => <Input {...aria} {...field('country')} />}
        </Field>
        <Field id="provider-contactEmail" label="Contact email" error={errors.contactEmail?.message}>
          {(aria) => <Input {...aria} type="email" {...field('contactEmail')} />}
        </Field>
        <Field id="provider-website" label="Website" error={errors.website?.message}>
          {(aria) => <Input {...aria} type="url" {...field('website')} />}
        </Field>
        <Field id="provider-approvedFrom" label="Approved from" error={errors.approvedFrom?.message}>
          {(aria) => <Input {...aria} type="date" {...field('approvedFrom')} />}
        </Field>
        <Field id="provider-approvedUntil" label="Approved until (included)" error={errors.approvedUntil?.message}>
          {(aria) => <Input {...aria} type="date" {...field('approvedUntil')} />}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : initial ? 'Save provider' : 'Add provider'}
        </Button>
        <DraftStatus state={drafts.state} savedAt={drafts.savedAt} hasDraft={drafts.hasDraft} onDiscard={drafts.discard} />
      </div>
    </form>
  );
}
