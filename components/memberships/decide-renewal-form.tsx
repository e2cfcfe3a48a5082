'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { decideRenewalAction } from '@/lib/memberships/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** The program team's decision on a renewal: approve, ask the member for more, or reject it; the note
 * (required unless approving) is what the member reads. */
export function DecideRenewalForm({ renewalId, version, memberName }: { renewalId: string; version: number; memberName: string }) {
  const router = useRouter();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (decision: 'APPROVE' | 'ASK_FOR_MORE' | 'REJECT') =>
    startTransition(async () => {
      setError(null);
      const result = await decideRenewalAction({ renewalId, version, decision, note });
      if (!result.ok) setError(result.fieldErrors?.note?.[0] ?? result.error);
      else router.refresh();
    });
  return (
    <div className="mt-3 space-y-2">
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
          {/changed since you opened it/.test(error) ? (
            <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
              Reload (your note stays here)
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <label htmlFor={noteId} className="block text-sm font-medium">
        Note to {memberName} (required when you ask for more or reject: they read it)
      </label>
      <textarea id={noteId} className={inputClass} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={pending} onClick={() => decide('APPROVE')} aria-label={`Approve the renewal of ${memberName}`}>
          Approve
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => decide('ASK_FOR_MORE')}
          aria-label={`Ask ${memberName} for more`}
        >
          Ask for more
        </Button>
        <Button
          type="button"
          variant="danger"
          disabled={pending}
          onClick={() => decide('REJECT')}
          aria-label={`Reject the renewal of ${memberName}`}
        >
          Reject
        </Button>
      </div>
    </div>
  );
}
