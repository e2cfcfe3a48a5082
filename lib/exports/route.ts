import 'server-only';
// The one handler behind every /api/exports/<name> route: admins only (401 signed out, 403
// otherwise; the route checks the caller itself, never only the proxy), the table's filters parsed
// from the query string (a malformed one is a 400 naming it, never a 500), then the rows streamed
// as a dated CSV attachment.
import { getViewer } from '@/lib/auth/guards';
import { hasRole } from '@/lib/auth/policy';
import { todayIn } from '@/lib/dates';
import { parseFilters, type FilterValues } from './filters';
import { csvResponse, type CsvExport } from './stream';
import type { Viewer } from '@/lib/auth/viewer';

type Spec = Parameters<typeof parseFilters>[0];

/** A GET route handler streaming one export. `what` names the rows in refusals ("nominations"). */
export function exportRoute<S extends Spec>(opts: {
  what: string;
  spec: S;
  build: (viewer: Viewer, filter: FilterValues<S['fields']>) => CsvExport | Promise<CsvExport>;
}) {
  return async function GET(request: Request): Promise<Response> {
    const viewer = await getViewer();
    if (!viewer) return plain(`Sign in to export ${opts.what}.`, 401);
    if (!hasRole(viewer, 'ADMIN')) return plain(`Only program admins can export ${opts.what}.`, 403);
    const { values, problems } = parseFilters(opts.spec, new URL(request.url).searchParams);
    if (problems.length > 0) return plain(problems.join('\n'), 400);
    const csv = await opts.build(viewer, values as FilterValues<S['fields']>);
    return csvResponse(`${csv.name}-${todayIn(viewer.timeZone)}.csv`, csv.stream());
  };
}

const plain = (text: string, status: number) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
