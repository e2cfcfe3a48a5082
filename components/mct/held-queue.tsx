import { TableHead } from '@/components/ui/table';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/card';
import { formatInstant } from '@/lib/format';

type HeldApplication = {
  id: string;
  heldAt: Date | null;
  candidate: { name: string | null; email: string };
  provider: { name: string } | null;
  initiatedBy: { name: string | null; email: string } | null;
};

/** The program team's view of the provider applications held during a pause: who, by which provider,
 * since when, and until when (which follows the pause, or the switch's reason while it is off). */
export function HeldQueue({
  applications,
  notice,
  timeZone,
}: {
  applications: readonly HeldApplication[];
  notice: string | null;
  timeZone: string;
}) {
  if (applications.length === 0) {
    return (
      <EmptyState title="No held applications">
        Manual applications ISC providers submit while a pause is on wait here until enrollment reopens.
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <Alert tone="info" title={notice ?? 'Enrollment has reopened: these go to their candidates within the hour'}>
        Each candidate is emailed their link to review the application and accept the agreement when enrollment reopens (no pause today and
        self-service switched on). Extending a pause or switching self-service off keeps them held.
      </Alert>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
          <caption className="sr-only">Held provider applications, oldest first</caption>
          <TableHead columns={['Candidate', 'ISC provider', 'Submitted']} />
          <tbody>
            {applications.map((a) => (
              <tr key={a.id} className="border-b border-slate-100 align-top">
                <td className="py-2 pr-3">
                  <Link href={`/admin/mct/applications/${a.id}`} className="font-medium text-brand-700 underline">
                    {a.candidate.name ?? a.candidate.email}
                  </Link>
                  <span className="block text-slate-600">{a.candidate.email}</span>
                </td>
                <td className="py-2 pr-3">
                  {a.provider?.name ?? '—'}
                  {a.initiatedBy ? <span className="block text-slate-600">by {a.initiatedBy.name ?? a.initiatedBy.email}</span> : null}
                </td>
                <td className="py-2">{a.heldAt ? formatInstant(a.heldAt, timeZone) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
