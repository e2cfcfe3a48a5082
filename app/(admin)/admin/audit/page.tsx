import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { requireUser } from '@/lib/auth/guards';
import { auditFilterSchema, type AuditFilter } from '@/lib/audit/schema';
import { formatInstant } from '@/lib/format';
import { listAuditEvents } from '@/lib/admin/audit-log';
import { NewerOlderNav } from '@/components/admin/table-kit';

export const metadata: Metadata = { title: 'Audit log' };

type Search = Record<string, string | string[] | undefined>;

const FIELDS = [
  { name: 'person', label: 'Person (email or id)', type: 'text' },
  { name: 'entityType', label: 'Record type', type: 'text' },
  { name: 'entityId', label: 'Record id', type: 'text' },
  { name: 'action', label: 'Action', type: 'text' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To (includes the whole day)', type: 'date' },
] as const;

function hrefOf(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  for (const f of FIELDS) {
    const value = filter[f.name];
    if (value) params.set(f.name, value);
  }
  params.set('page', String(page));
  return `/admin/audit?${params.toString()}`;
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, [v].flat()[0]])));
  const { events, page, hasMore } = await listAuditEvents(viewer, filter);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description={`Every recorded change, newest first. Entries cannot be edited or deleted. Dates are in your time zone (${viewer.timeZone}).`}
      />
      <form method="get" className="grid gap-3 sm:grid-cols-3">
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={`audit-${f.name}`} className="block text-sm font-medium text-slate-900">
              {f.label}
            </label>
            <Input id={`audit-${f.name}`} name={f.name} type={f.type} defaultValue={filter[f.name] ?? ''} />
          </div>
        ))}
        <div className="flex items-end gap-2">
          <Button type="submit">Filter</Button>
          <Link href="/admin/audit" className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        </div>
      </form>
      {events.length === 0 ? (
        <EmptyState title="No entries match these filters." />
      ) : (
        <ol className="space-y-2" aria-label="Audit entries">
          {events.map((e) => (
            <li key={e.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="text-slate-700">{formatInstant(e.at, viewer.timeZone)}</span> · {e.actorLabel} ·{' '}
                  <span className="font-mono">{e.action}</span> · {e.entityType} {e.entityId}
                </summary>
                <div className="mt-2 grid gap-3 md:grid-cols-2">
                  <div>
                    <p className="font-medium">Before</p>
                    <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">{e.before ?? '—'}</pre>
                  </div>
                  <div>
                    <p className="font-medium">After</p>
                    <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">{e.after ?? '—'}</pre>
                  </div>
                </div>
              </details>
            </li>
          ))}
        </ol>
      )}
      <NewerOlderNav label="Pages of the audit log" noun="entries" page={page} hasMore={hasMore} hrefOf={(p) => hrefOf(filter, p)} />
    </div>
  );
}
