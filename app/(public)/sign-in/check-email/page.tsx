import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Check your email' };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Check your email</h1>
      <Alert tone="success" title="A sign-in link is on its way.">
        Open the email and follow the link within 15 minutes. The link works once.
      </Alert>
      <p className="text-slate-700">
        Nothing after a few minutes? Look in your spam folder, or{' '}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          ask for a new link
        </Link>
        .
      </p>
    </div>
  );
}
