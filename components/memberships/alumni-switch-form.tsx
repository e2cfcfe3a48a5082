'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { switchToAlumniAction } from '@/lib/memberships/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { MctFormsCopy } from '@/components/mct/form-copy';
import { fillMessage } from '@/lib/i18n/fill';

/** Switches an active (or lapsed) MCT to alumni, once they confirm what changes and accept the
 * alumni agreement shown above the form. */
export function AlumniSwitchForm({
  version,
  agreement,
  copy,
}: {
  version: number;
  agreement: { id: string; title: string };
  copy: MctFormsCopy['alumni'];
}) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      noValidate
      className="mt-4 space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        if (!confirmed) return setError(copy.mustConfirm);
        if (!accepted) return setError(fillMessage(copy.mustAccept, { title: agreement.title }));
        startTransition(async () => {
          const result = await switchToAlumniAction({ version, confirm: true, alumniAgreementId: agreement.id, acceptAgreement: true });
          if (!result.ok) setError(result.error);
          else router.refresh();
        });
      }}
    >
      {error ? <Alert tone="error">{error}</Alert> : null}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <span>{copy.understand}</span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
        <span>{fillMessage(copy.accept, { title: agreement.title })}</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? copy.switching : copy.submit}
      </Button>
    </form>
  );
}
