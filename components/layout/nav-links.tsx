'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { NavItem } from '@/lib/people/navigation';

/** A page's own link or one of its ancestors'. */
export const isWithin = (href: string, pathname: string) => pathname === href || pathname.startsWith(`${href}/`);

/** A list of navigation links, the current page's marked `aria-current` (`isCurrent` says which one
 * it is) and styled by `linkClass`. */
export function NavLinkList({
  items,
  className,
  linkClass,
  isCurrent = isWithin,
}: {
  items: readonly NavItem[];
  className: string;
  linkClass: (current: boolean) => string;
  isCurrent?: (href: string, pathname: string) => boolean;
}) {
  const pathname = usePathname();
  return (
    <ul className={className}>
      {items.map((item) => {
        const current = isCurrent(item.href, pathname);
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? 'page' : undefined} className={linkClass(current)}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function NavLinks({ items }: { items: NavItem[] }) {
  return <NavLinkList items={items} className="flex flex-wrap items-center gap-1" linkClass={() => 'nav-link'} />;
}
