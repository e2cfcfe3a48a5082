import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ContinueWithLink, richAddress } from '@/components/auth/continue-with-link';
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
    <ContinueWithLink
      width="max-w-lg"
      heading={t('heading')}
      intro={t.rich('sentTo', { email: invitation.email, address: richAddress })}
      action={continueWithInvitationAction.bind(null, token)}
      button={t('continueAs', { email: invitation.email })}
      note={t('worksOnce')}
    />
  );
}
