'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/admin/mct/enrollment', label: 'Enrollment settings' },
  { href: '/admin/mct/applications', label: 'Applications' },
  { href: '/admin/mct/renewals', label: 'Renewals' },
  { href: '/admin/mct/members', label: 'Members' },
  { href: '/admin/mct/deliveries', label: 'Training deliveries' },
  { href: '/admin/mct/certifications', label: 'Certification catalogue' },
  { href: '/admin/mct/providers', label: 'ISC providers' },
] as const;

/** The MCT administration pages, with the one the current page belongs to marked. */
export function MctAdminNav() {
  const pathname = usePathname();
  const current = LINKS.find((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))?.href;
  return (
    <nav aria-label="MCT administration" className="mb-6 flex flex-wrap gap-2 text-sm">
      <Link href="/admin" className="rounded-md px-3 py-1.5 font-medium text-brand-700 underline">
        Admin home
      </Link>
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === current ? 'page' : undefined}
          className={`rounded-md px-3 py-1.5 font-medium ${l.href === current ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100'}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}

/** Whether a path is one of the MCT administration pages (they have their own navigation). */
export const isMctAdminPath = (pathname: string) => pathname === '/admin/mct' || pathname.startsWith('/admin/mct/');
