import { getApplications } from '@/lib/api/providers';
import { apiRoute } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

/** The MCT applications an ISC provider started, with their state (applications:read). */
export const GET = apiRoute<{ providerId: string }>((request, params) => getApplications(request, params));
