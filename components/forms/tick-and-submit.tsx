'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/actions/result';

/** A form whose submit needs boxes ticked first: `submit(event, refusal, run)` shows `refusal` (why
 * it may not go yet) when there is one, else runs the action and refreshes the page once it is saved. */
export function useTickAndSubmit() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent, refusal: string | null, run: () => Promise<ActionResult<unknown>>) => {
    event.preventDefault();
    setError(null);
    if (refusal) return setError(refusal);
    startTransition(async () => {
      const result = await run();
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  };
  return { error, pending, submit };
}

/** A box to tick, its words beside it. */
export function TickBox({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input type="checkbox" className="mt-1" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
