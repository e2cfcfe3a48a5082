import { memberFilterSpec } from '@/lib/exports/filters';
import { membersExport } from '@/lib/exports/members';
import { exportRoute } from '@/lib/exports/route';

/** MCT memberships as CSV, streamed, with the same filters as the admin table (/admin/mct/members). Admins only. */
export const GET = exportRoute({ what: 'MCT members', spec: memberFilterSpec, build: (viewer, filter) => membersExport(viewer, filter) });
