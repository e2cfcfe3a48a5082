import { TableHead } from '@/components/ui/table';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminNav } from '@/components/admin/admin-nav';
import { AgreementForm } from '@/components/agreements/agreement-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { PageNav } from '@/components/ui/page-nav';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { getAgreementVersion } from '@/lib/agreements/queries';
import { AGREEMENT_KIND_LABELS } from '@/lib/agreements/schema';
import { requireRole } from '@/lib/auth/guards';
import { dateKey } from '@/lib/dates';
import { formatDay, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Agreement version' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AgreementVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { id } = await params;
  const viewer = await requireRole(['ADMIN'], `/admin/agreements/${id}`);
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const data = UUID.test(id) ? await getAgreementVersion(viewer, id, page) : null;
  if (!data) notFound();
  const { agreement: a, acceptances, total, pageSize, isEditable } = data;
  return (
    <div className="space-y-6">
      <AdminNav />
      <p className="text-sm">
        <Link href="/admin/agreements" className="font-medium text-brand-700 underline">
          Back to the agreements
        </Link>
      </p>
      <PageHeader
        title={`${AGREEMENT_KIND_LABELS[a.kind]}, version ${a.version}`}
        description={`${a.title}. In force from ${formatDay(a.effectiveFrom)}. Accepted by ${total} ${total === 1 ? 'person' : 'people'}.`}
      />
      <Card title="Text">
        <AgreementText title={a.title} body={a.body} />
      </Card>
      <Card title="Who accepted it, and when">
        {acceptances.length === 0 ? (
          <EmptyState title="Nobody has accepted this version yet." />
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Acceptances of version {a.version}</caption>
            <TableHead columns={['Person', 'Accepted']} rows="py-1" gap="" />
            <tbody>
              {acceptances.map((x) => (
                <tr key={x.id} className="border-b border-slate-100">
                  <td className="py-1">
                    <Link href={`/admin/people/${x.user.id}`} className="text-brand-700 underline">
                      {x.user.name ?? x.user.email}
                    </Link>{' '}
                    <span className="text-slate-600">{x.user.email}</span>
                  </td>
                  <td className="py-1">{formatInstant(x.acceptedAt, viewer.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <PageNav
          page={page}
          pageCount={Math.max(1, Math.ceil(total / pageSize))}
          total={total}
          pageSize={pageSize}
          noun="acceptances"
          href={(p) => `/admin/agreements/${a.id}?page=${p}`}
        />
      </Card>
      {isEditable ? (
        <Card title="Correct this version (not yet in force, nobody accepted it)">
          <AgreementForm
            initial={{
              id: a.id,
              revision: a.revision,
              kind: a.kind,
              version: a.version,
              title: a.title,
              body: a.body,
              effectiveFrom: dateKey(a.effectiveFrom),
            }}
          />
        </Card>
      ) : null}
    </div>
  );
}
