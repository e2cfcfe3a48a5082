import 'server-only';
// The reading of an MVP admin table page (pages only: it sends a signed-out visitor to sign in, so
// it lives apart from table.ts, which route handlers and jobs import too).
import { requireUser } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import type { Fields, FilterValues, SearchParamsInput, Spec } from './filters';
import { readMvpFilters } from './table';

/** An MVP admin table page's reading: the viewer (signed in, or sent to sign in), the filters of the
 * address with their select options, and the page of rows they match (`list` checks the role). */
export async function loadMvpTable<F extends Fields, T>(
  searchParams: Promise<SearchParamsInput>,
  spec: Spec<F>,
  list: (viewer: Viewer, filter: FilterValues<F> & { cycle?: string; category?: string }) => Promise<T>,
  selects: 'cycles and categories' | 'categories' = 'cycles and categories',
) {
  const viewer = await requireUser();
  const { filter, problems, options } = await readMvpFilters(viewer, spec, await searchParams, selects);
  return { viewer, filter, problems, options, table: await list(viewer, filter) };
}
