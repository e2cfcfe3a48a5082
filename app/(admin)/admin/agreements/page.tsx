import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { AgreementForm } from '@/components/agreements/agreement-form';
import { Card, PageHeader } from '@/components/ui/card';
import { listAgreementVersions } from '@/lib/agreements/queries';
import { AGREEMENT_KIND_LABELS, AGREEMENT_KINDS } from '@/lib/agreements/schema';
import { requireRole } from '@/lib/auth/guards';
import { todayIn } from '@/lib/dates';
import { formatDay } from '@/lib/format';

export const metadata: Metadata = { title: 'Agreements' };

const STATE_LABEL = { IN_FORCE: 'in force', SCHEDULED: 'comes into force later', SUPERSEDED: 'superseded' } as const;

export default async function AgreementsPage() {
  const viewer = await requireRole(['ADMIN'], '/admin/agreements');
  const versions = await listAgreementVersions(viewer);
  return (
    <div className="space-y-6">
      <AdminNav />
      <PageHeader
        title="Agreements"
        description="Each agreement’s versions, the day each came into force and who accepted it. People who accepted an older version are asked to accept the new one at their next visit, before the actions it covers."
      />
      {AGREEMENT_KINDS.map((kind) => (
        <Card key={kind} title={AGREEMENT_KIND_LABELS[kind]}>
          <ul className="divide-y divide-slate-200 text-sm">
            {versions
              .filter((v) => v.kind === kind)
              .map((v) => (
                <li key={v.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
                  <span>
                    <Link href={`/admin/agreements/${v.id}`} className="font-medium text-brand-700 underline">
                      Version {v.version}: {v.title}
                    </Link>{' '}
                    · from {formatDay(v.effectiveFrom)} · {STATE_LABEL[v.state]}
                  </span>
                  <span>{v._count.acceptances} accepted</span>
                </li>
              ))}
          </ul>
        </Card>
      ))}
      <Card title="Publish a new version">
        <AgreementForm
          initial={{ revision: 0, kind: 'MVP_CODE_OF_CONDUCT', version: '', title: '', body: '', effectiveFrom: todayIn(viewer.timeZone) }}
        />
      </Card>
    </div>
  );
}
