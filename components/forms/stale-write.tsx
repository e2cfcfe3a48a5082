'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { STALE_WRITE_MESSAGE } from '@/lib/errors';

/** The version of a record the page was loaded with, kept in step when the page reloads it: a save
 * sends it, and the service refuses the save if someone changed the record meanwhile. */
export function useRecordVersion(loaded: number) {
  const version = useRef(loaded);
  useEffect(() => {
    version.current = loaded;
  }, [loaded]);
  return version;
}

/** A form's error; when it says someone else changed the record, a button brings their change in
 * while what was typed stays in the form. */
export function FormError({ message, staleWhen }: { message: string | null; staleWhen: RegExp }) {
  const router = useRouter();
  if (!message) return null;
  return (
    <Alert tone="error">
      <p>{message}</p>
      {staleWhen.test(message) ? (
        <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
          Reload their change (what you typed stays here)
        </Button>
      ) : null}
    </Alert>
  );
}

/** What the services say when a record changed since the page was loaded. */
export const STALE_PATTERN = /^Someone else changed this/;

/** A form's error; when it is the services' stale-write refusal, it says who changed what (`title`)
 * and offers to reload their version (`reloadLabel`). */
export function StaleWriteError({ message, title, reloadLabel }: { message: string | null; title: string; reloadLabel: string }) {
  const router = useRouter();
  if (!message) return null;
  if (message !== STALE_WRITE_MESSAGE) return <Alert tone="error">{message}</Alert>;
  return (
    <Alert tone="error" title={title}>
      <p>{STALE_WRITE_MESSAGE}</p>
      <Button type="button" variant="secondary" className="mt-2" onClick={() => router.refresh()}>
        {reloadLabel}
      </Button>
    </Alert>
  );
}
