'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';

type Props<I, R> = {
  /** The server action, called with `input` (a server page passes both; a client component may pass a closure). */
  action: (input: I) => Promise<ActionResult<R>>;
  input?: I;
  label: string;
  pendingLabel?: string;
  /** Asked before acting, for what cannot be undone: a sentence for the browser's own dialog, or a text and
   * the label of its "yes" button for a confirmation shown in place of the button. */
  confirm?: string | { text: ReactNode; yes: string };
  variant?: 'primary' | 'secondary' | 'danger' | 'ghost';
  /** Names the button for screen readers when the label alone is ambiguous (e.g. "Remove" in a list). */
  accessibleName?: string;
  /** What to say when it worked (nothing, and the page refreshes, when neither is given). */
  successMessage?: string;
  done?: (data: R) => string;
  /** Where to go when it worked (otherwise the page is refreshed in place). */
  redirectTo?: string;
  /** Hides the button (nothing left to do) while keeping the last message on screen. */
  hidden?: boolean;
  /** The confirmation's "no" button, in the reader's language. */
  cancelLabel?: string;
};

/** A button that runs one server action (remove, withdraw, apply…), optionally after a confirmation, and
 * says beside it what happened or why it was refused (announced to screen readers). */
export function ActionButton<I = void, R = unknown>({
  action,
  input,
  label,
  pendingLabel = 'Working…',
  confirm,
  variant = 'secondary',
  accessibleName,
  successMessage,
  done,
  redirectTo,
  hidden = false,
  cancelLabel = 'Cancel',
}: Props<I, R>) {
  const router = useRouter();
  const [state, setState] = useState<'idle' | 'confirming' | 'pending'>('idle');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  // The confirmation replaces the button: focus goes into it, and back to the button on Cancel or after
  // Yes (a keyboard user would otherwise be left on the page body).
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
    const result = await action(input as I);
    setState('idle');
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.error });
      return;
    }
    const text = done ? done(result.data) : successMessage;
    if (text) setMessage({ tone: 'success', text });
    if (redirectTo) router.push(redirectTo);
    else router.refresh();
  }

  function start() {
    if (typeof confirm === 'string') {
      if (window.confirm(confirm)) void run();
    } else if (confirm) setState('confirming');
    else void run();
  }

  return (
    <div className="space-y-2">
      {hidden ? null : state === 'confirming' && typeof confirm === 'object' ? (
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
              {cancelLabel}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={buttonRef} type="button" variant={variant} disabled={state === 'pending'} aria-label={accessibleName} onClick={start}>
          {state === 'pending' ? pendingLabel : label}
        </Button>
      )}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
