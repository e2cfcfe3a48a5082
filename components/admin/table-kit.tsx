// The pieces every admin table shares: a GET filter form that works without JavaScript, the notes
// about ignored filters, the "Export CSV" link, sortable column headers and the pager.
import Link from 'next/link';
import { PageNav } from '@/components/ui/page-nav';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Button, buttonClass } from '@/components/ui/button';
import { Input, Select } from '@/components/ui/field';
import { exportQuery, filterQuery } from '@/lib/exports/filters';

export type FilterField =
  | { name: string; label: string; type: 'select'; options: readonly { value: string; label: string }[]; anyLabel?: string | null }
  | { name: string; label: string; type: 'date' | 'month' | 'year' };

type Values = Record<string, unknown>;

/** A select of a fixed set of values (statuses, formats…), each shown by its label. */
export function choiceField<V extends string>(
  name: string,
  label: string,
  values: readonly V[],
  labelOf: (value: V) => string,
  anyLabel: string,
): FilterField {
  return { name, label, type: 'select', options: values.map((v) => ({ value: v, label: labelOf(v) })), anyLabel };
}

type Named = { id: string; name: string };

/** The award category select (and the award cycle select before it, when cycles are given) of the MVP tables. */
export function awardFilterFields(options: { cycles?: readonly Named[]; categories: readonly Named[] }): FilterField[] {
  const select = (name: string, label: string, items: readonly Named[], anyLabel: string): FilterField => ({
    name,
    label,
    type: 'select',
    options: items.map((c) => ({ value: c.id, label: c.name })),
    anyLabel,
  });
  return [
    ...(options.cycles ? [select('cycle', 'Award cycle', options.cycles, 'Any cycle')] : []),
    select('category', 'Award category', options.categories, 'Any category'),
  ];
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The filter bar: labelled fields, "Apply filters", "Clear filters"; the sort is kept. */
export function FilterBar({
  path,
  fields,
  values,
  idPrefix,
}: {
  path: string;
  fields: readonly FilterField[];
  values: Values;
  idPrefix: string;
}) {
  return (
    <form method="get" action={path} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        return (
          <div key={f.name} className="space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-900">
              {f.label}
            </label>
            {f.type === 'select' ? (
              <Select id={id} name={f.name} defaultValue={text(values[f.name])}>
                {f.anyLabel === null ? null : <option value="">{f.anyLabel ?? 'Any'}</option>}
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : f.type === 'year' ? (
              <Input
                id={id}
                name={f.name}
                type="number"
                min={1900}
                max={2999}
                step={1}
                inputMode="numeric"
                defaultValue={text(values[f.name])}
              />
            ) : (
              <Input
                id={id}
                name={f.name}
                type={f.type}
                defaultValue={text(values[f.name])}
                placeholder={f.type === 'month' ? 'YYYY-MM' : undefined}
                pattern={f.type === 'month' ? '\\d{4}-\\d{2}' : undefined}
              />
            )}
          </div>
        );
      })}
      {values.sort ? <input type="hidden" name="sort" value={text(values.sort)} /> : null}
      {values.dir ? <input type="hidden" name="dir" value={text(values.dir)} /> : null}
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit">Apply filters</Button>
        <Link href={path} className="py-2 text-sm font-medium text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** What was wrong in the address, said plainly; the table shows what the valid filters match. */
export function FilterProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert tone="warning" title="Some filters in the address were not understood">
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** The export of what the table shows (every page), with the same filters. */
export function ExportLink({ href }: { href: string }) {
  return (
    <a href={href} className={buttonClass('secondary')}>
      Export CSV
    </a>
  );
}

/** A column header that sorts the table by it; a second click reverses the order. */
export function SortHeader({
  path,
  values,
  sort,
  label,
  defaultDir = 'asc',
  isDefault = false,
}: {
  path: string;
  values: Values;
  sort: string;
  label: string;
  defaultDir?: 'asc' | 'desc';
  isDefault?: boolean;
}) {
  const active = values.sort === sort || (!values.sort && isDefault);
  const current = active ? ((values.dir as 'asc' | 'desc' | undefined) ?? defaultDir) : undefined;
  const next = current ? (current === 'asc' ? 'desc' : 'asc') : defaultDir;
  return (
    <th scope="col" className="py-2 pr-4" aria-sort={current ? (current === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={`${path}?${filterQuery(values, { sort, dir: next, page: undefined })}`} className="underline">
        {label}
        <span className="sr-only">, sort {next === 'asc' ? 'ascending' : 'descending'}</span>
        {current ? <span aria-hidden="true">{current === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </Link>
    </th>
  );
}

/** A plain column header. */
export function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="py-2 pr-4">
      {children}
    </th>
  );
}

/** The pager of an admin table: its links keep the table's filters. */
export function Pager({
  path,
  values,
  table: { page, pageCount, total, pageSize },
  noun,
}: {
  path: string;
  values: Values;
  table: { page: number; pageCount: number; total: number; pageSize: number };
  noun: string;
}) {
  const href = (p: number) => `${path}?${filterQuery(values, { page: p === 1 ? undefined : p })}`;
  return <PageNav page={page} pageCount={pageCount} total={total} pageSize={pageSize} noun={noun} href={href} />;
}

/** A scrollable, labelled region around a wide table (keyboard users can scroll it too). */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={label} tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{label}</caption>
        {children}
      </table>
    </div>
  );
}

/** "Newer …" and "Older …" links of a list read newest first, a page at a time. */
export function NewerOlderNav({
  label,
  noun,
  page,
  hasMore,
  hrefOf,
}: {
  label: string;
  noun: string;
  page: number;
  hasMore: boolean;
  hrefOf: (page: number) => string;
}) {
  return (
    <nav aria-label={label} className="flex gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} className="font-medium text-brand-700 underline">
          Newer {noun}
        </Link>
      ) : null}
      {hasMore ? (
        <Link href={hrefOf(page + 1)} className="font-medium text-brand-700 underline">
          Older {noun}
        </Link>
      ) : null}
    </nav>
  );
}

