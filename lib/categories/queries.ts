import 'server-only';
// The award category catalogue as admins keep it: every category and focus area, retired ones too,
// in their order, with how many records point to each (why they are retired, never deleted).
import { assertRole } from '@/lib/auth/policy';
import { cachedRead } from '@/lib/cache/shared';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

export async function listCategoryCatalogue(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  return prisma.awardCategory.findMany({
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      description: true,
      isActive: true,
      version: true,
      focusAreas: {
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        select: { id: true, name: true, isActive: true, version: true, _count: { select: { nominations: true, awards: true } } },
      },
      cycles: { where: { cycle: { status: { not: 'CLOSED' } } }, select: { cycle: { select: { name: true } } } },
      _count: { select: { nominations: true, awards: true } },
    },
  });
}
/** Every award category, retired ones too, in the admins' order, as the pickers of the decision
 * table, the assignment page and the exports list them. Kept in each process until an admin changes
 * the catalogue (lib/cache/shared.ts); callers must not change the rows. */
export function readCategoryOptions(): Promise<{ id: string; name: string; isActive: boolean }[]> {
  return cachedRead('categories', 'options', () =>
    prisma.awardCategory.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true, isActive: true } }),
  );
}

export type CatalogueCategory = Awaited<ReturnType<typeof listCategoryCatalogue>>[number];
