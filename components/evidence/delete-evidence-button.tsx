'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteEvidenceAction } from '@/lib/evidence/actions';
import { Button } from '@/components/ui/button';

/** Deletes one contribution after an inline confirmation. */
export function DeleteEvidenceButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => setConfirming(true)} aria-label={`Delete “${title}”`}>
        Delete
      </Button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span role={error ? 'alert' : undefined}>{error ?? 'Delete it? Submitted copies stay as they are.'}</span>
      <Button
        type="button"
        variant="danger"
        className="px-2 py-1"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await deleteEvidenceAction({ id });
          setBusy(false);
          if (!result.ok) return setError(result.error);
          router.refresh();
        }}
      >
        {busy ? 'Deleting…' : `Yes, delete`}
      </Button>
      <Button type="button" variant="secondary" className="px-2 py-1" disabled={busy} onClick={() => setConfirming(false)}>
        Keep
      </Button>
    </span>
  );
}
