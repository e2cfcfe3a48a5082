import { getExportPage } from '@/lib/api/exports';
import { apiRoute } from '@/lib/api/route';

export const dynamic = 'force-dynamic';

/** The rows of an admin CSV export as JSON pages (exports:read). */
export const GET = apiRoute<{ dataset: string }>((request, params) => getExportPage(request, params));
