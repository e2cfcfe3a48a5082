import 'server-only';
// The award category catalogue, kept by admins: add, rename, reorder and retire categories and their
// focus areas. Nothing a record points to is deleted: a retired one stays on past nominations,
// submissions, awards and evidence, and is no longer offered. Admins only; a stale page is refused.
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { addAudited, updateAtVersion } from '@/lib/audit/versioned';
import { announceChange } from '@/lib/cache/shared';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { slugOf } from '@/lib/providers/admin-service';
import type { categorySchema, focusAreaSchema, reorderSchema, retireSchema } from './schema';

export const STALE_CATALOGUE =
  'Someone else changed this since you opened the page. Reload to see their change; what you typed stays here.';
const actorOf = (viewer: Viewer) => ({ id: viewer.id, label: viewer.email });
const isUnique = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
const nameTaken = (what: string) => new AppError('INVALID', 'Some fields need attention.', { name: [`Another ${what} has this name`] });

/** A slug not taken yet: the name's, or the name's with a number. */
async function freeSlug(taken: (slug: string) => Promise<boolean>, name: string): Promise<string> {
  const base = slugOf(name).slice(0, 70) || 'category';
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(slug))) return slug;
  }
}

/** Adds a category (last in the order), or renames one and changes its description. */
export async function saveCategory(viewer: Viewer, input: z.output<typeof categorySchema>): Promise<{ id: string; version: number }> {
  assertRole(viewer, 'ADMIN');
  try {
    return await prisma.$transaction(async (tx) => {
      await announceChange(tx, 'categories');
      if (!input.id) {
        const last = await tx.awardCategory.aggregate({ _max: { sortOrder: true } });
        const slug = await freeSlug(async (s) => Boolean(await tx.awardCategory.findUnique({ where: { slug: s } })), input.name);
        return addAudited(tx, viewer, {
          entityType: 'AwardCategory',
          action: 'category.added',
          create: () =>
            tx.awardCategory.create({
              data: { slug, name: input.name, description: input.description, sortOrder: (last._max.sortOrder ?? -1) + 1 },
              select: { id: true, version: true },
            }),
          after: input,
        });
      }
      const id = input.id;
      const before = await updateAtVersion(tx, viewer, {
        entityType: 'AwardCategory',
        entityId: id,
        action: 'category.renamed',
        readBefore: () => tx.awardCategory.findUnique({ where: { id }, select: { name: true, description: true, version: true } }),
        notFound: 'This category does not exist.',
        update: () =>
          tx.awardCategory.updateMany({
            where: { id, version: input.version },
            data: { name: input.name, description: input.description, version: { increment: 1 } },
          }),
        stale: STALE_CATALOGUE,
        audit: (was) => ({
          before: { name: was.name, description: was.description },
          after: { name: input.name, description: input.description },
        }),
      });
      return { id, version: before.version + 1 };
    });
  } catch (error) {
    if (isUnique(error)) throw nameTaken('category');
    throw error;
  }
}

/** Adds a focus area to a category (last in its order), or renames one. */
export async function saveFocusArea(viewer: Viewer, input: z.output<typeof focusAreaSchema>): Promise<{ id: string; version: number }> {
  assertRole(viewer, 'ADMIN');
  try {
    return await prisma.$transaction(async (tx) => {
      await announceChange(tx, 'categories');
      const category = await tx.awardCategory.findUnique({ where: { id: input.categoryId }, select: { id: true } });
      if (!category) throw new AppError('NOT_FOUND', 'This category does not exist.');
      if (!input.id) {
        const last = await tx.focusArea.aggregate({ where: { categoryId: category.id }, _max: { sortOrder: true } });
        const slug = await freeSlug(
          async (s) => Boolean(await tx.focusArea.findUnique({ where: { categoryId_slug: { categoryId: category.id, slug: s } } })),
          input.name,
        );
        return addAudited(tx, viewer, {
          entityType: 'FocusArea',
          action: 'focus_area.added',
          create: () =>
            tx.focusArea.create({
              data: { categoryId: category.id, slug, name: input.name, sortOrder: (last._max.sortOrder ?? -1) + 1 },
              select: { id: true, version: true },
            }),
          after: input,
        });
      }
      const id = input.id;
      const before = await updateAtVersion(tx, viewer, {
        entityType: 'FocusArea',
        entityId: id,
        action: 'focus_area.renamed',
        readBefore: () => tx.focusArea.findFirst({ where: { id, categoryId: category.id }, select: { name: true, version: true } }),
        notFound: 'This focus area does not exist.',
        update: () =>
          tx.focusArea.updateMany({ where: { id, version: input.version }, data: { name: input.name, version: { increment: 1 } } }),
        stale: STALE_CATALOGUE,
        audit: (was) => ({ before: { name: was.name }, after: { name: input.name } }),
      });
      return { id, version: before.version + 1 };
    });
  } catch (error) {
    if (isUnique(error)) throw nameTaken('focus area of this category');
    throw error;
  }
}

