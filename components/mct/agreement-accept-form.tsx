'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { acceptAgreementAction } from '@/lib/mct/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { fillMessage } from '@/lib/i18n/fill';
import type { MctFormsCopy } from './form-copy';

/** Accepts this year's program agreement, after the candidate ticks that they agree. */
export function AgreementAcceptForm({ agreementId, title, copy }: { agreementId: string; title: string; copy: MctFormsCopy['agreement'] }) {
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="mt-4 space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!agreed) return setError(copy.mustTick);
        startTransition(async () => {
          const result = await acceptAgreementAction({ agreementId });
          if (!result.ok) setError(result.error);
          else router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
        <span>{fillMessage(copy.accept, { title })}</span>
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? copy.saving : copy.submit}
      </Button>
    </form>
  );
}
