import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmailLinkForm, PasswordForm } from '@/components/auth/sign-in-forms-lazy';
import { Card } from '@/components/ui/card';
import { buttonClass } from '@/components/ui/button';
import { getViewer } from '@/lib/auth/guards';
import { signInWithEntraAction } from '@/lib/auth/actions';
import { isEntraConfigured } from '@/lib/env';
import { safeCallbackUrl } from '@/lib/auth/schema';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; with?: string }> }) {
  const { callbackUrl, with: method } = await searchParams;
  const returnTo = safeCallbackUrl(callbackUrl);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Sign in</h1>
        <p className="mt-1 text-slate-700">
          New here?{' '}
          <Link href="/sign-up" className="font-medium text-brand-700 underline">
            Create an account
          </Link>
          . Following a nomination link signs you in too.
        </p>
      </div>
      <Card title="With an email link">
        <EmailLinkForm callbackUrl={returnTo} />
      </Card>
      {isEntraConfigured() ? (
        <Card title="With your work account">
          <form action={signInWithEntraAction.bind(null, returnTo)}>
            <button type="submit" className={buttonClass('secondary', 'w-full')}>
              Sign in with Microsoft Entra ID
            </button>
          </form>
        </Card>
      ) : null}
      {/* One email field in sight at a time: the password form, for the few accounts that have one, opens on request. */}
      <details open={method === 'password'} className="group rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer font-semibold text-slate-900">Sign in with a password instead</summary>
        <p className="mt-3 mb-4 text-sm text-slate-700">For accounts that have a password, such as the demo accounts.</p>
        <PasswordForm callbackUrl={returnTo} />
      </details>
    </div>
  );
}
