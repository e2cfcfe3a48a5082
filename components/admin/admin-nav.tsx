'use client';

import { isWithin, NavLinkList } from '@/components/layout/nav-links';

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

/** The link a page belongs to: the longest matching one (/admin/reviews/all is not /admin/reviews). */
const isCurrent = (href: string, pathname: string) =>
  href === '/admin'
    ? pathname === '/admin'
    : isWithin(href, pathname) && !LINKS.some((l) => l.href.length > href.length && isWithin(l.href, pathname));

/** The navigation inside program administration (MVP review pages). */
export function AdminNav() {
  return (
    <nav aria-label="Administration" className="mb-6 border-b border-slate-200 pb-2">
      <NavLinkList
        items={LINKS}
        className="flex flex-wrap gap-1"
        isCurrent={isCurrent}
        linkClass={(current) =>
          `block rounded-md px-3 py-1.5 text-sm font-medium ${current ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`
        }
      />
    </nav>
  );
}
