import { AdminAreaNav } from '@/components/admin/admin-area-nav';
import { FormWordsProvider } from '@/components/forms/form-words';
import { requireRole } from '@/lib/auth/guards';

/** Program administration: admins only (others see the 403 page, signed-out people sign in and come
 * back), with the area's navigation. Every admin query checks the role again itself: a layout is not
 * rendered again when someone moves between the pages below it. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole(['ADMIN']);
  return (
    <>
      <AdminAreaNav />
      {/* Program administration is in English: its forms' shared words too. */}
      <FormWordsProvider words={null}>{children}</FormWordsProvider>
    </>
  );
}
