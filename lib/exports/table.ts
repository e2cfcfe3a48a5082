import 'server-only';
// What every admin table and export shares: admins only, offset pages of TABLE_PAGE_SIZE with a
// total, and the select options of the filter bars.
import { assertRole } from '@/lib/auth/policy';
import { readCategoryOptions } from '@/lib/categories/queries';
import { prisma } from '@/lib/db';
import { type Fields, type FilterValues, parseFilters, type SearchParamsInput, type Spec, TABLE_PAGE_SIZE } from './filters';
import type { Viewer } from '@/lib/auth/viewer';

/** One page of a table, with what the pager needs. */
export type TablePage<T> = { rows: T[]; total: number; page: number; pageCount: number; pageSize: number };

/** Refuses anyone but a program admin (pages call requireRole first; this is the query's own check). */
export function assertAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  assertRole(viewer, 'ADMIN');
}

/** skip/take of a 1-based page. */
export function pageWindow(page: number | undefined): { page: number; skip: number; take: number } {
  const p = page ?? 1;
  return { page: p, skip: (p - 1) * TABLE_PAGE_SIZE, take: TABLE_PAGE_SIZE };
}

/** Assembles a page from its rows and the filter's total count. */
export function tablePage<T>(rows: T[], total: number, page: number): TablePage<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / TABLE_PAGE_SIZE)), pageSize: TABLE_PAGE_SIZE };
}

/** The keyset condition of a batch: rows after the last id of the previous one. */
export const afterIdWhere = (afterId: string | undefined) => (afterId ? { id: { gt: afterId } } : {});

/** The arguments of one page's findMany: the filter, its order with ties broken by id, the window. */
type PageArgs<W, O> = { where: W; orderBy: (O | { id: 'asc' })[]; skip: number; take: number };

/** Reads one page of a table (rows in `orderBy`, ties by id) and the filter's total, in parallel. */
export async function readTablePage<W, O, T>(
  pageNumber: number | undefined,
  where: W,
  orderBy: O[],
  read: { rows: (args: PageArgs<W, O>) => Promise<T[]>; count: (args: { where: W }) => Promise<number> },
): Promise<TablePage<T>> {
  const { page, skip, take } = pageWindow(pageNumber);
  const [rows, total] = await Promise.all([read.rows({ where, orderBy: [...orderBy, { id: 'asc' }], skip, take }), read.count({ where })]);
  return tablePage(rows, total, page);
}

/** The keyset read of an export: up to `take` rows matching `where` after `afterId`, in id order
 * (`findMany` is the model's, with its select bound). */
export function keysetRead<W, T>(
  where: W,
  findMany: (args: { where: { AND: (W | ReturnType<typeof afterIdWhere>)[] }; orderBy: { id: 'asc' }; take: number }) => Promise<T[]>,
): (afterId: string | undefined, take: number) => Promise<T[]> {
  return (afterId, take) => findMany({ where: { AND: [where, afterIdWhere(afterId)] }, orderBy: { id: 'asc' }, take });
}

/** Award cycles (newest first) and categories, for the MVP filter bars. */
export async function mvpFilterOptions(viewer: Viewer) {
  assertAdmin(viewer);
  const [cycles, categories] = await Promise.all([
    prisma.awardCycle.findMany({ orderBy: { nominationsOpenAt: 'desc' }, select: { id: true, name: true } }),
    readCategoryOptions().then((all) => all.map(({ id, name }) => ({ id, name }))),
  ]);
  return { cycles, categories };
}

/** Drops a cycle or category id that names nothing, with a note, so the select shows what is applied. */
export function checkKnownIds<F extends { cycle?: string; category?: string }>(
  filter: F,
  options: { cycles?: { id: string }[]; categories?: { id: string }[] },
  problems: string[],
): F {
  const next = { ...filter };
  if (next.cycle && options.cycles && !options.cycles.some((c) => c.id === next.cycle)) {
    problems.push('The award cycle filter was ignored: no award cycle has that id.');
    delete next.cycle;
  }
  if (next.category && options.categories && !options.categories.some((c) => c.id === next.category)) {
    problems.push('The award category filter was ignored: no award category has that id.');
    delete next.category;
  }
  return next;
}

/** An MVP table's filters read from the address, with the options of its selects (award cycles
 * and categories, or categories only); an id that names nothing is dropped with a note. */
export async function readMvpFilters<F extends Fields>(
  viewer: Viewer,
  spec: Spec<F>,
  raw: SearchParamsInput,
  selects: 'cycles and categories' | 'categories',
) {
  const parsed = parseFilters(spec, raw);
  const all = await mvpFilterOptions(viewer);
  const options: { cycles?: { id: string; name: string }[]; categories: { id: string; name: string }[] } =
    selects === 'categories' ? { categories: all.categories } : all;
  const filter = checkKnownIds(parsed.values as FilterValues<F> & { cycle?: string; category?: string }, options, parsed.problems);
  return { filter, problems: parsed.problems, options };
}
