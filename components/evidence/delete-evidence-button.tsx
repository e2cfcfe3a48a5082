'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { deleteEvidenceAction } from '@/lib/evidence/actions';
import { Button } from '@/components/ui/button';

/** The button's words in the reader's language, from its page. */
export type DeleteEvidenceCopy = { delete: string; confirm: string; yes: string; deleting: string; keep: string };

const ENGLISH: DeleteEvidenceCopy = {
  delete: 'Delete',
  confirm: 'Delete it? Submitted copies stay as they are.',
  yes: 'Yes, delete',
  deleting: 'Deleting…',
  keep: 'Keep',
};

/** Deletes one contribution after an inline confirmation. `label` names it for assistive technology. */
export function DeleteEvidenceButton({
  id,
  title,
  label,
  copy = ENGLISH,
}: {
  id: string;
  title: string;
  label?: string;
  copy?: DeleteEvidenceCopy;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button
        type="button"
        variant="ghost"
        className="px-2 py-1"
        onClick={() => setConfirming(true)}
        aria-label={label ?? `Delete “${title}”`}
      >
        {copy.delete}
      </Button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span role={error ? 'alert' : undefined}>{error ?? copy.confirm}</span>
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
        {busy ? copy.deleting : copy.yes}
      </Button>
      <Button type="button" variant="secondary" className="px-2 py-1" disabled={busy} onClick={() => setConfirming(false)}>
        {copy.keep}
      </Button>
    </span>
  );
}
