import { applicationFilterSpec } from '@/lib/exports/filters';
import { mctApplicationsExport } from '@/lib/exports/mct-applications';
import { exportRoute } from '@/lib/exports/route';

/** MCT applications as CSV, streamed, with the same filters as the admin table (/admin/mct/applications). Admins only. */
export const GET = exportRoute({
  what: 'MCT applications',
  spec: applicationFilterSpec,
  build: (viewer, filter) => mctApplicationsExport(viewer, filter),
});
