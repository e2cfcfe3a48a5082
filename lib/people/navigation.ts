import type { Viewer } from '@/lib/auth/viewer';

export type NavItem = { href: string; label: string };

/** The areas a person sees in the navigation: everyone's own pages, then one per role they hold. */
export function navigationFor(viewer: Pick<Viewer, 'roles' | 'providerIds' | 'canNominate'> | null): NavItem[] {
  if (!viewer) return [];
  const items: NavItem[] = [
    { href: '/dashboard', label: 'Dashboard' },
    { href: '/nominations', label: 'Nominations' },
    { href: '/evidence', label: 'Evidence' },
    { href: '/mct', label: 'MCT' },
  ];
  if (viewer.roles.includes('REVIEWER')) items.push({ href: '/reviews', label: 'Reviews' });
  if (viewer.providerIds.length > 0) items.push({ href: '/provider', label: 'ISC provider' });
  if (viewer.roles.includes('ADMIN')) items.push({ href: '/admin', label: 'Admin' });
  items.push({ href: '/profile', label: 'Profile' });
  return items;
}
