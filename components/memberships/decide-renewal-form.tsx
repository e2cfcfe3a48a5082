'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
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
  // The note is kept in this tab while it is typed, so a reload (or a stale-page refusal) loses nothing.
  const draftKey = `renewal-note:${renewalId}`;
  useEffect(() => {
    let saved: string | null = null;
    try {
      saved = window.sessionStorage.getItem(draftKey);
    } catch {
      // No storage: nothing to restore.
    }
    if (!saved) return;
    const restore = window.setTimeout(() => setNote(saved), 0);
    return () => window.clearTimeout(restore);
  }, [draftKey]);
  const keep = (value: string) => {
    setNote(value);
    try {
      if (value) window.sessionStorage.setItem(draftKey, value);
      else window.sessionStorage.removeItem(draftKey);
    } catch {
      // A full or disabled storage only loses the tab copy.
    }
  };
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const decide = (decision: 'APPROVE' | 'ASK_FOR_MORE' | 'REJECT') =>
    startTransition(async () => {
      setError(null);
      const result = await decideRenewalAction({ renewalId, version, decision, note });
      if (!result.ok) return setError(result.fieldErrors?.note?.[0] ?? result.error);
      keep('');
      router.refresh();
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
      <textarea id={noteId} className={inputClass} rows={2} value={note} onChange={(e) => keep(e.target.value)} />
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
