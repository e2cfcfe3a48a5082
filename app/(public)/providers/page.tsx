import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { formatDay } from '@/lib/format';
import { listApprovedProviders } from '@/lib/providers/queries';
import { safeExternalHref } from '@/lib/security/safe-url';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Approved ISC providers' };

export default async function ProvidersPage() {
  const providers = await listApprovedProviders();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Approved ISC providers"
        description={
          <>
            To become a Microsoft Certified Trainer you need an Instructional Skills Certificate (ISC) from one of these providers,
            completed within the last 3 years. The provider confirms your completion in this portal with the email address you sign in with.
            Then{' '}
            <Link href="/mct" className="font-medium text-brand-700 underline">
              apply to the MCT program
            </Link>
            .
          </>
        }
      />
      {providers.length === 0 ? (
        <EmptyState title="No ISC provider is approved at the moment." />
      ) : (
        <Card>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Approved Instructional Skills Certificate providers</caption>
            <TableHead columns={['Provider', 'Country', 'Contact', 'Approved until']} gap="" />
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
                          Website<span className="sr-only"> of {p.name}</span>
                        </a>
                      ) : null}
                      {website ? ' · ' : null}
                      <a href={`mailto:${p.contactEmail}`} className="text-brand-700 underline">
                        {p.contactEmail}
                      </a>
                    </td>
                    <td className="py-2">{formatDay(p.approvedUntil)}</td>
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
