'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/nominations', label: 'Nominations' },
  { href: '/admin/reviews', label: 'Reviewer assignment' },
  { href: '/admin/reviews/all', label: 'All reviews' },
  { href: '/admin/decisions', label: 'Decisions' },
  { href: '/admin/awards', label: 'Awards' },
  { href: '/admin/cycles', label: 'Cycles and rubrics' },
  { href: '/admin/categories', label: 'Categories' },
  { href: '/admin/agreements', label: 'Agreements' },
  { href: '/admin/people', label: 'People' },
  { href: '/admin/audit', label: 'Audit log' },
  { href: '/admin/privacy', label: 'Privacy requests' },
  { href: '/admin/notifications', label: 'Emails' },
  { href: '/admin/api-tokens', label: 'API tokens' },
];

const matches = (href: string, pathname: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The link a page belongs to: the longest matching one (/admin/reviews/all is not /admin/reviews). */
const isCurrent = (href: string, pathname: string) =>
  matches(href, pathname) && !LINKS.some((l) => l.href.length > href.length && matches(l.href, pathname));

/** The navigation inside program administration (MVP review pages). */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="mb-6 border-b border-slate-200 pb-2">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => {
          const current = link.href === '/admin' ? pathname === '/admin' : isCurrent(link.href, pathname);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
