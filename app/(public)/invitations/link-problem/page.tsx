import type { Metadata } from 'next';
import Link from 'next/link';
import { signInCopy } from '@/components/auth/sign-in-copy';
import { EmailLinkForm } from '@/components/auth/sign-in-forms-lazy';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getViewer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Invitation link' };

const COPY = {
  used: {
    title: 'This invitation link was already used',
    body: 'Each invitation link works once. If you followed it before, your nomination is waiting for you: sign in with the email address the invitation was sent to.',
  },
  expired: {
    title: 'This invitation link has expired',
    body: 'Invitations can be accepted for 30 days. Ask the person who nominated you to nominate you again. If you accepted before it expired, sign in with the address the invitation was sent to.',
  },
  unknown: {
    title: 'This invitation link is not valid',
    body: 'The link may be incomplete: some email programs cut long links in two. Copy the whole link from the email, or sign in with the address the invitation was sent to.',
  },
} as const;

/** Where an expired, used or unknown invitation link leads. Never shows a nomination: the way to
 * it is signing in with the invited address. */
export default async function InvitationProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const copy = COPY[reason === 'used' || reason === 'expired' ? reason : 'unknown'];
  const viewer = await getViewer();
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{copy.title}</h1>
      <Alert tone="warning">{copy.body}</Alert>
      {viewer ? (
        <p className="text-slate-700">
          You are signed in as {viewer.email}.{' '}
          <Link href="/nominations" className="font-medium text-brand-700 underline">
            See your nominations
          </Link>
          . If the invitation went to another address, sign out and sign in with that one.
        </p>
      ) : (
        <Card title="Sign in to see your nomination">
          <p className="mb-4 text-sm text-slate-700">We email you a sign-in link. Use the address the invitation was sent to.</p>
          <EmailLinkForm callbackUrl="/nominations" copy={await signInCopy()} />
        </Card>
      )}
    </div>
  );
}
