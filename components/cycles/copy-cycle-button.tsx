'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { copyCycleAction } from '@/lib/cycles/actions';

/** Starts next year's cycle from this one (a draft, every date a year later) and opens it to check. */
export function CopyCycleButton({ cycleId, cycleName }: { cycleId: string; cycleName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-label={`Copy ${cycleName} as next year’s cycle`}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await copyCycleAction({ cycleId });
            if (result.ok) router.push(`/admin/cycles/${result.data.id}`);
            else setError(result.error);
          })
        }
      >
        {pending ? 'Copying…' : 'Copy as next year’s cycle'}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
