import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { listMyPendingAgreements } from '@/lib/agreements/queries';
import type { Viewer } from '@/lib/auth/viewer';

/** At a person's next visit: the new versions of agreements they accepted, with where to accept them. */
export async function PendingAgreementsBanner({ viewer }: { viewer: Viewer }) {
  const [pending, t] = await Promise.all([listMyPendingAgreements(viewer), getTranslations('agreements')]);
  if (pending.length === 0) return null;
  const list = pending.map((a) => t('version', { title: a.title, version: a.version })).join(', ');
  return (
    <Alert tone="warning" title={t('pendingTitle')}>
      <p>
        {t(pending.length === 1 ? 'pendingOne' : 'pendingMany', { list })}{' '}
        <Link href="/agreements" className="font-medium underline">
          {t('pendingLink')}
        </Link>
      </p>
    </Alert>
  );
}
