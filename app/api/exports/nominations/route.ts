import { nominationFilterSpec } from '@/lib/exports/filters';
import { nominationsExport } from '@/lib/exports/nominations';
import { exportRoute } from '@/lib/exports/route';

/** Nominations as CSV, streamed, with the same filters as the admin table (/admin/nominations). Admins only. */
export const GET = exportRoute({
  what: 'nominations',
  spec: nominationFilterSpec,
  build: (viewer, filter) => nominationsExport(viewer, filter),
});
