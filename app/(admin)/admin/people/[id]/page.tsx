import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MergeAccountForm } from '@/components/people/merge-account-form';
import { ReviewerCategoriesForm } from '@/components/people/reviewer-categories-form';
import { RoleChangeForm } from '@/components/people/role-change-form';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { formatInstant } from '@/lib/format';
import { ADMIN_MANAGED_ROLES } from '@/lib/people/admin-schema';
import { getPersonForAdmin } from '@/lib/people/admin-queries';

export const metadata: Metadata = { title: 'Person' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const MCT_LABELS = {
  NONE: 'Not an MCT',
  ACTIVE: 'Active MCT',
  IN_RENEWAL: 'MCT in renewal',
  ALUMNI: 'MCT alumni',
  LAPSED: 'Lapsed MCT',
} as const;

export default async function PersonAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  if (!UUID.test(id)) notFound();
  const person = await getPersonForAdmin(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!person) notFound();
  const holds = (role: string) => person.roles.some((r) => r.role === role);
  return (
    <div className="space-y-6">
      <PageHeader
        title={person.name ?? person.email}
        description={
          <>
            {person.email}
            {person.isAnonymized ? ' · personal data erased' : ''} ·{' '}
            <Link
              href={`/admin/audit?${new URLSearchParams({ entityType: 'User', entityId: person.id }).toString()}`}
              className="text-brand-700 underline"
            >
              Changes to this person in the audit log
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Roles">
          <ul className="space-y-4">
            {ADMIN_MANAGED_ROLES.map((role) => {
              const grant = person.roles.find((r) => r.role === role);
              return (
                <li key={role} className="flex flex-wrap items-center justify-between gap-3">
                  <div className="text-sm">
                    <p className="font-medium">{role}</p>
                    <p className="text-slate-700">
                      {grant
                        ? `Granted ${formatInstant(grant.grantedAt, viewer.timeZone)}${grant.grantedBy ? ` by ${grant.grantedBy}` : ''}`
                        : 'Not held'}
                    </p>
                  </div>
                  {person.isAnonymized || person.mergedInto ? null : (
                    <RoleChangeForm userId={person.id} role={role} holds={Boolean(grant)} />
                  )}
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title="Programs">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="font-medium">MVP</dt>
              <dd>
                {person.mvp?.activeCategories.length
                  ? `Active MVP: ${person.mvp.activeCategories.join(', ')}`
                  : person.mvp?.isFormerMvp
                    ? 'Former MVP'
                    : 'Not an MVP'}
              </dd>
            </div>
            <div>
              <dt className="font-medium">MCT</dt>
              <dd>{MCT_LABELS[person.mct?.standing ?? 'NONE']}</dd>
            </div>
            <div>
              <dt className="font-medium">Microsoft employee</dt>
              <dd>{person.isEmployee ? 'Yes' : 'No'}</dd>
            </div>
          </dl>
        </Card>
        <Card title="ISC provider staff">
          {person.providers.length === 0 ? (
            <p className="text-sm text-slate-700">Not staff of any ISC provider.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {person.providers.map((p) => (
                <li key={p.id}>
                  <Link href={`/admin/mct/providers/${p.id}`} className="font-medium text-brand-700 underline">
                    {p.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-slate-700">
            Staff are added and removed on each provider’s page:{' '}
            <Link href="/admin/mct/providers" className="font-medium text-brand-700 underline">
              ISC providers and staff
            </Link>
            .
          </p>
        </Card>
        <Card title="Reviewer categories">
          {holds('REVIEWER') ? (
            <ReviewerCategoriesForm userId={person.id} categories={person.categories} selected={person.reviewerCategoryIds} />
          ) : (
            <p className="text-sm text-slate-700">Grant the REVIEWER role to choose the categories they review.</p>
          )}
        </Card>
      </div>
      {person.mergedInto ? (
        <Alert tone="info" title="This account was merged into another one">
          Its records moved to{' '}
          <Link href={`/admin/people/${person.mergedInto.id}`} className="font-medium underline">
            {person.mergedInto.email}
          </Link>
          {person.mergedInto.mergedAt ? ` on ${formatInstant(person.mergedInto.mergedAt, viewer.timeZone)}` : ''}; signing in with{' '}
          {person.email} lands there.
        </Alert>
      ) : null}
      {person.isAnonymized || person.mergedInto ? null : (
        <Card title="Merge another account into this one">
          <MergeAccountForm targetId={person.id} targetEmail={person.email} />
        </Card>
      )}
      <Card title="Recent history">
        {person.history.length === 0 ? (
          <EmptyState title="No recorded changes yet." />
        ) : (
          <ul className="space-y-1 text-sm">
            {person.history.map((h) => (
              <li key={h.id}>
                <span className="text-slate-700">{formatInstant(h.at, viewer.timeZone)}</span> · {h.actorLabel} ·{' '}
                <span className="font-mono">{h.action}</span> · {h.entityType} {h.entityId}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link
            href={`/admin/audit?${new URLSearchParams({ person: person.id }).toString()}`}
            className="font-medium text-brand-700 underline"
          >
            Everything this person did, in the audit log
          </Link>
        </p>
      </Card>
    </div>
  );
}
