import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getViewer } from '@/lib/auth/guards';
import { checkApplicationLink } from '@/lib/mct/accept-link';
import { continueWithApplicationLinkAction } from '@/lib/mct/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer.
export const metadata: Metadata = { title: 'Your MCT application', referrer: 'no-referrer', robots: { index: false, follow: false } };

/** The link emailed for a provider-started MCT application. Opening it uses nothing up (mail
 * scanners open links before people do): it asks the candidate to continue, and only that button
 * uses the link, signs them in, or up, with the address it was sent to and opens the application. A
 * link that no longer works leads to a page that says why and what to do, and never shows the
 * application. */
export default async function ApplicationLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await checkApplicationLink(token);
  if (link.status === 'used') {
    // Opened again by the person it was sent to, who is signed in already: just open it.
    const viewer = await getViewer();
    if (viewer && viewer.email === link.email) redirect(`/mct/applications/${link.applicationId}`);
  }
  if (link.status !== 'valid') redirect(`/mct/applications/accept?link=${link.status}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Your MCT application is waiting for you</h1>
      <Card>
        <p className="text-slate-800">
          Your ISC provider started an application to the Microsoft Certified Trainer program for{' '}
          <span className="font-medium text-slate-900">{link.email}</span>. Continue to sign in with that address, review the application
          and accept it.
        </p>
        <form action={continueWithApplicationLinkAction.bind(null, token)} className="mt-4">
          <Button type="submit">Review your MCT application as {link.email}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">
          The link in the email works once. Later, sign in with the same address and open “Become an MCT” to come back to it.
        </p>
      </Card>
    </div>
  );
}
