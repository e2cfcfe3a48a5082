'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/reviews', label: 'Reviewer assignment' },
  { href: '/admin/decisions', label: 'Decisions' },
  { href: '/admin/cycles', label: 'Cycles and rubrics' },
  { href: '/admin/people', label: 'People' },
  { href: '/admin/audit', label: 'Audit log' },
];

/** The navigation inside program administration (MVP review pages). */
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration" className="mb-6 border-b border-slate-200 pb-2">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map((link) => {
          const current = link.href === '/admin' ? pathname === '/admin' : pathname === link.href || pathname.startsWith(`${link.href}/`);
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
