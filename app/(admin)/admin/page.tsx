import type { Metadata } from 'next';
import Link from 'next/link';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { getAdminOverview } from '@/lib/admin/queries';
import { formatDay, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const viewer = await requireRole(['ADMIN'], '/admin');
  const { people, roleCount: count, cycles, categories, providers, settings, pauses } = await getAdminOverview(viewer);
  return (
    <div className="space-y-6">
      <PageHeader title="Program administration" description="The state of both programs and their configuration." />
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="People">
          <p className="text-3xl font-semibold">{people}</p>
          <p className="text-sm text-slate-700">
            {count('ADMIN')} admins · {count('REVIEWER')} reviewers · {count('EMPLOYEE')} verified employees
          </p>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link href="/admin/people" className="font-medium text-brand-700 underline">
                People and roles
              </Link>
            </li>
            <li>
              <Link href="/admin/audit" className="font-medium text-brand-700 underline">
                Audit log
              </Link>
            </li>
          </ul>
        </Card>
        <Card title="MCT enrollment">
          <p className="font-medium">Self-service is {settings?.selfServiceEnabled ? 'on' : 'off'}</p>
          <p className="text-sm text-slate-700">
            Fee:{' '}
            {settings?.mctFeeWaived ? 'waived' : `${((settings?.mctFeeCents ?? 0) / 100).toFixed(2)} ${settings?.mctFeeCurrency ?? ''}`}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            Pause windows: {pauses.map((p) => `${formatDay(p.startsOn)} – ${formatDay(p.endsOn)}`).join('; ') || 'none'}
          </p>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link href="/admin/mct/enrollment" className="font-medium text-brand-700 underline">
                Enrollment settings and pauses
              </Link>
            </li>
            <li>
              <Link href="/admin/mct/applications" className="font-medium text-brand-700 underline">
                MCT applications to decide
              </Link>
            </li>
            <li>
              <Link href="/admin/mct/renewals" className="font-medium text-brand-700 underline">
                MCT renewals to decide
              </Link>
            </li>
            <li>
              <Link href="/admin/mct/certifications" className="font-medium text-brand-700 underline">
                Certification catalogue
              </Link>
            </li>
            <li>
              <Link href="/admin/mct/providers" className="font-medium text-brand-700 underline">
                ISC providers and staff
              </Link>
            </li>
          </ul>
        </Card>
        <Card title="Award cycles">
          <ul className="space-y-1 text-sm">
            {cycles.map((c) => (
              <li key={c.id}>
                <span className="font-medium">{c.name}</span> ({c.status.toLowerCase().replace('_', ' ')}): evidence due{' '}
                {formatInstant(c.submissionDeadline, viewer.timeZone)}
              </li>
            ))}
          </ul>
          <ul className="mt-3 space-y-1 text-sm">
            <li>
              <Link href="/admin/reviews" className="font-medium text-brand-700 underline">
                Reviewer assignment
              </Link>
            </li>
            <li>
              <Link href="/admin/decisions" className="font-medium text-brand-700 underline">
                Decisions and release
              </Link>
            </li>
            <li>
              <Link href="/admin/cycles" className="font-medium text-brand-700 underline">
                Cycles and rubrics
              </Link>
            </li>
          </ul>
        </Card>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Award categories">
          <ul className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
            {categories.map((c) => (
              <li key={c.id}>
                {c.name} <span className="text-slate-600">({c._count.focusAreas} focus areas)</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="ISC providers">
          <ul className="space-y-1 text-sm">
            {providers.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.name}</span>: approved {formatDay(p.approvedFrom)} – {formatDay(p.approvedUntil)},{' '}
                {p._count.staff} staff
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
