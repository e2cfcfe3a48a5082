'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { switchToAlumniAction } from '@/lib/memberships/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Switches an active (or lapsed) MCT to alumni, once they confirm what changes and accept the
 * alumni agreement shown above the form. */
export function AlumniSwitchForm({ version, agreement }: { version: number; agreement: { id: string; title: string } }) {
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
        if (!confirmed) return setError('Tick the box to confirm you understand what changes.');
        if (!accepted) return setError(`Accept the ${agreement.title} to become alumni.`);
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
        <span>I understand that I stop being an active MCT, and that I return to active only through reinstatement.</span>
      </label>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
        <span>I accept the {agreement.title}.</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Switching…' : 'Switch to alumni'}
      </Button>
    </form>
  );
}
