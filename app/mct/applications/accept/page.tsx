import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PROVIDER_APPLICATION_DAYS } from '@/lib/mct/lifecycle';

export const metadata: Metadata = { title: 'MCT application link' };

const COPY = {
  expired: {
    title: 'This link has expired',
    body: `Links to accept an MCT application work for ${PROVIDER_APPLICATION_DAYS} days. Ask your ISC provider to start a new application for you; a new link then arrives by email.`,
  },
  used: {
    title: 'This link was already used',
    body: 'Each link works once. If you followed it before, sign in with the email address it was sent to and open “Become an MCT”: your application is there.',
  },
  unknown: {
    title: 'This link does not work',
    body: 'Check that you opened the whole link from the email (long links are sometimes cut in two). If it still does not work, ask your ISC provider to start a new application for you.',
  },
} as const;

/** Where a provider-started application's link leads when it no longer works. Says why and what to
 * do; never shows the application (whoever holds the link may not be its candidate). */
export default async function ApplicationLinkPage({ searchParams }: { searchParams: Promise<{ link?: string }> }) {
  const { link } = await searchParams;
  const copy = COPY[link === 'expired' || link === 'used' ? link : 'unknown'];
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{copy.title}</h1>
      <Card>
        <p className="text-slate-800">{copy.body}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href="/sign-in?callbackUrl=%2Fmct" className={buttonClass('primary')}>
            Sign in
          </Link>
          <Link href="/" className={buttonClass('secondary')}>
            About the programs
          </Link>
        </div>
      </Card>
    </div>
  );
}
