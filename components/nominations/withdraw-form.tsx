'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { withdrawAction } from '@/lib/nominations/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

/** Withdraws a nomination after a confirmation step. */
export function WithdrawForm({ nominationId, explanation }: { nominationId: string; explanation: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        Withdraw the nomination…
      </Button>
    );
  }
  return (
    <div className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-red-900">{explanation}</p>
      <Field id="withdrawReason" label="Reason (optional; shown in the nomination's history)">
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
          {busy ? 'Withdrawing…' : 'Yes, withdraw it'}
        </Button>
        <Button type="button" variant="secondary" disabled={busy} onClick={() => setConfirming(false)}>
          Keep it
        </Button>
      </div>
    </div>
  );
}
