import { deliveryFilterSpec } from '@/lib/exports/filters';
import { deliveriesExport } from '@/lib/exports/deliveries';
import { exportRoute } from '@/lib/exports/route';

/** Training deliveries as CSV, streamed, with the same filters as the admin table (/admin/mct/deliveries). Admins only. */
export const GET = exportRoute({
  what: 'training deliveries',
  spec: deliveryFilterSpec,
  build: (viewer, filter) => deliveriesExport(viewer, filter),
});
