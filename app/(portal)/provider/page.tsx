import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { ApplicationStatus } from '@/components/mct/application-status';
import { CorrectCompletionForm, WithdrawCompletionForm } from '@/components/providers/completion-fix-forms';
import { CompletionsUpload } from '@/components/providers/completions-upload';
import { ConfirmCompletionForm } from '@/components/providers/confirm-completion-form';
import { closureNotice, heldLine } from '@/components/providers/enrollment-notice';
import { StartApplicationForm } from '@/components/providers/start-application-form';
import { providerFormsCopy } from '@/components/mct/form-copy';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { requireProviderStaff } from '@/lib/auth/guards';
import { cancelProviderApplicationAction } from '@/lib/completions/actions';
import { dateKey } from '@/lib/dates';
import { PROVIDER_APPLICATION_DAYS } from '@/lib/mct/lifecycle';
import { formatDay, formatInstant } from '@/lib/format';
import { getProviderWorkspace, listMyProviders } from '@/lib/providers/queries';
import { TableHead } from '@/components/ui/table';
import { messagesFor } from '@/lib/i18n/messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('provider'))('title') };
}

type SearchParams = Promise<{ provider?: string; page?: string; q?: string; apps?: string; fix?: string }>;

export default async function ProviderPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireProviderStaff();
  const params = await searchParams;
  const [providers, t, ts, locale, copy] = await Promise.all([
    listMyProviders(viewer),
    getTranslations('provider'),
    getTranslations('mctStatus'),
    getLocale(),
    providerFormsCopy(),
  ]);
  const selected = providers.find((p) => p.id === params.provider) ?? providers[0];
  if (!selected) {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <EmptyState title={t('notStaff')} />
      </div>
    );
  }
  const w = await getProviderWorkspace(viewer, selected.id, {
    page: Number(params.page) || 1,
    search: params.q,
    applicationsPage: Number(params.apps) || 1,
  });
  const hrefWith = (page: number, apps: number, fix?: string) => {
    const query = new URLSearchParams({
      provider: w.provider.id,
      ...(page > 1 ? { page: String(page) } : {}),
      ...(apps > 1 ? { apps: String(apps) } : {}),
      ...(w.search ? { q: w.search } : {}),
      ...(fix ? { fix } : {}),
    });
    return `/provider?${query.toString()}${fix ? `#fix-${fix}` : ''}`;
  };
  const pageHref = (page: number) => hrefWith(page, w.applicationsPage);
  const appsHref = (apps: number) => hrefWith(w.page, apps);
  const zones = { program: w.programTimeZone, reader: viewer.timeZone };
  const closure = w.enrollmentWindow.isOpen ? null : closureNotice(w.enrollmentWindow, zones, t, locale);
  const held = heldLine(w.enrollmentWindow, zones, t, locale);
  const day = (d: Date) => formatDay(d, locale);
  const instant = (d: Date) => formatInstant(d, viewer.timeZone, locale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Link href={`/provider/api-tokens?provider=${w.provider.id}`} className={buttonClass('secondary')}>
            {t('apiTokens')}
          </Link>
        }
      />
      {providers.length > 1 ? (
        <nav aria-label={t('yourProviders')} className="flex flex-wrap gap-2">
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
          <Alert tone="success" title={t('approved')}>
            {t('approvedFrom', { start: day(w.provider.approvedFrom), end: day(w.provider.approvedUntil) })}
          </Alert>
        ) : (
          <Alert tone="warning" title={t('notApprovedToday')}>
            {t('approvalPeriod', { start: day(w.provider.approvedFrom), end: day(w.provider.approvedUntil) })}
          </Alert>
        )}
        <dl className="mt-4 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-700">{t('confirmedCompletions')}</dt>
            <dd className="text-2xl font-semibold">{w.totalCompletions}</dd>
          </div>
          <div>
            <dt className="text-slate-700">{t('applicationsStarted')}</dt>
            <dd className="text-2xl font-semibold">{selected._count.applications}</dd>
          </div>
          <div>
            <dt className="text-slate-700">{t('staff')}</dt>
            <dd>{w.provider.staff.map((s) => s.user.name ?? s.user.email).join(', ')}</dd>
          </div>
        </dl>
      </Card>

      {closure ? (
        <Alert tone="warning" title={t('closureTitle', { title: closure.title })}>
          {closure.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
          <p>{w.holdsNewApplications ? t('stillSubmitHeld') : t('joinThroughYou')}</p>
        </Alert>
      ) : (
        <Alert tone="info" title={t('openToday')}>
          {t('openTodayText')}
        </Alert>
      )}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t('confirmOne')}>
          <ConfirmCompletionForm providerId={w.provider.id} copy={copy.confirm} />
        </Card>
        <Card title={t('confirmMany')}>
          <CompletionsUpload providerId={w.provider.id} copy={copy.completionsUpload} words={messagesFor(locale).uploadWords} />
        </Card>
      </div>

      <Card title={t('startManual')}>
        <p className="mb-4 text-sm text-slate-700">
          {t('startManualText')}
          {w.holdsNewApplications ? t('pausedToday') : null}
        </p>
        <StartApplicationForm
          providerId={w.provider.id}
          disabledReason={w.isApprovedToday ? null : t('cannotStart')}
          copy={copy.start}
          locale={locale}
        />
      </Card>

      <Card title={t('applicationsYouStarted')}>
        {w.applications.length === 0 ? (
          <EmptyState title={t('noApplications')} />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
              <TableHead columns={[t('candidate'), t('started'), t('status')]} />
              <tbody>
                {w.applications.map((a) => (
                  <tr key={a.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      {a.candidate.name ?? a.candidate.email}
                      <span className="block text-slate-600">{a.candidate.email}</span>
                    </td>
                    <td className="py-2 pr-3">
                      {instant(a.createdAt)}
                      {a.initiatedBy ? (
                        <span className="block text-slate-600">{t('by', { name: a.initiatedBy.name ?? a.initiatedBy.email })}</span>
                      ) : null}
                    </td>
                    <td className="py-2">
                      <ApplicationStatus
                        status={a.status}
                        reader="provider"
                        copy={{ label: ts(`${a.status}.label`), text: ts(`${a.status}.provider`, { days: PROVIDER_APPLICATION_DAYS }) }}
                      />
                      {a.status === 'HELD' ? <p className="mt-1 text-sm font-medium">{held ?? t('reopened')}</p> : null}
                      {a.status === 'AWAITING_CANDIDATE' || a.status === 'HELD' ? (
                        <div className="mt-2">
                          <ActionButton
                            action={cancelProviderApplicationAction}
                            input={{ applicationId: a.id, version: a.version }}
                            label={t('cancel')}
                            accessibleName={t('cancelName', { name: a.candidate.name ?? a.candidate.email })}
                            confirm={a.status === 'HELD' ? t('cancelHeldConfirm') : t('cancelConfirm')}
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
        {w.applicationsPageCount > 1 ? (
          <Pager
            label={t('applicationsPagesNav')}
            summary={t('applicationsPageOf', { count: w.totalApplications, page: w.applicationsPage, pages: w.applicationsPageCount })}
            previous={w.applicationsPage > 1 ? { href: appsHref(w.applicationsPage - 1), text: t('previous') } : null}
            next={w.applicationsPage < w.applicationsPageCount ? { href: appsHref(w.applicationsPage + 1), text: t('next') } : null}
          />
        ) : null}
      </Card>

      <Card title={t('confirmedCompletions')}>
        <form role="search" className="mb-4 flex flex-wrap items-end gap-2" action="/provider">
          <input type="hidden" name="provider" value={w.provider.id} />
          <div className="min-w-64 flex-1">
            <label htmlFor="completion-search" className="block text-sm font-medium">
              {t('find')}
            </label>
            <input id="completion-search" name="q" defaultValue={w.search} className={inputClass} />
          </div>
          <button type="submit" className={buttonClass('secondary')}>
            {t('search')}
          </button>
        </form>
        {w.completions.length === 0 ? (
          <EmptyState title={w.search ? t('noMatch') : t('noCompletions')} />
        ) : (
          <>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
                <caption className="sr-only">{t('completionsCaption', { page: w.page, pages: w.pageCount })}</caption>
                <TableHead columns={[t('candidate'), t('completed'), t('certificateId'), t('confirmed'), t('mistake')]} />
                <tbody>
                  {w.completions.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100 align-top">
                      <td className="py-2 pr-3">
                        {c.candidateName}
                        <span className="block text-slate-600">{c.candidateEmail}</span>
                      </td>
                      <td className="py-2 pr-3">{day(c.completedOn)}</td>
                      <td className="py-2 pr-3">{c.certificateId}</td>
                      <td className="py-2 pr-3">
                        {instant(c.confirmedAt)}
                        {c.importBatchId ? <span className="block text-slate-600">{t('byCsv')}</span> : null}
                      </td>
                      <td className="py-2">
                        {c.withdrawnAt ? (
                          <span>{t('withdrawn', { date: instant(c.withdrawnAt), reason: c.withdrawnReason ?? '' })}</span>
                        ) : // The forms of one completion at a time (the one asked for), so a page of 25 does not
                        // carry 50 forms.
                        params.fix !== c.id ? (
                          <Link href={hrefWith(w.page, w.applicationsPage, c.id)} className="font-medium text-brand-700 underline">
                            {t('correctOrWithdraw')}
                            <span className="sr-only">{t('correctOrWithdrawName', { name: c.candidateName })}</span>
                          </Link>
                        ) : (
                          <div id={`fix-${c.id}`} className="min-w-64 space-y-4">
                            <CorrectCompletionForm
                              initial={{
                                completionId: c.id,
                                version: c.version,
                                candidateName: c.candidateName,
                                candidateEmail: c.candidateEmail,
                                completedOn: dateKey(c.completedOn),
                                certificateId: c.certificateId,
                              }}
                              copy={copy.correct}
                            />
                            <WithdrawCompletionForm
                              completionId={c.id}
                              version={c.version}
                              candidateName={c.candidateName}
                              copy={copy.withdraw}
                            />
                            <Link
                              href={hrefWith(w.page, w.applicationsPage)}
                              className="block text-sm font-medium text-brand-700 underline"
                            >
                              {t('closeFix')}
                            </Link>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              label={t('pagesNav')}
              summary={t('pageOf', { count: w.totalMatching, page: w.page, pages: w.pageCount })}
              previous={w.page > 1 ? { href: pageHref(w.page - 1), text: t('previous') } : null}
              next={w.page < w.pageCount ? { href: pageHref(w.page + 1), text: t('next') } : null}
            />
          </>
        )}
        {w.imports.length > 0 ? (
          <div className="mt-6">
            <h3 className="text-sm font-semibold">{t('recentUploads')}</h3>
            <ul className="mt-1 space-y-1 text-sm text-slate-700">
              {w.imports.map((b) => (
                <li key={b.id}>
                  {t('upload', {
                    file: b.fileName,
                    saved: b.rowsImported,
                    total: b.rowsTotal,
                    date: instant(b.createdAt),
                    name: b.user.name ?? b.user.email,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Card>
    </div>
  );
}

type PageLink = { href: string; text: string } | null;

/** A list's pages: where the reader is, and links to the pages before and after. */
function Pager({ label, summary, previous, next }: { label: string; summary: string; previous: PageLink; next: PageLink }) {
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
      <span>{summary}</span>
      {previous ? (
        <Link href={previous.href} className="font-medium text-brand-700 underline">
          {previous.text}
        </Link>
      ) : null}
      {next ? (
        <Link href={next.href} className="font-medium text-brand-700 underline">
          {next.text}
        </Link>
      ) : null}
    </nav>
  );
}
