import type { Metadata } from 'next';
import { ActionButton } from '@/components/ui/action-button';
import { CatalogueForm } from '@/components/mct/catalogue-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatDayKey } from '@/lib/format';
import { listCertificationCatalogue } from '@/lib/mct/queries';
import { CERTIFICATION_LEVEL_LABELS } from '@/lib/mct/requirements';
import { removeCertificationFromCatalogueAction } from '@/lib/mct/actions';

export const metadata: Metadata = { title: 'Certification catalogue' };

export default async function CertificationCataloguePage() {
  const viewer = await requireUser();
  const catalogue = await listCertificationCatalogue(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Certification catalogue"
        description="The certifications candidates choose from, and whether each counts for MCT: associate and expert role-based ones do; fundamentals, MOS and business-user ones do not."
      />
      <Card title="Add a certification">
        <CatalogueForm idPrefix="new-cert" />
      </Card>
      <Card title={`${catalogue.length} certifications`}>
        <ul className="divide-y divide-slate-200">
          {catalogue.map((c) => (
            <li key={c.id} className="space-y-2 py-3">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="font-medium">
                    {c.code}: {c.name}
                  </p>
                  <p className="text-sm text-slate-700">
                    {CERTIFICATION_LEVEL_LABELS[c.level]} · {c.isEligible ? 'counts for MCT' : 'does not count for MCT'}
                    {c.validityMonths ? ` · valid ${c.validityMonths} months` : ''}
                    {c.retiredOn ? ` · retired ${formatDayKey(c.retiredOn)}` : ''} · held by {c.holders}
                  </p>
                </div>
                <ActionButton
                  action={removeCertificationFromCatalogueAction}
                  input={{ id: c.id }}
                  label="Remove"
                  accessibleName={`Remove ${c.code}`}
                  confirm={`Remove ${c.code} from the catalogue?`}
                  variant="danger"
                />
              </div>
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit {c.code}</summary>
                <div className="mt-3">
                  <CatalogueForm
                    idPrefix={`cert-${c.id}`}
                    initial={{
                      id: c.id,
                      version: c.version,
                      code: c.code,
                      name: c.name,
                      level: c.level,
                      isEligible: c.isEligible,
                      validityMonths: c.validityMonths ? String(c.validityMonths) : '',
                      retiredOn: c.retiredOn ?? '',
                    }}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
