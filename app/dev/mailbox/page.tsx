import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { env } from '@/lib/env';
import { devMailboxDirFor } from '@/lib/mail/dev-mailbox';
import { readMailbox } from '@/lib/mail/mailbox';

export const metadata: Metadata = { title: 'Development mailbox' };
export const dynamic = 'force-dynamic';

/** Mail caught by the local SMTP catcher: a 404 except on a development or test server, for a
 * browser on the same machine (lib/mail/dev-mailbox.ts). */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const dir = devMailboxDirFor(await headers(), env());
  if (!dir) notFound();
  const { to } = await searchParams;
  const mails = readMailbox(dir, { to, limit: 50 });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Development mailbox"
        description="Every email the portal sent through SMTP in this development environment, newest first."
      />
      <form className="flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm font-medium" htmlFor="to">
          Recipient
        </label>
        <input id="to" name="to" defaultValue={to} type="email" className="rounded-md border border-slate-400 px-3 py-2 text-sm" />
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
          Filter
        </button>
      </form>
      {mails.length === 0 ? <EmptyState title="No mail yet." /> : null}
      {mails.map((m) => (
        <Card key={m.id} title={m.subject} headingLevel={2}>
          <p className="text-sm text-slate-700">
            To {m.to.join(', ')} · {new Date(m.receivedAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC
          </p>
          <pre className="mt-3 whitespace-pre-wrap break-words rounded bg-slate-100 p-3 text-sm">{linkify(m.text)}</pre>
        </Card>
      ))}
    </div>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="font-medium text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
