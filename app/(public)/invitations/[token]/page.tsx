import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { checkInvitation } from '@/lib/nominations/invitations';
import { continueWithInvitationAction } from '@/lib/nominations/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer.
export const metadata: Metadata = { title: 'Your MVP nomination', referrer: 'no-referrer', robots: { index: false, follow: false } };

/** A nominee's invitation link. Opening it uses nothing up (mail scanners open links before people
 * do): it asks the person to continue, and only that button uses the link, signs them in, or up, with
 * the invited address and opens the nomination. A link that no longer works leads to a page that
 * explains and offers a way forward; neither page shows anything of the nomination. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkInvitation(token);
  if (invitation.kind === 'problem') redirect(`/invitations/link-problem?reason=${invitation.reason}`);
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">You were nominated for an MVP award</h1>
      <Card>
        <p className="text-slate-800">
          This invitation was sent to <span className="font-medium text-slate-900">{invitation.email}</span>. Continue to sign in with that
          address and see your nomination.
        </p>
        <form action={continueWithInvitationAction.bind(null, token)} className="mt-4">
          <Button type="submit">Continue as {invitation.email}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">
          The link in the email works once. Later, sign in with the same address to come back to your nomination.
        </p>
      </Card>
    </div>
  );
}