type Row = { id: string; sortOrder: number; version: number };

/** The rows that share an order with a category or focus area (all categories, or the area's siblings). */
async function siblingsOf(tx: Tx, kind: 'category' | 'focusArea', id: string): Promise<Row[] | null> {
  const select = { id: true, sortOrder: true, version: true } as const;
  const orderBy = [{ sortOrder: 'asc' as const }, { name: 'asc' as const }];
  if (kind === 'category') return tx.awardCategory.findMany({ orderBy, select });
  const area = await tx.focusArea.findUnique({ where: { id }, select: { categoryId: true } });
  return area ? tx.focusArea.findMany({ where: { categoryId: area.categoryId }, orderBy, select }) : null;
}

/** Moves a category or focus area one place up or down; the order is renumbered without gaps. */
export async function reorder(viewer: Viewer, input: z.output<typeof reorderSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    await announceChange(tx, 'categories');
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('award-categories.order'))`);
    const rows = await siblingsOf(tx, input.kind, input.id);
    const at = rows?.findIndex((r) => r.id === input.id) ?? -1;
    if (!rows || at < 0) throw new AppError('NOT_FOUND', 'This no longer exists. Reload the page.');
    if (rows[at]!.version !== input.version) throw new AppError('CONFLICT', STALE_CATALOGUE);
    const to = input.direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= rows.length) return;
    const order = [...rows];
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [sortOrder, row] of order.entries()) {
      if (row.sortOrder === sortOrder && row.id !== input.id) continue;
      const data = { sortOrder, version: { increment: 1 } };
      if (input.kind === 'category') await tx.awardCategory.update({ where: { id: row.id }, data });
      else await tx.focusArea.update({ where: { id: row.id }, data });
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: input.kind === 'category' ? 'category.moved' : 'focus_area.moved',
      entityType: input.kind === 'category' ? 'AwardCategory' : 'FocusArea',
      entityId: input.id,
      before: { position: at + 1 },
      after: { position: to + 1 },
    });
  });
}

/** Retires a category or focus area (no longer offered; past records keep it), or offers it again. */
export async function setRetired(viewer: Viewer, input: z.output<typeof retireSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    await announceChange(tx, 'categories');
    const where = { id: input.id, version: input.version };
    const data = { isActive: !input.retired, version: { increment: 1 } };
    const { count } =
      input.kind === 'category' ? await tx.awardCategory.updateMany({ where, data }) : await tx.focusArea.updateMany({ where, data });
    if (count !== 1) {
      const exists =
        input.kind === 'category'
          ? await tx.awardCategory.count({ where: { id: input.id } })
          : await tx.focusArea.count({ where: { id: input.id } });
      throw exists ? new AppError('CONFLICT', STALE_CATALOGUE) : new AppError('NOT_FOUND', 'This no longer exists. Reload the page.');
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: `${input.kind === 'category' ? 'category' : 'focus_area'}.${input.retired ? 'retired' : 'offered'}`,
      entityType: input.kind === 'category' ? 'AwardCategory' : 'FocusArea',
      entityId: input.id,
      after: { isActive: !input.retired },
    });
  });
}
