'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';

type Props<R> = {
  action: () => Promise<ActionResult<R>>;
  label: string;
  pendingLabel: string;
  /** Asked before running: the button becomes a confirmation with this text. */
  confirm?: { text: ReactNode; yes: string };
  /** What to say when it worked. */
  done: (data: R) => string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Where to go when it worked (otherwise the page is refreshed in place). */
  redirectTo?: string;
  /** Hides the button (nothing left to do) while keeping the last message on screen. */
  hidden?: boolean;
};

/** A button that runs one server action, optionally after an explicit confirmation, and says what
 * happened (announced to screen readers). */
export function ActionButton<R>({
  action,
  label,
  pendingLabel,
  confirm,
  done,
  variant = 'secondary',
  redirectTo,
  hidden = false,
}: Props<R>) {
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'confirming' | 'pending'>('idle');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // The confirmation replaces the button: focus goes into it, and back to the button on Cancel (a keyboard
  // user would otherwise be left on the page body).
  const confirmRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (state === 'confirming') confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [state]);

  async function run() {
    setState('pending');
    setMessage(null);
    const result = await action();
    setState('idle');
    if (result.ok) {
      setMessage({ tone: 'success', text: done(result.data) });
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    } else {
      setMessage({ tone: 'error', text: result.error });
    }
  }

  return (
    <div className="space-y-3">
      {hidden ? null : state === 'confirming' && confirm ? (
        <div ref={confirmRef} tabIndex={-1} className="space-y-3 rounded-md border border-amber-600 bg-amber-50 p-4 text-sm text-amber-900">
          <div>{confirm.text}</div>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant={variant === 'danger' ? 'danger' : 'primary'}
              onClick={() => {
                returnFocus.current = true;
                void run();
              }}
            >
              {confirm.yes}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                returnFocus.current = true;
                setState('idle');
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={buttonRef}
          type="button"
          variant={variant}
          disabled={state === 'pending'}
          onClick={() => (confirm ? setState('confirming') : void run())}
        >
          {state === 'pending' ? pendingLabel : label}
        </Button>
      )}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
