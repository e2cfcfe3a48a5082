import type { Metadata } from 'next';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { auditFilterSchema } from '@/lib/audit/schema';
import { formatInstant } from '@/lib/format';
import { listAuditEvents } from '@/lib/admin/audit-log';
import { firstValues, LogFilterForm, type LogFilterField, logPageHref, NewerOlderNav } from '@/components/admin/table-kit';

export const metadata: Metadata = { title: 'Audit log' };

const PATH = '/admin/audit';

type Search = Record<string, string | string[] | undefined>;

const FIELDS = [
  { name: 'person', label: 'Person (email or id)', type: 'text' },
  { name: 'entityType', label: 'Record type', type: 'text' },
  { name: 'entityId', label: 'Record id', type: 'text' },
  { name: 'action', label: 'Action', type: 'text' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To (includes the whole day)', type: 'date' },
] as const satisfies readonly LogFilterField[];
const KEYS = FIELDS.map((f) => f.name);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const filter = auditFilterSchema.parse(firstValues(await searchParams));
  const { events, page, hasMore } = await listAuditEvents(viewer, filter);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Audit log"
        description={`Every recorded change, newest first. Entries cannot be edited or deleted. Dates are in your time zone (${viewer.timeZone}).`}
      />
      <LogFilterForm path={PATH} idPrefix="audit" values={filter} fields={FIELDS} />
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
      <NewerOlderNav
        label="Pages of the audit log"
        noun="entries"
        page={page}
        hasMore={hasMore}
        hrefOf={(p) => logPageHref(PATH, filter, KEYS, p)}
      />
    </div>
  );
}
