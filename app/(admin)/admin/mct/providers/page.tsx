import type { Metadata } from 'next';
import Link from 'next/link';
import { ProviderForm } from '@/components/providers/provider-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getFormDraft } from '@/lib/drafts/queries';
import { providerDraftKey } from '@/lib/providers/schema';
import { dateKey, isWithin, todayIn } from '@/lib/dates';
import { formatDay } from '@/lib/format';
import { listProvidersForAdmin } from '@/lib/providers/queries';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'ISC providers' };

export default async function ProvidersAdminPage() {
  const viewer = await requireUser();
  const providers = await listProvidersForAdmin(viewer);
  const today = todayIn(viewer.timeZone);
  return (
    <div className="space-y-6">
      <PageHeader
        title="ISC providers"
        description="Approved Instructional Skills Certificate providers, their approval periods and their staff."
      />
      <Card title="Providers">
        <table className="w-full text-left text-sm">
          <TableHead columns={['Provider', 'Approval', 'Staff', 'Completions', 'Applications']} />
          <tbody>
            {providers.map((p) => (
              <tr key={p.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/mct/providers/${p.id}`} className="font-medium text-brand-700 underline">
                    {p.name}
                  </Link>
                  <span className="block text-slate-600">{p.contactEmail}</span>
                </td>
                <td className="py-2 pr-3">
                  {formatDay(p.approvedFrom)} to {formatDay(p.approvedUntil)}
                  <span className="block font-medium">
                    {isWithin(today, dateKey(p.approvedFrom), dateKey(p.approvedUntil)) ? 'Approved today' : 'Not approved today'}
                  </span>
                </td>
                <td className="py-2 pr-3">{p._count.staff}</td>
                <td className="py-2 pr-3">{p._count.completions}</td>
                <td className="py-2">{p._count.applications}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Add a provider">
        <ProviderForm userId={viewer.id} draft={await getFormDraft(viewer, providerDraftKey())} />
      </Card>
    </div>
  );
}
