import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { CertificationForm } from '@/components/mct/certification-form-lazy';
import { HeldCertificationForm } from '@/components/mct/held-certification-form';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey } from '@/lib/format';
import { getMyCertifications } from '@/lib/mct/queries';
import { removeCertificationAction } from '@/lib/mct/actions';

export const metadata: Metadata = { title: 'My certifications' };

export default async function MyCertificationsPage() {
  const viewer = await requireUser();
  const { held, catalogue } = await getMyCertifications(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="My certifications"
        description={
          <>
            The certifications you hold, and whether each counts for MCT today. Back to{' '}
            <Link href="/mct" className="font-medium text-brand-700 underline">
              Become an MCT
            </Link>
            .
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <Card title="On your record">
            {held.length === 0 ? (
              <EmptyState title="No certifications yet">
                Add the certifications you hold; an associate or expert one counts for MCT.
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-200">
                {held.map((c) => (
                  <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div>
                      <p className="font-medium">
                        {c.code}: {c.name}
                      </p>
                      <p className="text-sm text-slate-700">
                        Credential {c.credentialId} · earned {formatDayKey(c.earnedOn)}
                        {c.expiresOn ? ` · expires ${formatDayKey(c.expiresOn)}` : ' · does not expire'}
                      </p>
                      <p className={`text-sm font-medium ${c.problem ? 'text-amber-900' : 'text-green-900'}`}>
                        {c.problem ?? 'Counts for MCT today.'}
                      </p>
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer font-medium text-brand-700">Correct or renew the dates of {c.code}</summary>
                        <HeldCertificationForm code={c.code} initial={{ id: c.id, earnedOn: c.earnedOn, expiresOn: c.expiresOn ?? '' }} />
                      </details>
                    </div>
                    <ActionButton
                      action={removeCertificationAction}
                      input={{ id: c.id }}
                      label="Remove"
                      accessibleName={`Remove ${c.code}`}
                      confirm={`Remove ${c.code} from your record?`}
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="lg:col-span-2">
          <Card title="Add a certification">
            <CertificationForm catalogue={catalogue} />
          </Card>
        </div>
      </div>
    </div>
  );
}
