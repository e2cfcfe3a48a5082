import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { DeliveryBadge, EmailHtmlFrame } from '@/components/notifications/delivery-badge';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { formatInstant } from '@/lib/format';
import { isOptionalEmail } from '@/lib/notifications/routing';
import { getNotification } from '@/lib/admin/email-log';
import { resendNotificationAction } from '@/lib/admin/actions';

export const metadata: Metadata = { title: 'Email' };

export default async function NotificationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  const n = await getNotification(viewer, id);
  if (!n) notFound();
  const at = (d: Date | null) => (d ? formatInstant(d, viewer.timeZone) : '—');
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/notifications" className="font-medium text-brand-700 underline">
          All emails
        </Link>
      </p>
      <PageHeader title={n.subject} description={`To ${n.toEmail} · template ${n.template}`} />
      <Card title="Delivery">
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Status</dt>
          <dd>
            <DeliveryBadge state={n.state} />
          </dd>
          <dt className="font-medium">Urgency</dt>
          <dd>{n.urgency === 'IMMEDIATE' ? 'Immediate (always sent at once)' : 'Optional (digest or unsubscribe apply)'}</dd>
          <dt className="font-medium">Queued</dt>
          <dd>{at(n.createdAt)}</dd>
          <dt className="font-medium">Sent</dt>
          <dd>{at(n.sentAt)}</dd>
          <dt className="font-medium">Attempts</dt>
          <dd>{n.attempts}</dd>
          <dt className="font-medium">Last error</dt>
          <dd className="font-mono text-xs break-all">{n.lastError ?? '—'}</dd>
          {n.digest ? (
            <>
              <dt className="font-medium">Carried by</dt>
              <dd>
                <Link href={`/admin/notifications/${n.digest.id}`} className="font-medium text-brand-700 underline">
                  {n.digest.subject}
                </Link>{' '}
                <DeliveryBadge state={n.digest.state} />
              </dd>
            </>
          ) : null}
        </dl>
        {n.state === 'FAILED' ? (
          <div className="mt-4">
            <p className="mb-2 text-sm text-slate-700">Every attempt failed. Resending queues it again with the usual retries.</p>
            <ActionButton
              action={resendNotificationAction}
              input={{ id: n.id }}
              label="Resend"
              pendingLabel="Queueing…"
              variant="primary"
              successMessage="Queued again. The status changes once the worker has sent it."
            />
          </div>
        ) : null}
      </Card>
      {n.parts.length > 0 ? (
        <Card title={`Emails in this digest (${n.parts.length})`}>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {n.parts.map((p) => (
              <li key={p.id}>
                <Link href={`/admin/notifications/${p.id}`} className="font-medium text-brand-700 underline">
                  {p.subject}
                </Link>{' '}
                <span className="font-mono text-xs text-slate-700">{p.template}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title="Plain-text part">
        <pre className="overflow-x-auto rounded bg-slate-50 p-3 text-sm whitespace-pre-wrap break-words">{n.textBody}</pre>
        {isOptionalEmail(n) ? (
          <p className="mt-2 text-sm text-slate-700">An unsubscribe link is added to both parts when it is sent.</p>
        ) : null}
      </Card>
      <Card title="HTML part">
        <EmailHtmlFrame html={n.htmlBody} title={`HTML part of “${n.subject}”`} />
      </Card>
    </div>
  );
}
