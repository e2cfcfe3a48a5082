import Link from 'next/link';
import { fillMessage } from '@/lib/i18n/fill';

/** PageNav's words with their {placeholders}, and how numbers are written (en-US, es-ES). */
export type PageNavCopy = {
  label: string;
  showing: string;
  empty: string;
  pageOf: string;
  previous: string;
  next: string;
  numberLocale: string;
};

const ENGLISH: PageNavCopy = {
  label: 'Pages of {noun}',
  showing: 'Showing {first}–{last} of {total} {noun}',
  empty: 'No {noun} on page {page}',
  pageOf: 'page {page} of {count}',
  previous: 'Previous page',
  next: 'Next page',
  numberLocale: 'en-US',
};

/** "Showing 51–100 of 400 <noun> · page 2 of 8" and links to the neighbouring pages, for every list
 * paged on the server (admin tables, the evidence log, the reviewer queue). `href` gives the address
 * of a page, keeping the list's other state. In English unless `copy` (components/ui/page-nav-copy.ts)
 * gives the reader's language. */
export function PageNav({
  page,
  pageCount,
  total,
  pageSize,
  noun,
  href,
  copy = ENGLISH,
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  noun: string;
  href: (page: number) => string;
  copy?: PageNavCopy;
}) {
  const number = (n: number) => n.toLocaleString(copy.numberLocale);
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const shown =
    first > 0
      ? fillMessage(copy.showing, { first: number(first), last: number(last), total: number(total), noun })
      : fillMessage(copy.empty, { noun, page });
  return (
    <nav aria-label={fillMessage(copy.label, { noun })} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <p className="text-slate-700">
        {shown} · {fillMessage(copy.pageOf, { page, count: pageCount })}
      </p>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className="font-medium text-brand-700 underline">
          {copy.previous}
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={href(page + 1)} className="font-medium text-brand-700 underline">
          {copy.next}
        </Link>
      ) : null}
    </nav>
  );
}
