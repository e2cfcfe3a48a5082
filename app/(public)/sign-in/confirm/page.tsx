import type { Metadata } from 'next';
import { NewSignInLinkHint } from '@/components/auth/new-link-hint';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { safeCallbackUrl } from '@/lib/auth/schema';
import { checkSignInLink, signInCallbackPath } from '@/lib/auth/sign-in-link';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer, never index it.
export const metadata: Metadata = { title: 'Sign in', referrer: 'no-referrer', robots: { index: false, follow: false } };

type Params = { token?: string; email?: string; callbackUrl?: string };

/** The page an emailed sign-in link opens. Opening it uses nothing up (mail scanners open links
 * before people do); its button posts to Auth.js's email callback, which uses the link once and signs
 * the person in. A link that no longer works says so and offers a new one. */
export default async function ConfirmSignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const { token = '', email = '', callbackUrl } = await searchParams;
  const state = await checkSignInLink(email, token);
  if (state !== 'valid') {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">This sign-in link no longer works</h1>
        <Alert tone="error">
          {state === 'expired' ? 'It has expired: links work for 15 minutes.' : 'It was used already, or it is not a whole link.'} Links
          work once.
        </Alert>
        <NewSignInLinkHint />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <Card>
        <p className="text-slate-800">
          Sign in to the Community Programs Portal as <span className="font-medium text-slate-900">{email}</span>.
        </p>
        <form method="post" action={signInCallbackPath({ token, email, callbackUrl: safeCallbackUrl(callbackUrl) })} className="mt-4">
          <Button type="submit">Sign in as {email}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">The link in the email works once, for 15 minutes.</p>
      </Card>
    </div>
  );
}
