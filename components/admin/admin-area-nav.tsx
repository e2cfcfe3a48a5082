'use client';

import { usePathname } from 'next/navigation';
import { isMctAdminPath, MctAdminNav } from '@/components/mct/admin-nav';
import { AdminNav } from './admin-nav';

/** The navigation of program administration, shown once by app/(admin)/layout.tsx: the MCT pages
 * have their own, every other admin page the MVP one. */
export function AdminAreaNav() {
  return isMctAdminPath(usePathname()) ? <MctAdminNav /> : <AdminNav />;
}
