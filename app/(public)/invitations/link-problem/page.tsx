import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signInCopy } from '@/components/auth/sign-in-copy';
import { EmailLinkForm } from '@/components/auth/sign-in-forms-lazy';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getViewer } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invitations'))('problemTitle') };
}

const REASONS = ['used', 'expired', 'unknown'] as const;

/** Where an expired, used or unknown invitation link leads. Never shows a nomination: the way to
 * it is signing in with the invited address. */
export default async function InvitationProblemPage({ searchParams }: { searchParams: Promise<{ reason?: string }> }) {
  const { reason } = await searchParams;
  const kind = REASONS.find((r) => r === reason) ?? 'unknown';
  const t = await getTranslations('invitations');
  const viewer = await getViewer();
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t(`${kind}.title`)}</h1>
      <Alert tone="warning">{t(`${kind}.body`)}</Alert>
      {viewer ? (
        <p className="text-slate-700">
          {t.rich('signedInAs', {
            email: viewer.email,
            link: (chunks) => (
              <Link href="/nominations" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <Card title={t('signInTitle')}>
          <p className="mb-4 text-sm text-slate-700">{t('signInBody')}</p>
          <EmailLinkForm callbackUrl="/nominations" copy={await signInCopy()} />
        </Card>
      )}
    </div>
  );
}
