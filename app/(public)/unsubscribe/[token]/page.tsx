import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { checkUnsubscribeToken } from '@/lib/notifications/unsubscribe';
import { confirmUnsubscribeAction } from '@/lib/notifications/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer, never index it.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('unsubscribe');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

type T = Awaited<ReturnType<typeof getTranslations<'unsubscribe'>>>;

function StillArrives({ t }: { t: T }) {
  return (
    <>
      <h2 className="mt-4 font-semibold text-slate-900">{t('stillTitle')}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
        <li>{t('stillSignIn')}</li>
        <li>{t('stillInvitations')}</li>
        <li>{t('stillDeadlines')}</li>
      </ul>
    </>
  );
}

const profileLink = (chunks: React.ReactNode) => (
  <Link href="/profile" className="font-medium text-brand-700 underline">
    {chunks}
  </Link>
);
const strong = (chunks: React.ReactNode) => <span className="font-medium text-slate-900">{chunks}</span>;

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
  const [check, t] = await Promise.all([checkUnsubscribeToken(token), getTranslations('unsubscribe')]);
  if (check.kind === 'invalid') {
    return (
      <div className="mx-auto max-w-lg space-y-6">
        <h1 className="text-2xl font-bold">{t('invalidTitle')}</h1>
        <Alert tone="warning">{t('invalidText')}</Alert>
        <p>{profileLink(t('openSettings'))}</p>
      </div>
    );
  }
  const who = check.name ? `${check.name} (${check.email})` : check.email;
  if (check.mode === 'OFF') {
    return (
      <div className="mx-auto max-w-lg space-y-6">
        <h1 className="text-2xl font-bold">{t('doneTitle')}</h1>
        {done ? <Alert tone="success">{t('done', { email: check.email })}</Alert> : null}
        <Card>
          <p className="text-slate-800">{t.rich('noLonger', { who, strong })}</p>
          <StillArrives t={t} />
          <p className="mt-4 text-slate-800">{t.rich('changedMind', { link: profileLink })}</p>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t('confirmTitle')}</h1>
      <Card>
        <p className="text-slate-800">{t.rich(check.mode === 'DAILY_DIGEST' ? 'stopsDigest' : 'stops', { who, strong })}</p>
        <StillArrives t={t} />
        <form action={confirmUnsubscribeAction.bind(null, token)} className="mt-6">
          <Button type="submit">{t('button')}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">{t.rich('fewer', { link: profileLink })}</p>
      </Card>
    </div>
  );
}
