'use client';

import { useRouter } from 'next/navigation';
import { submitProviderApplicationAction } from '@/lib/mct/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
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
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          className="mt-1"
          aria-invalid={Boolean(errors.acceptAgreement)}
          aria-describedby={errors.acceptAgreement ? 'acceptAgreement-error' : undefined}
          {...form.register('acceptAgreement')}
        />
        <span>{copy.accept}</span>
      </label>
      {errors.acceptAgreement ? (
        <p id="acceptAgreement-error" className="text-sm font-medium text-red-700">
          {errors.acceptAgreement.message}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.submitting : copy.submit}
      </Button>
    </form>
  );
}
