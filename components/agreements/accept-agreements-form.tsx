'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptAgreementsAction } from '@/lib/agreements/actions';

/** The form's words in the reader's language, read on the agreements page. */
export type AcceptAgreementsCopy = { done: string; tick: string; readOne: string; readMany: string; accepting: string; accept: string };

/** Accepts the new versions shown above it, once the person ticks that they read them. */
export function AcceptAgreementsForm({ agreementIds, copy }: { agreementIds: string[]; copy: AcceptAgreementsCopy }) {
  const router = useRouter();
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  if (done) return <Alert tone="success">{copy.done}</Alert>;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!accepted) return setError(copy.tick);
        startTransition(async () => {
          const result = await acceptAgreementsAction({ agreementIds, accept: true });
          if (!result.ok) return setError(result.error);
          setDone(true);
          router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
        <span>{agreementIds.length === 1 ? copy.readOne : copy.readMany}</span>
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? copy.accepting : copy.accept}
      </Button>
    </form>
  );
}
