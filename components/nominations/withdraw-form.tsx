'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { withdrawAction } from '@/lib/nominations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

/** The form's words in the reader's language (the page translates them). */
export type WithdrawFormCopy = Record<'start' | 'reason' | 'withdrawing' | 'confirm' | 'keep', string>;

/** Withdraws a nomination after a confirmation step. */
export function WithdrawForm({ nominationId, explanation, copy }: { nominationId: string; explanation: string; copy: WithdrawFormCopy }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        {copy.start}
      </Button>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-red-900">{explanation}</p>
      <Field id="withdrawReason" label={copy.reason}>
        {(aria) => <textarea {...aria} rows={2} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          variant="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(null);
            const result = await withdrawAction({ nominationId, reason });
            setBusy(false);
            if (!result.ok) return setError(result.error);
            setConfirming(false);
            router.refresh();
          }}
        >
          {busy ? copy.withdrawing : copy.confirm}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
          {copy.keep}
        </Button>
      </div>
    </div>
  );
}
