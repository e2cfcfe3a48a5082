import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { ProviderForm } from '@/components/providers/provider-form';
import { StaffForm } from '@/components/providers/staff-form';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getFormDraft } from '@/lib/drafts/queries';
import { providerDraftKey } from '@/lib/providers/schema';
import { dateKey } from '@/lib/dates';
import { formatDay } from '@/lib/format';
import { getProviderForAdmin } from '@/lib/providers/queries';
import { removeProviderStaffAction } from '@/lib/providers/actions';

export const metadata: Metadata = { title: 'ISC provider' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ProviderAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const provider = UUID.test(id) ? await getProviderForAdmin(viewer, id) : null;
  if (!provider) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={provider.name}
        description={`Approved ${formatDay(provider.approvedFrom)} to ${formatDay(provider.approvedUntil)} · ${provider._count.completions} completions · ${provider._count.applications} applications started`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Details and approval">
          <ProviderForm
            userId={viewer.id}
            draft={await getFormDraft(viewer, providerDraftKey(provider.id))}
            initial={{
              id: provider.id,
              version: provider.version,
              name: provider.name,
              country: provider.country,
              contactEmail: provider.contactEmail,
              website: provider.website ?? '',
              approvedFrom: dateKey(provider.approvedFrom),
              approvedUntil: dateKey(provider.approvedUntil),
            }}
          />
        </Card>
        <Card title="Staff">
          {provider.staff.length === 0 ? (
            <EmptyState title="No staff yet" />
          ) : (
            <ul className="mb-4 divide-y divide-slate-200">
              {provider.staff.map((s) => (
                <li key={s.user.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                  <span>
                    {s.user.name ?? s.user.email}
                    <span className="block text-sm text-slate-600">{s.user.email}</span>
                  </span>
                  <ActionButton
                    action={removeProviderStaffAction}
                    input={{ providerId: provider.id, userId: s.user.id }}
                    label="Remove"
                    accessibleName={`Remove ${s.user.email} from staff`}
                    confirm={`Remove ${s.user.email} from ${provider.name}?`}
                    variant="danger"
                  />
                </li>
              ))}
            </ul>
          )}
          <StaffForm providerId={provider.id} />
        </Card>
      </div>
    </div>
  );
}
