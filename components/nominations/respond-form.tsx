'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { respondAction } from '@/lib/nominations/actions';
import { lazySchema, schemaOrNull, usePreloadSchema } from '@/components/forms/lazy-schema';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';

// Loaded after the page, with zod: it is not part of the page's first-load JavaScript.
const loadRespondSchema = lazySchema(() => import('@/lib/nominations/schema').then((m) => m.respondSchema));

/** The form's words in the reader's language (the page translates them). */
export type RespondFormCopy = Record<
  'check' | 'declineReason' | 'declining' | 'decline' | 'back' | 'accepting' | 'accept' | 'declineStart',
  string
>;

/** The nominee's answer to an invitation: accept, or decline with an optional reason. */
export function RespondForm({ nominationId, copy }: { nominationId: string; copy: RespondFormCopy }) {
  const router = useRouter();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  usePreloadSchema(loadRespondSchema);

  const send = async (response: 'ACCEPT' | 'DECLINE') => {
    setError(null);
    const input = { nominationId, response, declineReason: reason };
    // The server parses again; without the schema (offline) its answer says what is wrong.
    const parsed = (await schemaOrNull(loadRespondSchema))?.safeParse(input);
    if (parsed && !parsed.success) {
      setError(parsed.error.issues[0]?.message ?? copy.check);
      return;
    }
    setBusy(true);
    const result = await respondAction(input);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    router.refresh();
  };

  return (
    <div className="space-y-4">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
      {declining ? (
        <div className="space-y-3">
          <Field id="declineReason" label={copy.declineReason}>
            {(aria) => <textarea {...aria} rows={3} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="danger" disabled={busy} onClick={() => void send('DECLINE')}>
              {busy ? copy.declining : copy.decline}
            </Button>
            <Button type="button" variant="secondary" disabled={busy} onClick={() => setDeclining(false)}>
              {copy.back}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-3">
          <Button type="button" disabled={busy} onClick={() => void send('ACCEPT')}>
            {busy ? copy.accepting : copy.accept}
          </Button>
          <Button type="button" variant="secondary" disabled={busy} onClick={() => setDeclining(true)}>
            {copy.declineStart}
          </Button>
        </div>
      )}
    </div>
  );
}
