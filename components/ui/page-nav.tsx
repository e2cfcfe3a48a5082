import Link from 'next/link';

const number = (n: number) => n.toLocaleString('en-US');

/** "Showing 51–100 of 400 <noun> · page 2 of 8" and links to the neighbouring pages, for every list
 * paged on the server (admin tables, the evidence log, the reviewer queue). `href` gives the address
 * of a page, keeping the list's other state. */
export function PageNav({
  page,
  pageCount,
  total,
  pageSize,
  noun,
  href,
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  noun: string;
  href: (page: number) => string;
}) {
  const first = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  return (
    <nav aria-label={`Pages of ${noun}`} className="mt-4 flex flex-wrap items-center gap-4 text-sm">
      <p className="text-slate-700">
        {first > 0 ? `Showing ${number(first)}–${number(last)} of ${number(total)} ${noun}` : `No ${noun} on page ${page}`} · page {page} of{' '}
        {pageCount}
      </p>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className="font-medium text-brand-700 underline">
          Previous page
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={href(page + 1)} className="font-medium text-brand-700 underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
