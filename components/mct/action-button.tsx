'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';

type Props<I> = {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  pendingLabel?: string;
  /** Asked before acting, for what cannot be undone. */
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Names the button for screen readers when the label alone is ambiguous (e.g. "Remove" in a list). */
  accessibleName?: string;
  successMessage?: string;
};

/** A one-click action (remove, withdraw, apply) that shows why it was refused, beside the button. */
export function ActionButton<I>({
  action,
  input,
  label,
  pendingLabel,
  confirm,
  variant = 'secondary',
  accessibleName,
  successMessage,
}: Props<I>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-label={accessibleName}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setMessage(null);
          startTransition(async () => {
            const result = await action(input);
            if (!result.ok) setMessage({ tone: 'error', text: result.error });
            else {
              if (successMessage) setMessage({ tone: 'success', text: successMessage });
              router.refresh();
            }
          });
        }}
      >
        {pending ? (pendingLabel ?? 'Working…') : label}
      </Button>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
