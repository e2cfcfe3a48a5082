import { reviewFilterSpec } from '@/lib/exports/filters';
import { reviewsExport } from '@/lib/exports/reviews';
import { exportRoute } from '@/lib/exports/route';

/** Review assignments with their scores as CSV, streamed, with the same filters as the admin table (/admin/reviews/all). Admins only. */
export const GET = exportRoute({ what: 'reviews', spec: reviewFilterSpec, build: (viewer, filter) => reviewsExport(viewer, filter) });
