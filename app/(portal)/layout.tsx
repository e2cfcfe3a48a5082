import { requireUser } from '@/lib/auth/guards';

/** The signed-in pages: signed-out people sign in and come back. Pages of one role (reviewers, ISC
 * provider staff) check it themselves, and every query checks whose data it reads. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return children;
}
