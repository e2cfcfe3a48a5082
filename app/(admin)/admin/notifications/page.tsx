import type { Metadata } from 'next';
import Link from 'next/link';
import { DeliveryBadge } from '@/components/notifications/delivery-badge';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { notificationFilterSchema } from '@/lib/notifications/schema';
import { DELIVERY_STATE_LABELS, DELIVERY_STATES } from '@/lib/notifications/status';
import { templates } from '@/lib/notifications/templates';
import { listNotifications } from '@/lib/admin/email-log';
import { TableHead } from '@/components/ui/table';
import { firstValues, LogFilterForm, logPageHref, NewerOlderNav } from '@/components/admin/table-kit';

export const metadata: Metadata = { title: 'Emails' };

const PATH = '/admin/notifications';

type Search = Record<string, string | string[] | undefined>;

const FILTER_KEYS = ['status', 'template', 'recipient', 'from', 'to'] as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const filter = notificationFilterSchema.parse(firstValues(await searchParams));
  const { notifications, page, hasMore } = await listNotifications(viewer, filter);
  const templateNames = Object.keys(templates).sort();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Emails"
        description={`Every email the portal sent or holds, newest first, with its delivery status. Times are in your time zone (${viewer.timeZone}).`}
        actions={
          <Link href="/admin/notifications/templates" className="font-medium text-brand-700 underline">
            Preview the templates
          </Link>
        }
      />
      <LogFilterForm
        path={PATH}
        idPrefix="n"
        label="Filter emails"
        values={filter}
        fields={[
          {
            name: 'status',
            label: 'Status',
            type: 'select',
            anyLabel: 'Any status',
            options: DELIVERY_STATES.map((s) => ({ value: s, label: DELIVERY_STATE_LABELS[s] })),
          },
          {
            name: 'template',
            label: 'Template',
            type: 'select',
            anyLabel: 'Any template',
            options: templateNames.map((t) => ({ value: t, label: t })),
          },
          { name: 'recipient', label: 'Recipient email contains', type: 'search' },
          { name: 'from', label: 'Queued from', type: 'date' },
          { name: 'to', label: 'Queued to (includes the whole day)', type: 'date' },
        ]}
      />
      {notifications.length === 0 ? (
        <EmptyState title="No emails match these filters." />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Emails, newest first</caption>
            <TableHead columns={['Queued', 'Recipient', 'Subject', 'Template', 'Status', 'Attempts']} gap="pr-4" />
            <tbody>
              {notifications.map((n) => (
                <tr key={n.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatInstant(n.createdAt, viewer.timeZone)}</td>
                  <td className="py-2 pr-4 break-all">{n.toEmail}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/admin/notifications/${n.id}`} className="font-medium text-brand-700 underline">
                      {n.subject}
                    </Link>
                  </td>
                  <td className="py-2 pr-4 font-mono text-xs">{n.template}</td>
                  <td className="py-2 pr-4">
                    <DeliveryBadge state={n.state} />
                  </td>
                  <td className="py-2">{n.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewerOlderNav
        label="Pages of emails"
        noun="emails"
        page={page}
        hasMore={hasMore}
        hrefOf={(p) => logPageHref(PATH, filter, FILTER_KEYS, p)}
      />
    </div>
  );
}
