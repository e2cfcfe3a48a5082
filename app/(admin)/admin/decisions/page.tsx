import { NamedOptions } from '@/components/ui/field';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/components/admin/table-kit';
import { CloseReviewButton, ReleaseDecisionsButton } from '@/components/decisions/buttons';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getDecisionBoard } from '@/lib/decisions/queries';
import { DECISIONS_PAGE_SIZE, decisionViewSchema, type DecisionFilter, type DecisionSort, type DecisionView } from '@/lib/decisions/schema';
import { pageOfRows } from '@/lib/decisions/table';
import { formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Decisions' };

const FILTER_LABELS: Record<DecisionFilter, string> = {
  all: 'All',
  disputed: 'Reviewers disagree',
  undecided: 'Not decided',
  unreleased: 'Decided, held',
  released: 'Released',
};

const fixed = (n: number | undefined, digits = 2) => (n === undefined ? '—' : n.toFixed(digits));

/** The view's query string; a change of anything but the page starts again at page 1. */
function query(view: DecisionView, change: Partial<DecisionView>): string {
  const merged = { ...view, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) params.set(key, String(value));
  return params.toString();
}

export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser();
  const raw = await searchParams;
  const view = decisionViewSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const board = await getDecisionBoard(viewer, view);
  if (!board?.cycle) {
    return (
      <div>
        <PageHeader title="Decisions" />
        <EmptyState title="No award cycle yet." />
      </div>
    );
  }
  const { cycle, category, rows } = board;
  const current: DecisionView = { ...view, cycle: cycle.id, category: category?.id };
  // Every row is aggregated and sorted (the sort keys are computed), but only one page is rendered.
  const { rows: pageRows, page, pageCount } = pageOfRows(rows, view.page, DECISIONS_PAGE_SIZE);
  const isClosed = Boolean(cycle.reviewClosedAt);

  const sortHeader = (sort: DecisionSort, label: string) => {
    const active = view.sort === sort;
    const dir = active && view.dir === 'desc' ? 'asc' : 'desc';
    return (
      <th scope="col" className="py-2 pr-4" aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <Link
          href={`/admin/decisions?${query(current, { sort, dir: sort === 'candidate' && !active ? 'asc' : dir })}`}
          className="underline"
        >
          {label}
          <span className="sr-only">, sort {active && view.dir === 'desc' ? 'ascending' : 'descending'}</span>
          {active ? <span aria-hidden="true">{view.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
        </Link>
      </th>
    );
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Decisions"
        description="Each submission’s reviews in aggregate: weighted mean, median, spread (high disagreement flagged) and a score corrected for each reviewer’s leniency."
      />
      <form className="flex flex-wrap items-end gap-2" method="get">
        <div>
          <label htmlFor="cycle" className="block text-sm font-medium">
            Award cycle
          </label>
          <select id="cycle" name="cycle" defaultValue={cycle.id} className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
            <NamedOptions items={board.cycles} />
          </select>
        </div>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold">
          Show
        </button>
      </form>

      <Card title={`Review in ${cycle.name}`}>
        {isClosed ? (
          <p className="text-sm">
            Review closed {formatInstant(cycle.reviewClosedAt!, viewer.timeZone)}. Decisions can be made and released.
          </p>
        ) : (
          <div className="space-y-3">
            <p className="text-sm">
              Review is open: reviewers can still change their reviews, and nothing can be decided yet. {board.openReviews} review
              {board.openReviews === 1 ? ' is' : 's are'} not submitted.
              {board.shortReviewed > 0
                ? ` ${board.shortReviewed} submission${board.shortReviewed === 1 ? ' has' : 's have'} fewer than ${cycle.reviewersPerSubmission} submitted reviews.`
                : ''}
            </p>
            <CloseReviewButton
              cycleId={cycle.id}
              cycleName={cycle.name}
              version={cycle.version}
              openReviews={board.openReviews}
              shortReviewed={board.shortReviewed}
              reviewersPerSubmission={cycle.reviewersPerSubmission}
            />
          </div>
        )}
      </Card>

      <nav aria-label="Categories">
        <ul className="flex flex-wrap gap-2">
          {board.categories.map((c) => (
            <li key={c.id}>
              <Link
                href={`/admin/decisions?${query(current, { category: c.id })}`}
                aria-current={c.id === category?.id ? 'page' : undefined}
                className={`block rounded-full border px-3 py-1 text-sm ${c.id === category?.id ? 'border-brand-700 bg-brand-50 font-semibold text-brand-800' : 'border-slate-300 text-slate-800'}`}
              >
                {c.name} ({c.submissions})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Card
        title={category ? `${category.name}: ${rows.length} submission${rows.length === 1 ? '' : 's'}` : 'Submissions'}
        actions={
          <a href={`/api/exports/decisions?${query(current, {})}`} className={buttonClass('secondary')}>
            Export CSV
          </a>
        }
      >
        <nav aria-label="Filter" className="mb-4">
          <ul className="flex flex-wrap gap-3 text-sm">
            {(Object.keys(FILTER_LABELS) as DecisionFilter[]).map((f) => (
              <li key={f}>
                <Link
                  href={`/admin/decisions?${query(current, { show: f })}`}
                  aria-current={view.show === f ? 'page' : undefined}
                  className={view.show === f ? 'font-semibold text-slate-900' : 'text-brand-700 underline'}
                >
                  {FILTER_LABELS[f]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {rows.length === 0 ? (
          <EmptyState title="No submission to show.">Submissions appear here once reviewers are assigned.</EmptyState>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label="Submissions with their aggregated scores" tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <caption className="sr-only">Submissions with their aggregated scores and decisions</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {sortHeader('candidate', 'Candidate')}
                  {sortHeader('reviews', 'Reviews')}
                  {sortHeader('mean', 'Weighted mean')}
                  {sortHeader('median', 'Median')}
                  {sortHeader('spread', 'Spread')}
                  {sortHeader('normalised', 'Normalised')}
                  <th scope="col" className="py-2 pr-4">
                    Decision
                  </th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((r) => (
                  <tr key={r.submissionId} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      <Link href={`/admin/decisions/${r.submissionId}`} className="text-brand-700 underline">
                        {r.candidateName}
                      </Link>
                      <span className="block font-normal text-slate-700">
                        {r.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'}
                        {r.focusAreaName ? ` · ${r.focusAreaName}` : ''}
                      </span>
                    </th>
                    <td className="py-2 pr-4">
                      {r.reviewsSubmitted} of {r.reviewsAssigned}
                    </td>
                    <td className="py-2 pr-4">{fixed(r.aggregate?.mean)}</td>
                    <td className="py-2 pr-4">{fixed(r.aggregate?.median)}</td>
                    <td className="py-2 pr-4">
                      {fixed(r.aggregate?.spread)}
                      {r.aggregate?.isDisputed ? (
                        <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">Disputed</span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-4">{fixed(r.aggregate?.normalised)}</td>
                    <td className="py-2 pr-4">
                      {r.decision ? (
                        <>
                          <span className="font-medium">{r.decision.outcome === 'AWARD' ? 'Award' : 'No award'}</span>
                          <span className="block text-slate-700">{r.decision.releasedAt ? 'Released' : 'Held'}</span>
                        </>
                      ) : (
                        <span className="text-slate-700">Not decided</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pageCount > 1 ? (
          <Pager
            path="/admin/decisions"
            values={{ ...current, page: undefined }}
            table={{ page, pageCount, total: rows.length, pageSize: DECISIONS_PAGE_SIZE }}
            noun="submissions"
          />
        ) : null}
      </Card>

      <Card title="Release decisions">
        <ReleaseDecisionsButton
          key={`${cycle.id}/${category?.id ?? ''}`}
          cycleId={cycle.id}
          categoryName={category?.name ?? 'this category'}
          submissionIds={board.releasable.map((d) => d.submissionId)}
          awards={board.releasable.filter((d) => d.outcome === 'AWARD').length}
        />
      </Card>
    </div>
  );
}
