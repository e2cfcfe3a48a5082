'use client';

import { useEffect } from 'react';
import { useErrorWords } from '@/components/layout/error-words';
import { fillMessage } from '@/lib/i18n/fill';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorWords();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">{words.errorTitle}</h1>
      <p className="text-slate-700">{error.digest ? fillMessage(words.errorTextRef, { digest: error.digest }) : words.errorText}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        {words.tryAgain}
      </button>
    </div>
  );
}
