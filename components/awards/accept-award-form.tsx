'use client';

import { useRouter } from 'next/navigation';
import { acceptAwardAction } from '@/lib/awards/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptAwardSchema } from '@/lib/awards/schema';

type Agreement = { id: string; title: string; version: string };

/** The new MVP accepts the code of conduct and the NDA, which activates the award. */
export function AcceptAwardForm({ awardId, codeOfConduct, nda }: { awardId: string; codeOfConduct: Agreement; nda: Agreement }) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(acceptAwardSchema, acceptAwardAction, {
    defaultValues: { awardId, codeOfConductId: codeOfConduct.id, ndaId: nda.id, acceptCodeOfConduct: false, acceptNda: false },
    // The award page then says what comes next, with the certificate.
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={Boolean(errors.acceptCodeOfConduct)}
            aria-describedby={errors.acceptCodeOfConduct ? 'accept-coc-error' : undefined}
            {...form.register('acceptCodeOfConduct')}
          />
          <span>
            I accept the {codeOfConduct.title} (version {codeOfConduct.version})
          </span>
        </label>
        {errors.acceptCodeOfConduct ? (
          <p id="accept-coc-error" className="text-sm font-medium text-red-700">
            {errors.acceptCodeOfConduct.message}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={Boolean(errors.acceptNda)}
            aria-describedby={errors.acceptNda ? 'accept-nda-error' : undefined}
            {...form.register('acceptNda')}
          />
          <span>
            I accept the {nda.title} (version {nda.version})
          </span>
        </label>
        {errors.acceptNda ? (
          <p id="accept-nda-error" className="text-sm font-medium text-red-700">
            {errors.acceptNda.message}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? 'Accepting…' : 'Accept and activate my award'}
      </Button>
    </form>
  );
}
