import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DeleteEvidenceButton, type DeleteEvidenceCopy } from '@/components/evidence/delete-evidence-button';
import { ReachExplanation, ReachPercentileLine } from '@/components/evidence/reach-percentile';
import { reachWords } from '@/components/evidence/reach-words';
import type { ReachWords } from '@/lib/evidence/reach';
import TimelineChart from '@/components/evidence/timeline-chart';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { PageNav } from '@/components/ui/page-nav';
import { requireUser } from '@/lib/auth/guards';
import { getEvidenceOverview, type EvidenceItemPage, type EvidenceItemView } from '@/lib/evidence/queries';
import type { ReachFigure } from '@/lib/evidence/reach';
import { labelsOf, monthsOfWindow } from '@/lib/evidence/timeline';
import { describeMetricsIn } from '@/lib/evidence/types';
import { evidenceFormCopy, type EvidenceFormCopy } from '@/components/evidence/evidence-form-copy';
import { formatDayKey, formatInstant, formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { TableHead } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evidence'))('title') };
}

type T = Awaited<ReturnType<typeof getTranslations<'evidence'>>>;

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
    // The items outside the window are listed only when asked for (?outside=N).
    outside: outsideParam ? pageNumber(outsideParam) : undefined,
  });
  const [t, locale, labels, words] = await Promise.all([getTranslations('evidence'), getLocale(), evidenceFormCopy(), reachWords()]);
  const remove: DeleteEvidenceCopy = {
    delete: t('delete'),
    confirm: t('deleteConfirm'),
    yes: t('deleteYes'),
    deleting: t('deleting'),
    keep: t('deleteKeep'),
  };
  const list = { t, locale, labels, words, remove };
  const number = (n: number) => formatNumber(n, locale);
  // The months named in the reader's language (the overview names them in English).
  const periods = monthsOfWindow(window);
  const months = timeline.months.map((m, i) => (locale === 'en' || !periods[i] ? m : { ...m, ...labelsOf(periods[i], locale) }));
  const gaps = months.filter((m) => m.contributions === 0);
  const day = (key: string) => formatDayKey(key, locale);
  // Each list keeps the other's page in its links.
  const pageHref = (list: 'inside' | 'outside', page: number) => {
    const pages = { inside: inside.page, outside: outside?.page ?? 0, [list]: page };
    const query = new URLSearchParams();
    if (pages.inside > 1) query.set('inside', String(pages.inside));
    if (pages.outside > 0) query.set('outside', String(pages.outside));
    const text = query.toString();
    return `/evidence${text ? `?${text}` : ''}#${list === 'inside' ? 'inside-window' : 'outside-window'}`;
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/evidence/new">{t('add')}</ButtonLink>
            <ButtonLink href="/evidence/import" variant="secondary">
              {t('importCsv')}
            </ButtonLink>
          </div>
        }
      />
      {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
      {imported && /^\d{1,5}$/.test(imported) ? <Alert tone="success">{t('imported', { count: Number(imported) })}</Alert> : null}
      {nominationsToSubmit.map((n) => (
        <Alert key={n.id} tone="info" title={t('nominationWaiting', { category: n.categoryName })}>
          {t('submitBefore', { deadline: formatInstant(n.submissionDeadline, viewer.timeZone, locale) })}{' '}
          <Link href={`/nominations/${n.id}/submit`} className="font-medium underline">
            {t('chooseAndSubmit')}
          </Link>
        </Alert>
      ))}

      <Card title={t('window')}>
        <p className="text-sm text-slate-700">
          {t.rich('windowText', {
            today: day(window.end),
            timeZone: viewer.timeZone,
            start: day(window.start),
            end: day(window.end),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}{' '}
          {t('insideCount', { inside: number(counts.inside), total: number(counts.total) })}
          {timeline.totalReach > 0 ? t('reaching', { reach: number(timeline.totalReach) }) : ''}.
        </p>
        {timeline.gaps.length > 0 && counts.total > 0 ? (
          <p className="mt-2 text-sm font-medium text-amber-900">{t('gaps', { months: gaps.map((g) => g.label).join(', ') })}</p>
        ) : null}
        {counts.total === 0 ? (
          <div className="mt-4">
            <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
          </div>
        ) : (
          <div className="mt-4 grid gap-6 lg:grid-cols-3">
            <figure className="lg:col-span-2">
              <TimelineChart
                months={months.map(({ shortLabel, contributions, reach }) => ({ shortLabel, contributions, reach }))}
                names={{ contributions: t('contributions'), reach: t('reach') }}
                locale={locale}
              />
              <figcaption className="mt-1 text-sm text-slate-600">{t('chartCaption')}</figcaption>
            </figure>
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="mb-2 text-left font-semibold text-slate-900">{t('tableCaption')}</caption>
                <TableHead
                  columns={[t('month'), { label: t('contributions'), align: 'right' }, { label: t('reach'), align: 'right' }]}
                  rows="py-1"
                  gap="pr-2"
                />
                <tbody>
                  {months.map((m) => (
                    <tr key={m.month} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-2 font-normal">
                        {m.label}
                      </th>
                      <td className={`py-1 pr-2 text-right ${m.contributions === 0 ? 'font-medium text-amber-900' : ''}`}>
                        {m.contributions === 0 ? t('gap') : number(m.contributions)}
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
            <Card title={t('inside', { count: number(counts.inside) })}>
              {counts.inside === 0 ? (
                <EmptyState title={t('insideEmpty')} />
              ) : (
                <>
                  <ReachExplanation scope="window" words={words} />
                  <ItemList items={inside.items} reach={reach} {...list} />
                  <ListPager list={inside} noun={t('insideNoun')} href={(p) => pageHref('inside', p)} />
                </>
              )}
            </Card>
          </div>
          {counts.outside > 0 ? (
            <div id="outside-window">
              <Card title={t('outside', { count: number(counts.outside) })}>
                <p className="mb-3 text-sm text-slate-700">{t('outsideText')}</p>
                {outside ? (
                  <>
                    <ItemList items={outside.items} {...list} />
                    <ListPager list={outside} noun={t('outsideNoun')} href={(p) => pageHref('outside', p)} />
                    <Link href={pageHref('outside', 0)} className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
                      {t('hideOutside')}
                    </Link>
                  </>
                ) : (
                  <Link href={pageHref('outside', 1)} className="text-sm font-medium text-brand-700 underline">
                    {t('showOutside', { count: counts.outside })}
                  </Link>
                )}
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
function ItemList({
  items,
  reach,
  t,
  locale,
  labels,
  words,
  remove,
}: {
  items: EvidenceItemView[];
  reach?: Record<string, ReachFigure[]>;
  t: T;
  locale: Locale;
  labels: EvidenceFormCopy;
  words: ReachWords;
  remove: DeleteEvidenceCopy;
}) {
  const day = (key: string) => formatDayKey(key, locale);
  const metricsOf = (item: EvidenceItemView) => describeMetricsIn(item.metrics, locale === 'en' ? null : labels);
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <h3 className="break-words font-medium text-slate-900">
                {item.title}
                {item.isHighImpact ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">{t('highImpact')}</span>
                ) : null}
              </h3>
              <p className="text-sm text-slate-700">
                {labels.types[item.type]} · {labels.roles[item.role]} ·{' '}
                {item.endDate ? t('dateRange', { start: day(item.startDate), end: day(item.endDate) }) : day(item.startDate)} ·{' '}
                {labels.audiences[item.audience]}
                {item.technologyArea ? ` · ${item.technologyArea}` : ''}
              </p>
              {metricsOf(item) ? <p className="text-sm text-slate-700">{metricsOf(item)}</p> : null}
              {reach ? <ReachPercentileLine item={item} figures={reach[item.id]} scope="window" words={words} /> : null}
              {item.isPaid ? <p className="text-sm text-slate-700">{item.isFullTimeJob ? t('paidFullTime') : t('paid')}</p> : null}
              <p className="mt-1 line-clamp-3 whitespace-pre-wrap break-words text-sm text-slate-800">{preview(item.description)}</p>
            </div>
            <div className="flex shrink-0 items-center gap-1">
              <Link
                href={`/evidence/${item.id}/edit`}
                prefetch={false}
                className="rounded-md px-2 py-1 text-sm font-semibold text-brand-700 hover:bg-brand-50"
                aria-label={t('editLabel', { title: item.title })}
              >
                {t('edit')}
              </Link>
              <DeleteEvidenceButton id={item.id} title={item.title} label={t('deleteLabel', { title: item.title })} copy={remove} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
