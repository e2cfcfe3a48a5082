import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatDay } from '@/lib/format';
import { listMyProviders } from '@/lib/providers/queries';
import { countPendingReviews } from '@/lib/reviews/queries';
import type { Viewer } from '@/lib/auth/viewer';

/** The work of the viewer's roles: reviews waiting, their ISC providers, administration. */
export async function WorkCard({ viewer }: { viewer: Viewer }) {
  const isReviewer = viewer.roles.includes('REVIEWER');
  const isAdmin = viewer.roles.includes('ADMIN');
  if (!isReviewer && !isAdmin && viewer.providerIds.length === 0) return null;
  const [pending, providers, t, locale] = await Promise.all([
    countPendingReviews(viewer),
    listMyProviders(viewer),
    getTranslations('dashboard'),
    getLocale(),
  ]);
  return (
    <Card title={t('yourWork')}>
      <ul className="space-y-2 text-sm">
        {isReviewer ? (
          <li>
            <Link href="/reviews" className="font-medium text-brand-700 underline">
              {t('reviews')}
            </Link>
            {t('reviewsWaiting', { count: pending })}
          </li>
        ) : null}
        {providers.map((p) => (
          <li key={p.id}>
            <Link href="/provider" className="font-medium text-brand-700 underline">
              {p.name}
            </Link>
            {t('approvedUntil', { date: formatDay(p.approvedUntil, locale) })}
          </li>
        ))}
        {isAdmin ? (
          <li>
            <Link href="/admin" className="font-medium text-brand-700 underline">
              {t('programAdministration')}
            </Link>
          </li>
        ) : null}
      </ul>
    </Card>
  );
}
