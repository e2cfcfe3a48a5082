import type { Metadata } from 'next';
import Link from 'next/link';
import { MctAdminNav } from '@/components/mct/admin-nav';
import { ApplicationStatusBadge } from '@/components/mct/application-status';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { formatDay, formatInstant } from '@/lib/format';
import { ENROLLMENT_CHANNEL_LABELS, MCT_APPLICATION_STATUS_COPY } from '@/lib/mct/lifecycle';
import { listApplicationsForReview, REVIEW_FILTERS, type ReviewFilter } from '@/lib/mct/queries';

export const metadata: Metadata = { title: 'MCT applications' };

export default async function ApplicationsQueuePage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const viewer = await requireRole(['ADMIN'], '/admin/mct/applications');
  const { status } = await searchParams;
  const filter: ReviewFilter = (REVIEW_FILTERS as readonly string[]).includes(status ?? '') ? (status as ReviewFilter) : 'SUBMITTED';
  const { rows, count } = await listApplicationsForReview(viewer, filter);
  const label = (f: ReviewFilter) => (f === 'ALL' ? 'All' : `${MCT_APPLICATION_STATUS_COPY[f].label} (${count(f)})`);
  return (
    <div className="space-y-6">
      <PageHeader
        title="MCT applications"
        description="Submitted applications wait here for a decision, oldest first. Each shows its route and each requirement’s evidence."
      />
      <MctAdminNav current="/admin/mct/applications" />
      <nav aria-label="Filter by status" className="flex flex-wrap gap-2 text-sm">
        {REVIEW_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/admin/mct/applications?status=${f}`}
            aria-current={f === filter ? 'page' : undefined}
            className={`rounded-md border px-3 py-1.5 ${f === filter ? 'border-brand-600 bg-brand-50 font-semibold text-brand-800' : 'border-slate-300 text-slate-800'}`}
          >
            {label(f)}
          </Link>
        ))}
      </nav>
      <Card>
        {rows.length === 0 ? (
          <EmptyState title="Nothing here">No application has this status.</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Candidate
                </th>
                <th scope="col" className="py-2 pr-3">
                  Route
                </th>
                <th scope="col" className="py-2 pr-3">
                  Evidence
                </th>
                <th scope="col" className="py-2 pr-3">
                  Submitted
                </th>
                <th scope="col" className="py-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/mct/applications/${a.id}`} className="font-medium text-brand-700 underline">
                      {a.candidate.name ?? a.candidate.email}
                    </Link>
                    <span className="block text-slate-600">{a.candidate.email}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {ENROLLMENT_CHANNEL_LABELS[a.channel]}
                    {a.provider ? <span className="block text-slate-600">{a.provider.name}</span> : null}
                    {a.kind === 'REINSTATEMENT' ? <span className="block text-slate-600">Reinstatement</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    <span className="block">Certification: {a.candidateCertification?.certification.code ?? 'not yet'}</span>
                    <span className="block">
                      ISC: {a.iscCompletion ? `${a.iscCompletion.provider.name}, ${formatDay(a.iscCompletion.completedOn)}` : 'none'}
                    </span>
                    <span className="block">
                      Agreement: {a.agreementAcceptance ? `accepted (${a.agreementAcceptance.agreement.version})` : 'not yet'}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{a.submittedAt ? formatInstant(a.submittedAt, viewer.timeZone) : '—'}</td>
                  <td className="py-2">
                    <ApplicationStatusBadge status={a.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
