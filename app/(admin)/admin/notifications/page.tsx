import type { Metadata } from 'next';
import Link from 'next/link';
import { DeliveryBadge } from '@/components/notifications/delivery-badge';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Input, Select } from '@/components/ui/field';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { notificationFilterSchema, type NotificationFilter } from '@/lib/notifications/schema';
import { DELIVERY_STATE_LABELS, DELIVERY_STATES } from '@/lib/notifications/status';
import { templates } from '@/lib/notifications/templates';
import { listNotifications } from '@/lib/admin/email-log';
import { TableHead } from '@/components/ui/table';
import { NewerOlderNav } from '@/components/admin/table-kit';

export const metadata: Metadata = { title: 'Emails' };

type Search = Record<string, string | string[] | undefined>;

const FILTER_KEYS = ['status', 'template', 'recipient', 'from', 'to'] as const;

function hrefOf(filter: NotificationFilter, page: number): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  params.set('page', String(page));
  return `/admin/notifications?${params.toString()}`;
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const raw = await searchParams;
  const filter = notificationFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, [v].flat()[0]])));
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
      <form method="get" className="grid gap-3 sm:grid-cols-3" aria-label="Filter emails">
        <div>
          <label htmlFor="n-status" className="block text-sm font-medium text-slate-900">
            Status
          </label>
          <Select id="n-status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any status</option>
            {DELIVERY_STATES.map((s) => (
              <option key={s} value={s}>
                {DELIVERY_STATE_LABELS[s]}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="n-template" className="block text-sm font-medium text-slate-900">
            Template
          </label>
          <Select id="n-template" name="template" defaultValue={filter.template ?? ''}>
            <option value="">Any template</option>
            {templateNames.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <label htmlFor="n-recipient" className="block text-sm font-medium text-slate-900">
            Recipient email contains
          </label>
          <Input id="n-recipient" name="recipient" type="search" defaultValue={filter.recipient ?? ''} />
        </div>
        <div>
          <label htmlFor="n-from" className="block text-sm font-medium text-slate-900">
            Queued from
          </label>
          <Input id="n-from" name="from" type="date" defaultValue={filter.from ?? ''} />
        </div>
        <div>
          <label htmlFor="n-to" className="block text-sm font-medium text-slate-900">
            Queued to (includes the whole day)
          </label>
          <Input id="n-to" name="to" type="date" defaultValue={filter.to ?? ''} />
        </div>
        <div className="flex items-end gap-3">
          <Button type="submit">Filter</Button>
          <Link href="/admin/notifications" className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        </div>
      </form>
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
      <NewerOlderNav label="Pages of emails" noun="emails" page={page} hasMore={hasMore} hrefOf={(p) => hrefOf(filter, p)} />
    </div>
  );
}
