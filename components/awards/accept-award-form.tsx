'use client';

import { useRouter } from 'next/navigation';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { acceptAwardAction } from '@/lib/awards/actions';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptAwardSchema } from '@/lib/awards/schema';
import { fillMessage } from '@/lib/i18n/fill';

type Agreement = { id: string; title: string; version: string };
/** The form's words in the reader's language, from its page (`acceptAgreement` keeps {title} and {version});
 * the two boxes' only failure is being left unticked, said as `acceptCoc` and `acceptNda`. */
export type AcceptAwardCopy = { acceptAgreement: string; acceptCoc: string; acceptNda: string; accepting: string; submit: string };

/** The new MVP accepts the code of conduct and the NDA, which activates the award. */
export function AcceptAwardForm({
  awardId,
  codeOfConduct,
  nda,
  copy,
}: {
  awardId: string;
  codeOfConduct: Agreement;
  nda: Agreement;
  copy: AcceptAwardCopy;
}) {
  const router = useRouter();
  const { form, formError, onSubmit, errors, isSubmitting, ready } = useActionForm(acceptAwardSchema, acceptAwardAction, {
    defaultValues: { awardId, codeOfConductId: codeOfConduct.id, ndaId: nda.id, acceptCodeOfConduct: false, acceptNda: false },
    // The award page then says what comes next, with the certificate.
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate className="space-y-4" onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <AgreementBox
        id="accept-coc-error"
        label={fillMessage(copy.acceptAgreement, codeOfConduct)}
        error={errors.acceptCodeOfConduct ? copy.acceptCoc : null}
        field={form.register('acceptCodeOfConduct')}
      />
      <AgreementBox
        id="accept-nda-error"
        label={fillMessage(copy.acceptAgreement, nda)}
        error={errors.acceptNda ? copy.acceptNda : null}
        field={form.register('acceptNda')}
      />
      <Button type="submit" disabled={isSubmitting || !ready}>
        {isSubmitting ? copy.accepting : copy.submit}
      </Button>
    </form>
  );
}

/** One agreement's box to tick, with its message beneath when it was left unticked. */
function AgreementBox({ id, label, error, field }: { id: string; label: string; error: string | null; field: UseFormRegisterReturn }) {
  return (
    <div className="space-y-1">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" aria-invalid={Boolean(error)} aria-describedby={error ? id : undefined} {...field} />
        <span>{label}</span>
      </label>
      {error ? (
        <p id={id} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
