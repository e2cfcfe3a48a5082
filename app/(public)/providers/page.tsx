import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDay } from '@/lib/format';
import { listApprovedProviders } from '@/lib/providers/queries';
import { safeExternalHref } from '@/lib/security/safe-url';
import { TableHead } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('providersList'))('title') };
}

export default async function ProvidersPage() {
  const [providers, t, locale] = await Promise.all([listApprovedProviders(), getTranslations('providersList'), getLocale()]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t.rich('description', {
          link: (chunks) => (
            <Link href="/mct" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      {providers.length === 0 ? (
        <EmptyState title={t('none')} />
      ) : (
        <Card>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <TableHead columns={[t('provider'), t('country'), t('contact'), t('approvedUntil')]} gap="" />
            <tbody>
              {providers.map((p) => {
                const website = p.website ? safeExternalHref(p.website) : null;
                return (
                  <tr key={p.id} className="border-b border-slate-100">
                    <td className="py-2 font-medium">{p.name}</td>
                    <td className="py-2">{p.country || '—'}</td>
                    <td className="py-2">
                      {website ? (
                        <a href={website} className="text-brand-700 underline" rel="noopener noreferrer">
                          {t('website')}
                          <span className="sr-only">{t('websiteOf', { name: p.name })}</span>
                        </a>
                      ) : null}
                      {website ? ' · ' : null}
                      <a href={`mailto:${p.contactEmail}`} className="text-brand-700 underline">
                        {p.contactEmail}
                      </a>
                    </td>
                    <td className="py-2">{formatDay(p.approvedUntil, locale)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
