import type { Metadata } from 'next';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { prisma } from '@/lib/db';
import { formatDay, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const viewer = await requireRole(['ADMIN'], '/admin');
  const [people, roleCounts, cycles, categories, providers, settings, pauses] = await Promise.all([
    prisma.user.count({ where: { anonymizedAt: null } }),
    prisma.userRole.groupBy({ by: ['role'], _count: { _all: true } }),
    prisma.awardCycle.findMany({
      orderBy: { nominationsOpenAt: 'desc' },
      take: 3,
      select: { id: true, name: true, status: true, submissionDeadline: true },
    }),
    prisma.awardCategory.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, name: true, _count: { select: { focusAreas: true } } },
    }),
    prisma.iscProvider.findMany({
      orderBy: { name: 'asc' },
      select: { id: true, name: true, approvedFrom: true, approvedUntil: true, _count: { select: { staff: true } } },
    }),
    prisma.programSettings.findUnique({ where: { id: 1 } }),
    prisma.enrollmentPause.findMany({ orderBy: { startsOn: 'asc' }, select: { id: true, startsOn: true, endsOn: true } }),
  ]);
  const count = (role: string) => roleCounts.find((r) => r.role === role)?._count._all ?? 0;
  return (
    <div className="space-y-6">
      <PageHeader title="Program administration" description="The state of both programs and their configuration." />
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="People">
          <p className="text-3xl font-semibold">{people}</p>
          <p className="text-sm text-slate-700">
            {count('ADMIN')} admins · {count('REVIEWER')} reviewers · {count('EMPLOYEE')} verified employees
          </p>
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
