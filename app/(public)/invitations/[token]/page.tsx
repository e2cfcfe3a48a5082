import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { checkInvitation } from '@/lib/nominations/invitations';
import { continueWithInvitationAction } from '@/lib/nominations/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invitations');
  return { title: t('title'), referrer: 'no-referrer', robots: { index: false, follow: false } };
}

/** A nominee's invitation link. Opening it uses nothing up (mail scanners open links before people
 * do): it asks the person to continue, and only that button uses the link, signs them in, or up, with
 * the invited address and opens the nomination. A link that no longer works leads to a page that
 * explains and offers a way forward; neither page shows anything of the nomination. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await checkInvitation(token);
  if (invitation.kind === 'problem') redirect(`/invitations/link-problem?reason=${invitation.reason}`);
  const t = await getTranslations('invitations');
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <Card>
        <p className="text-slate-800">
          {t.rich('sentTo', {
            email: invitation.email,
            address: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
          })}
        </p>
        <form action={continueWithInvitationAction.bind(null, token)} className="mt-4">
          <Button type="submit">{t('continueAs', { email: invitation.email })}</Button>
        </form>
        <p className="mt-4 text-sm text-slate-700">{t('worksOnce')}</p>
      </Card>
    </div>
  );
}
