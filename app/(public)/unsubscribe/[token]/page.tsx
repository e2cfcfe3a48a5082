import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { checkUnsubscribeToken } from '@/lib/notifications/unsubscribe';
import { confirmUnsubscribeAction } from '@/lib/notifications/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer, never index it.
export const metadata: Metadata = { title: 'Unsubscribe', referrer: 'no-referrer', robots: { index: false, follow: false } };

function StillArrives() {
  return (
    <>
      <h2 className="mt-4 font-semibold text-slate-900">What you will still get</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
        <li>sign-in links you ask for,</li>
        <li>invitations (an MVP nomination, an MCT application your ISC provider started),</li>
        <li>deadline notices.</li>
      </ul>
    </>
  );
}

/** Where the unsubscribe link of an optional email leads. Public (the link is the proof): it says
 * whose emails it is about and asks to confirm; only the button's POST unsubscribes. */
export default async function UnsubscribePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { token } = await params;
  const { done } = await searchParams;
  const check = await checkUnsubscribeToken(token);
  if (check.kind === 'invalid') {
    return (
      <div className="mx-auto max-w-lg space-y-6">
        <h1 className="text-2xl font-bold">This unsubscribe link is not valid</h1>
        <Alert tone="warning">
          The link may be incomplete: some email programs cut long links in two. Copy the whole link from the email, or sign in and choose
          which emails you get in your profile.
        </Alert>
        <p>
          <Link href="/profile" className="font-medium text-brand-700 underline">
            Open your notification settings
          </Link>
        </p>
      </div>
    );
  }
  const who = check.name ? `${check.name} (${check.email})` : check.email;
  if (check.mode === 'OFF') {
    return (
      <div className="mx-auto max-w-lg space-y-6">
        <h1 className="text-2xl font-bold">You are unsubscribed</h1>
        {done ? <Alert tone="success">Done: {check.email} no longer gets status updates, reminders or a daily digest.</Alert> : null}
        <Card>
          <p className="text-slate-800">
            Emails to <span className="font-medium text-slate-900">{who}</span>: status updates and reminders are no longer sent.
          </p>
          <StillArrives />
          <p className="mt-4 text-slate-800">
            Changed your mind?{' '}
            <Link href="/profile" className="font-medium text-brand-700 underline">
              Choose emails as they happen or a daily digest in your profile
            </Link>{' '}
            (you sign in first).
          </p>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">Unsubscribe from status updates and reminders</h1>
      <Card>
        <p className="text-slate-800">
          This stops the optional emails to <span className="font-medium text-slate-900">{who}</span>: updates on nominations, applications,
          reviews and memberships, reminders, and the daily digest
          {check.mode === 'DAILY_DIGEST' ? ' you chose (updates held for it are not sent either)' : ''}.
        </p>
        <StillArrives />
        <form action={confirmUnsubscribeAction.bind(null, token)} className="mt-6">
          <Button type="submit">Unsubscribe</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">
          Rather get fewer emails?{' '}
          <Link href="/profile" className="font-medium text-brand-700 underline">
            Choose one daily digest in your profile
          </Link>{' '}
          instead.
        </p>
      </Card>
    </div>
  );
}
