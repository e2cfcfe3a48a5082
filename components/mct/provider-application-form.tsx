'use client';

import { useRouter } from 'next/navigation';
import { submitProviderApplicationAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/field';
import { submitProviderApplicationSchema } from '@/lib/mct/schema';

/** The form's words in the reader's language, from its page (`accept` with the agreement's title in). */
export type ProviderApplicationFormCopy = { accept: string; submitting: string; submit: string };

/** The candidate accepts the agreement on a provider-started application, which submits it. */
export function ProviderApplicationForm({
  applicationId,
  agreementId,
  copy,
}: {
  applicationId: string;
  agreementId: string;
  copy: ProviderApplicationFormCopy;
}) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(
    submitProviderApplicationSchema,
    submitProviderApplicationAction,
    {
      // Unticked until the candidate ticks it; the schema only accepts `true`.
      defaultValues: { applicationId, agreementId, acceptAgreement: false as unknown as true },
      onSuccess: () => router.refresh(),
    },
  );
  return (
    <form noValidate className="space-y-3" onSubmit={(event) => void onSubmit(event)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <CheckboxField
        id="acceptAgreement"
        label={copy.accept}
        error={errors.acceptAgreement?.message}
        input={form.register('acceptAgreement')}
      />
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.submitting : copy.submit}
      </Button>
    </form>
  );
}
