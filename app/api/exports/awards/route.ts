import { awardFilterSpec } from '@/lib/exports/filters';
import { awardsExport } from '@/lib/exports/awards';
import { exportRoute } from '@/lib/exports/route';

/** Award years as CSV, streamed, with the same filters as the admin table (/admin/awards). Admins only. */
export const GET = exportRoute({ what: 'awards', spec: awardFilterSpec, build: (viewer, filter) => awardsExport(viewer, filter) });
