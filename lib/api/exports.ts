import 'server-only';
// The admins' read-only export endpoints: the rows of each CSV export (lib/exports), with the same
// filters, as JSON pages in id order with a cursor.
import { awardsExport } from '@/lib/exports/awards';
import { deliveriesExport } from '@/lib/exports/deliveries';
import { parseFilters } from '@/lib/exports/filters';
import { mctApplicationsExport } from '@/lib/exports/mct-applications';
import { membersExport } from '@/lib/exports/members';
import { nominationsExport } from '@/lib/exports/nominations';
import { reviewsExport } from '@/lib/exports/reviews';
import type { CsvExport } from '@/lib/exports/stream';
import type { Viewer } from '@/lib/auth/viewer';
import { authenticate } from './auth';
import { EXPORT_DATASET_SPECS, TABLE_ONLY_PARAMETERS, type ExportDatasetName } from './export-datasets';
import { ApiProblem } from './problem';
import { decodeCursor, pageResponse, readQuery } from './route';
import { pageQuerySchema } from './schemas';

const BUILD: Record<ExportDatasetName, (viewer: Viewer, filter: never) => CsvExport | Promise<CsvExport>> = {
  nominations: nominationsExport,
  reviews: reviewsExport,
  awards: awardsExport,
  'mct-applications': mctApplicationsExport,
  members: membersExport,
  deliveries: deliveriesExport,
};

const isDataset = (name: string): name is ExportDatasetName => Object.hasOwn(EXPORT_DATASET_SPECS, name);

/** GET /api/v1/exports/{dataset} */
export async function getExportPage(request: Request, params: { dataset: string }): Promise<Response> {
  const caller = await authenticate(request, 'exports:read');
  if (!isDataset(params.dataset)) {
    throw new ApiProblem(
      'not_found',
      `No export is called “${params.dataset}”. There are: ${Object.keys(EXPORT_DATASET_SPECS).join(', ')}.`,
    );
  }
  const name = params.dataset;
  const query = readQuery(request, pageQuerySchema);
  const { values, problems } = parseFilters(
    EXPORT_DATASET_SPECS[name].spec as Parameters<typeof parseFilters>[0],
    new URL(request.url).searchParams,
  );
  if (problems.length > 0) {
    throw new ApiProblem('invalid_query', 'A filter is not valid; see errors.', { errors: problems.map((detail) => ({ detail })) });
  }
  for (const key of TABLE_ONLY_PARAMETERS) delete (values as Record<string, unknown>)[key];
  const exported = await BUILD[name](caller.viewer, values as never);
  const { records, lastId } = await exported.pageAfter(decodeCursor(query.cursor), query.limit);
  return pageResponse(request, records, lastId, query.limit);
}
