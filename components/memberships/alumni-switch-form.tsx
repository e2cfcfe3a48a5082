'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { switchToAlumniAction } from '@/lib/memberships/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Switches an active MCT to alumni, once they confirm they read what changes. */
export function AlumniSwitchForm({ version }: { version: number }) {
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
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
        startTransition(async () => {
          const result = await switchToAlumniAction({ version, confirm: true });
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
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? 'Switching…' : 'Switch to alumni'}
      </Button>
    </form>
  );
}
