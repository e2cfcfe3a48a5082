import { getViewer } from '@/lib/auth/guards';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { importDeliveries, previewDeliveriesImport } from '@/lib/memberships/service';
import { SPREADSHEET_MAX_BYTES } from '@/lib/spreadsheets/read';

export const dynamic = 'force-dynamic';

const STATUS: Record<AppErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400 };
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
const fail = (error: string, status: number) => json({ ok: false, error }, status);

/** A member's spreadsheet (CSV or XLSX) of training deliveries: `intent=preview` validates and saves
 * nothing; `intent=import` (with the preview's fileHash) validates the same file again and saves its
 * valid rows to the member's own log. A route handler, because a file may exceed an action's limit. */
export async function POST(request: Request) {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && new URL(origin).host !== host) return fail('Uploads are only accepted from the portal’s own pages.', 403);

  const viewer = await getViewer();
  if (!viewer) return fail('Your session has ended. Sign in again, then upload the file again.', 401);

  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > SPREADSHEET_MAX_BYTES + 64 * 1024) {
    return fail(
      `The file is ${(declared / 1048576).toFixed(1)} MB; the limit is 5.0 MB. Split it into smaller files. Nothing was saved.`,
      413,
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail('The upload could not be read. Choose the file again and retry.', 400);
  }
  const file = form.get('file');
  const intent = form.get('intent');
  if (!(file instanceof File)) return fail('Choose a CSV or Excel (.xlsx) file to upload.', 400);
  const input = { fileName: file.name || 'deliveries.csv', bytes: new Uint8Array(await file.arrayBuffer()) };
  try {
    if (intent === 'preview') return json({ ok: true, data: await previewDeliveriesImport(viewer, input) });
    if (intent === 'import') {
      const fileHash = form.get('fileHash');
      if (typeof fileHash !== 'string') return fail('Preview the file before saving it.', 400);
      return json({ ok: true, data: await importDeliveries(viewer, { ...input, fileHash }) });
    }
    return fail('Unknown upload step.', 400);
  } catch (error) {
    if (isAppError(error)) return fail(error.message, STATUS[error.code]);
    console.error('[deliveries upload] unexpected error', error);
    return fail('Something went wrong on our side. Nothing was saved; please try again.', 500);
  }
}
