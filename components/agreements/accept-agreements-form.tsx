'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptAgreementsAction } from '@/lib/agreements/actions';

/** Accepts the new versions shown above it, once the person ticks that they read them. */
export function AcceptAgreementsForm({ agreementIds }: { agreementIds: string[] }) {
  const router = useRouter();
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, startTransition] = useTransition();
  if (done) return <Alert tone="success">Thank you: the new versions are accepted.</Alert>;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!accepted) return setError('Tick the box to accept the new versions.');
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
        <span>I have read and accept the new version{agreementIds.length === 1 ? '' : 's'} above.</span>
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? 'Accepting…' : 'Accept'}
      </Button>
    </form>
  );
}
