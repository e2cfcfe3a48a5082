import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { ApplicationStatus } from '@/components/mct/application-status';
import { CorrectCompletionForm, WithdrawCompletionForm } from '@/components/providers/completion-fix-forms';
import { CompletionsUpload } from '@/components/providers/completions-upload';
import { ConfirmCompletionForm } from '@/components/providers/confirm-completion-form';
import { StartApplicationForm } from '@/components/providers/start-application-form';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { requireProviderStaff } from '@/lib/auth/guards';
import { cancelProviderApplicationAction } from '@/lib/completions/actions';
import { dateKey } from '@/lib/dates';
import { formatDay, formatInstant } from '@/lib/format';
import { getProviderWorkspace, listMyProviders } from '@/lib/providers/queries';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'ISC provider' };

type SearchParams = Promise<{ provider?: string; page?: string; q?: string }>;

export default async function ProviderPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireProviderStaff();
  const params = await searchParams;
  const providers = await listMyProviders(viewer);
  const selected = providers.find((p) => p.id === params.provider) ?? providers[0];
  if (!selected) {
    return (
      <div className="space-y-6">
        <PageHeader title="ISC provider" />
        <EmptyState title="You are not staff of an ISC provider." />
      </div>
    );
  }
  const w = await getProviderWorkspace(viewer, selected.id, { page: Number(params.page) || 1, search: params.q });
  const pageHref = (page: number) => {
    const query = new URLSearchParams({ provider: w.provider.id, page: String(page), ...(w.search ? { q: w.search } : {}) });
    return `/provider?${query.toString()}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title="ISC provider"
        description="Confirm who completed your Instructional Skills Certificate course and start manual MCT applications for them."
        actions={
          <Link href={`/provider/api-tokens?provider=${w.provider.id}`} className={buttonClass('secondary')}>
            API tokens for your training system
          </Link>
        }
      />
      {providers.length > 1 ? (
        <nav aria-label="Your providers" className="flex flex-wrap gap-2">
          {providers.map((p) => (
            <Link
              key={p.id}
              href={`/provider?provider=${p.id}`}
              aria-current={p.id === w.provider.id ? 'page' : undefined}
              className={buttonClass(p.id === w.provider.id ? 'primary' : 'secondary')}
            >
              {p.name}
            </Link>
          ))}
        </nav>
      ) : null}

      <Card title={w.provider.name}>
        {w.isApprovedToday ? (
          <Alert tone="success" title="Approved">
            From {formatDay(w.provider.approvedFrom)} to {formatDay(w.provider.approvedUntil)}.
          </Alert>
        ) : (
          <Alert tone="warning" title="Not approved today">
            Approval period: {formatDay(w.provider.approvedFrom)} to {formatDay(w.provider.approvedUntil)}. While not approved you cannot
            start applications; contact the program team to renew the approval.
          </Alert>
        )}
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-700">Confirmed completions</dt>
            <dd className="text-2xl font-semibold">{w.totalCompletions}</dd>
          </div>
          <div>
            <dt className="text-slate-700">Applications started</dt>
            <dd className="text-2xl font-semibold">{selected._count.applications}</dd>
          </div>
          <div>
            <dt className="text-slate-700">Staff</dt>
            <dd>{w.provider.staff.map((s) => s.user.name ?? s.user.email).join(', ')}</dd>
          </div>
        </dl>
      </Card>

      {w.selfServiceClosure ? (
        <Alert tone="warning" title={`Self-service enrollment: ${w.selfServiceClosure.title}`}>
          {w.selfServiceClosure.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
          <p>
            {w.holdsNewApplications
              ? 'You can still submit manual applications below: they are held, and each candidate is emailed their link when enrollment reopens.'
              : 'Meanwhile candidates join through you: start a manual application for each below.'}
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title="Self-service enrollment is open today">
          Candidates who meet the requirements can apply themselves; you can still start a manual application for them.
        </Alert>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Confirm a completion">
          <ConfirmCompletionForm providerId={w.provider.id} />
        </Card>
        <Card title="Confirm many: upload a CSV">
          <CompletionsUpload providerId={w.provider.id} />
        </Card>
      </div>

      <Card title="Start a manual MCT application">
        <p className="mb-4 text-sm text-slate-700">
          For a candidate whose completion you confirmed within the last 3 years, while self-service enrollment is offline or paused. They
          get an email with a link to review the application and accept the program agreement, which submits it to the program team.
          {w.holdsNewApplications
            ? ' Enrollment is paused today: what you submit now is held, and each candidate gets their email when enrollment reopens.'
            : null}
        </p>
        <StartApplicationForm
          providerId={w.provider.id}
          disabledReason={w.isApprovedToday ? null : 'Your provider is not approved today, so it cannot start applications.'}
        />
      </Card>

      <Card title="Applications you started">
        {w.applications.length === 0 ? (
          <EmptyState title="No applications started yet" />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
              <TableHead columns={['Candidate', 'Started', 'Status']} />
              <tbody>
                {w.applications.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      {a.candidate.name ?? a.candidate.email}
                      <span className="block text-slate-600">{a.candidate.email}</span>
                    </td>
                    <td className="py-2 pr-3">
                      {formatInstant(a.createdAt, viewer.timeZone)}
                      {a.initiatedBy ? <span className="block text-slate-600">by {a.initiatedBy.name ?? a.initiatedBy.email}</span> : null}
                    </td>
                    <td className="py-2">
                      <ApplicationStatus status={a.status} reader="provider" />
                      {a.status === 'HELD' ? (
                        <p className="mt-1 text-sm font-medium">
                          {w.heldNotice ?? 'Enrollment has reopened: the candidate is emailed within the hour.'}
                        </p>
                      ) : null}
                      {a.status === 'AWAITING_CANDIDATE' || a.status === 'HELD' ? (
                        <div className="mt-2">
                          <ActionButton
                            action={cancelProviderApplicationAction}
                            input={{ applicationId: a.id, version: a.version }}
                            label="Cancel this application"
                            accessibleName={`Cancel the application of ${a.candidate.name ?? a.candidate.email}`}
                            confirm={
                              a.status === 'HELD'
                                ? 'Cancel this held application? The candidate has not been emailed yet and will not be.'
                                : 'Cancel this application? The candidate’s link stops working and they are told.'
                            }
                          />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      <Card title="Confirmed completions">
        <form role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/provider">
          <input type="hidden" name="provider" value={w.provider.id} />
          <div className="min-w-64 flex-1">
            <label htmlFor="completion-search" className="block text-sm font-medium">
              Find by name, email or certificate ID
            </label>
            <input id="completion-search" name="q" defaultValue={w.search} className={inputClass} />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            Search
          </button>
        </form>
        {w.completions.length === 0 ? (
          <EmptyState title={w.search ? 'No completion matches.' : 'No completions confirmed yet'} />
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
                <caption className="sr-only">
                  Confirmed completions, page {w.page} of {w.pageCount}
                </caption>
                <TableHead columns={['Candidate', 'Completed', 'Certificate ID', 'Confirmed', 'Mistake?']} />
                <tbody>
                  {w.completions.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100 align-top">
                      <td className="py-2 pr-3">
                        {c.candidateName}
                        <span className="block text-slate-600">{c.candidateEmail}</span>
                      </td>
                      <td className="py-2 pr-3">{formatDay(c.completedOn)}</td>
                      <td className="py-2 pr-3">{c.certificateId}</td>
                      <td className="py-2 pr-3">
                        {formatInstant(c.confirmedAt, viewer.timeZone)}
                        {c.importBatchId ? <span className="block text-slate-600">by CSV upload</span> : null}
                      </td>
                      <td className="py-2">
                        {c.withdrawnAt ? (
                          <span>
                            Withdrawn {formatInstant(c.withdrawnAt, viewer.timeZone)}: {c.withdrawnReason}
                          </span>
                        ) : (
                          <details>
                            <summary className="cursor-pointer font-medium text-brand-700">
                              Correct or withdraw<span className="sr-only"> the completion of {c.candidateName}</span>
                            </summary>
                            <div className="mt-2 space-y-4">
                              <CorrectCompletionForm
                                initial={{
                                  completionId: c.id,
                                  version: c.version,
                                  candidateName: c.candidateName,
                                  candidateEmail: c.candidateEmail,
                                  completedOn: dateKey(c.completedOn),
                                  certificateId: c.certificateId,
                                }}
                              />
                              <WithdrawCompletionForm completionId={c.id} version={c.version} candidateName={c.candidateName} />
                            </div>
                          </details>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav aria-label="Pages of completions" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
              <span>
                {w.totalMatching} completion{w.totalMatching === 1 ? '' : 's'} · page {w.page} of {w.pageCount}
              </span>
              {w.page > 1 ? (
                <Link href={pageHref(w.page - 1)} className="font-medium text-brand-700 underline">
                  Previous page
                </Link>
              ) : null}
              {w.page < w.pageCount ? (
                <Link href={pageHref(w.page + 1)} className="font-medium text-brand-700 underline">
                  Next page
                </Link>
              ) : null}
            </nav>
          </>
        )}
        {w.imports.length > 0 ? (
          <div className="mt-6">
            <h3 className="text-sm font-semibold">Recent uploads</h3>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {w.imports.map((b) => (
                <li key={b.id}>
                  {b.fileName}: {b.rowsImported} of {b.rowsTotal} rows saved, {formatInstant(b.createdAt, viewer.timeZone)} by{' '}
                  {b.user.name ?? b.user.email}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
