import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteEvidenceButton } from '@/components/evidence/delete-evidence-button';
import { ReachExplanation, ReachPercentileLine } from '@/components/evidence/reach-percentile';
import { LazyTimelineChart } from '@/components/evidence/timeline-chart-lazy';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import { requireUser } from '@/lib/auth/guards';
import { getEvidenceOverview, type EvidenceItemPage, type EvidenceItemView } from '@/lib/evidence/queries';
import type { ReachFigure } from '@/lib/evidence/reach';
import { AUDIENCE_LABELS, CONTRIBUTION_TYPES, describeMetrics, ROLE_LABELS } from '@/lib/evidence/types';
import { formatDayKey, formatInstant } from '@/lib/format';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Evidence' };

const number = (n: number) => n.toLocaleString('en-US');

// The list shows three lines of a description (line-clamp-3): a page of fifty need not carry fifty
// whole descriptions of up to 1,000 characters to the browser twice (HTML and RSC payload).
const PREVIEW_CHARS = 320;
const preview = (text: string) => (text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text);

const pageNumber = (value: string | undefined) => (value && /^\d{1,6}$/.test(value) ? Number(value) : 1);

export default async function EvidencePage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string; imported?: string; inside?: string; outside?: string }>;
}) {
  const viewer = await requireUser();
  const { saved, imported, inside: insideParam, outside: outsideParam } = await searchParams;
  const { window, counts, inside, outside, timeline, reach, nominationsToSubmit } = await getEvidenceOverview(viewer, new Date(), {
    inside: pageNumber(insideParam),
    outside: pageNumber(outsideParam),
  });
  // Each list keeps the other's page in its links.
  const pageHref = (list: 'inside' | 'outside', page: number) => {
    const pages = { inside: inside.page, outside: outside.page, [list]: page };
    const query = new URLSearchParams();
    if (pages.inside > 1) query.set('inside', String(pages.inside));
    if (pages.outside > 1) query.set('outside', String(pages.outside));
    const text = query.toString();
    return `/evidence${text ? `?${text}` : ''}#${list === 'inside' ? 'inside-window' : 'outside-window'}`;
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title="Evidence"
        description="Your log of community contributions. Keep it up to date; when you submit for a nomination or a renewal, you choose items from the last 12 months."
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/evidence/new">Add a contribution</ButtonLink>
            <ButtonLink href="/evidence/import" variant="secondary">
              Import from CSV
            </ButtonLink>
          </div>
        }
      />
      {saved ? <Alert tone="success">Your contribution is saved.</Alert> : null}
      {imported && /^\d{1,5}$/.test(imported) ? (
        <Alert tone="success">{`${imported} contribution${imported === '1' ? ' was' : 's were'} imported.`}</Alert>
      ) : null}
      {nominationsToSubmit.map((n) => (
        <Alert key={n.id} tone="info" title={`Your nomination in ${n.categoryName} is waiting for your evidence.`}>
          Submit before {formatInstant(n.submissionDeadline, viewer.timeZone)}.{' '}
          <Link href={`/nominations/${n.id}/submit`} className="font-medium underline">
            Choose and submit evidence
          </Link>
        </Alert>
      ))}

      <Card title="Your 12-month window">
        <p className="text-sm text-slate-700">
          A submission made today ({formatDayKey(window.end)}, in your time zone {viewer.timeZone}) would cover{' '}
          <strong>{formatDayKey(window.start)}</strong> to <strong>{formatDayKey(window.end)}</strong>, both days included.{' '}
          {number(counts.inside)} of your {number(counts.total)} contributions fall inside it
          {timeline.totalReach > 0 ? `, reaching ${number(timeline.totalReach)}` : ''}.
        </p>
        {timeline.gaps.length > 0 && counts.total > 0 ? (
          <p className="mt-2 text-sm font-medium text-amber-900">
            Gaps: no contributions in {timeline.gaps.map((g) => g.label).join(', ')}. Reviewers look for consistency across the 12 months.
          </p>
        ) : null}
        {counts.total === 0 ? (
          <div className="mt-4">
            <EmptyState title="Your log is empty.">Add your first contribution, or import several from a CSV file.</EmptyState>
          </div>
        ) : (
          <div className="mt-4 grid gap-6 lg:grid-cols-3">
            <figure className="lg:col-span-2">
              <LazyTimelineChart
                months={timeline.months.map(({ shortLabel, contributions, reach }) => ({ shortLabel, contributions, reach }))}
              />
              <figcaption className="mt-1 text-sm text-slate-600">
                Contributions (bars) and reach (line) per month of the window. The table has the same numbers.
              </figcaption>
            </figure>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-2 text-left font-semibold text-slate-900">Contributions and reach per month</caption>
                <TableHead
                  columns={['Month', { label: 'Contributions', align: 'right' }, { label: 'Reach', align: 'right' }]}
                  rows="py-1"
                  gap="pr-2"
                />
                <tbody>
                  {timeline.months.map((m) => (
                    <tr key={m.month} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-2 font-normal">
                        {m.label}
                      </th>
                      <td className={`py-1 pr-2 text-right ${m.contributions === 0 ? 'font-medium text-amber-900' : ''}`}>
                        {m.contributions === 0 ? 'none (gap)' : number(m.contributions)}
                      </td>
                      <td className="py-1 text-right">{number(m.reach)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Card>

      {counts.total > 0 ? (
        <>
          <div id="inside-window">
            <Card title={`Inside the window (${number(counts.inside)})`}>
              {counts.inside === 0 ? (
                <EmptyState title="No contributions in the last 12 months yet." />
              ) : (
                <>
                  <ReachExplanation scope="window" />
                  <ItemList items={inside.items} reach={reach} />
                  <ListPager list={inside} noun="contributions inside the window" href={(p) => pageHref('inside', p)} />
                </>
              )}
            </Card>
          </div>
          {counts.outside > 0 ? (
            <div id="outside-window">
              <Card title={`Outside the window (${number(counts.outside)})`}>
                <p className="mb-3 text-sm text-slate-700">
                  These are older than 12 months (or dated after today) and cannot be submitted now. They stay in your log.
                </p>
                <ItemList items={outside.items} />
                <ListPager list={outside} noun="contributions outside the window" href={(p) => pageHref('outside', p)} />
              </Card>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The pager of one of the two lists; nothing when one page holds all. */
function ListPager({ list, noun, href }: { list: EvidenceItemPage; noun: string; href: (page: number) => string }) {
  if (list.pageCount <= 1) return null;
  return <PageNav page={list.page} pageCount={list.pageCount} total={list.total} pageSize={list.pageSize} noun={noun} href={href} />;
}

/** A list of the viewer's items; those inside the window (`reach` given) with their reach percentile. */
function ItemList({ items, reach }: { items: EvidenceItemView[]; reach?: Record<string, ReachFigure[]> }) {
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <h3 className="break-words font-medium text-slate-900">
                {item.title}
                {item.isHighImpact ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">High impact</span> : null}
              </h3>
              <p className="text-sm text-slate-700">
                {CONTRIBUTION_TYPES[item.type].label} · {ROLE_LABELS[item.role]} ·{' '}
                {item.endDate ? `${formatDayKey(item.startDate)} to ${formatDayKey(item.endDate)}` : formatDayKey(item.startDate)} ·{' '}
                {AUDIENCE_LABELS[item.audience]}
                {item.technologyArea ? ` · ${item.technologyArea}` : ''}
              </p>
              {describeMetrics(item.metrics) ? <p className="text-sm text-slate-700">{describeMetrics(item.metrics)}</p> : null}
              {reach ? <ReachPercentileLine item={item} figures={reach[item.id]} scope="window" /> : null}
              {item.isPaid ? (
                <p className="text-sm text-slate-700">{item.isFullTimeJob ? 'Paid, full-time job: cannot be submitted' : 'Paid work'}</p>
              ) : null}
              <p className="mt-1 line-clamp-3 whitespace-pre-wrap break-words text-sm text-slate-800">{preview(item.description)}</p>
            </div>
            <div className="flex shrink-0 items-center gap-1">
              <Link
                href={`/evidence/${item.id}/edit`}
                prefetch={false}
                className="rounded-md px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
                aria-label={`Edit “${item.title}”`}
              >
                Edit
              </Link>
              <DeleteEvidenceButton id={item.id} title={item.title} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
