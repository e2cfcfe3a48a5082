import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { ContinueWithLink, richAddress } from '@/components/auth/continue-with-link';
import { getViewer } from '@/lib/auth/guards';
import { checkApplicationLink } from '@/lib/mct/accept-link';
import { continueWithApplicationLinkAction } from '@/lib/mct/actions';

export const dynamic = 'force-dynamic';

// The address bar holds a working link: never send it on as a referrer.
export async function generateMetadata(): Promise<Metadata> {
  const title = (await getTranslations('mctApplication'))('title');
  return { title, referrer: 'no-referrer', robots: { index: false, follow: false } };
}

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
  const t = await getTranslations('mctAccept');
  return (
    <ContinueWithLink
      width="max-w-xl"
      heading={t('waiting')}
      intro={t.rich('startedFor', { email: link.email, strong: richAddress })}
      action={continueWithApplicationLinkAction.bind(null, token)}
      button={t('reviewAs', { email: link.email })}
      note={t('worksOnce')}
    />
  );
}