/** The card of an admin table: how many rows match, the export of them, the table (or "none match") and its pager. */
export function ResultsCard({
  title,
  exportHref,
  emptyTitle,
  label,
  path,
  values,
  noun,
  table,
  children,
}: {
  title: string;
  exportHref: string;
  emptyTitle: string;
  label: string;
  path: string;
  values: Values;
  noun: string;
  table: { rows: readonly unknown[]; page: number; pageCount: number; total: number; pageSize: number };
  children: ReactNode;
}) {
  return (
    <Card title={title} actions={<ExportLink href={exportHref} />}>
      {table.rows.length === 0 ? (
        <EmptyState title={emptyTitle}>Change or clear the filters to see more.</EmptyState>
      ) : (
        <TableRegion label={label}>{children}</TableRegion>
      )}
      <Pager path={path} values={values} noun={noun} table={table} />
    </Card>
  );
}

/** "1 award", "2,345 awards": how many rows a table's filters match. */
export function countLabel(total: number, one: string, many: string): string {
  return `${total.toLocaleString('en-US')} ${total === 1 ? one : many}`;
}

/** An admin table page: its header, the filter bar, what was ignored in the address, and the
 * results card around the table (`children`: its head and body). */
export function FilteredTablePage({
  title,
  description,
  idPrefix,
  fields,
  problems,
  after,
  countTitle,
  ...results
}: {
  title: string;
  description: string;
  idPrefix: string;
  fields: readonly FilterField[];
  problems: readonly string[];
  /** The results card's title: how many rows match (countLabel). */
  countTitle: string;
  /** What the page shows below the table. */
  after?: ReactNode;
} & Omit<Parameters<typeof ResultsCard>[0], 'title'>) {
  return (
    <div className="space-y-6">
      <PageHeader title={title} description={description} />
      <FilterBar path={results.path} idPrefix={idPrefix} values={results.values} fields={fields} />
      <FilterProblems problems={problems} />
      <ResultsCard title={countTitle} {...results} />
      {after}
    </div>
  );
}

/** The results props of a FilteredTablePage that follow from the table's plural noun (`kind`: its
 * export is /api/exports/<kind>) and singular (`one`): the count, the export, "none match", the pager. */
export function tableProps<T extends { rows: readonly unknown[]; page: number; pageCount: number; total: number; pageSize: number }>({
  kind,
  one,
  label,
  path,
  values,
  table,
}: {
  kind: string;
  one: string;
  label: string;
  path: string;
  values: Values;
  table: T;
}) {
  return {
    countTitle: countLabel(table.total, one, kind),
    path,
    values,
    exportHref: `/api/exports/${kind}?${exportQuery(values)}`,
    emptyTitle: `No ${kind} match these filters.`,
    label,
    noun: kind,
    table,
  };
}

/** The first cell of a row: a link to the row's record, with a detail (an email) beneath it. */
export function LinkRowHeader({ href, detail, children }: { href: string; detail?: ReactNode; children: ReactNode }) {
  return (
    <th scope="row" className="py-2 pr-4 font-medium">
      <Link href={href} className="text-brand-700 underline">
        {children}
      </Link>
      {detail === undefined ? null : <span className="block font-normal text-slate-700">{detail}</span>}
    </th>
  );
}

/** A field of a log's filter form (the audit log, the emails). */
export type LogFilterField =
  | { name: string; label: string; type: 'text' | 'search' | 'date' }
  | { name: string; label: string; type: 'select'; anyLabel: string; options: readonly { value: string; label: string }[] };

/** The filter form of a log read newest first: labelled fields, "Filter" and "Clear filters". */
export function LogFilterForm({
  path,
  idPrefix,
  label,
  values,
  fields,
}: {
  path: string;
  idPrefix: string;
  label?: string;
  values: Values;
  fields: readonly LogFilterField[];
}) {
  return (
    <form method="get" className="grid gap-3 sm:grid-cols-3" aria-label={label}>
      {fields.map((f) => (
        <div key={f.name}>
          <label htmlFor={`${idPrefix}-${f.name}`} className="block text-sm font-medium text-slate-900">
            {f.label}
          </label>
          {f.type === 'select' ? (
            <Select id={`${idPrefix}-${f.name}`} name={f.name} defaultValue={text(values[f.name])}>
              <option value="">{f.anyLabel}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          ) : (
            <Input id={`${idPrefix}-${f.name}`} name={f.name} type={f.type} defaultValue={text(values[f.name])} />
          )}
        </div>
      ))}
      <div className="flex items-end gap-3">
        <Button type="submit">Filter</Button>
        <Link href={path} className="text-sm font-medium text-brand-700 underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** The first value of each search parameter (a repeated one counts once). */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, [v].flat()[0]]));
}

/** The address of one page of a log, keeping its filters. */
export function logPageHref(path: string, filter: Values, keys: readonly string[], page: number): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filter[key];
    if (value) params.set(key, text(value));
  }
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}
