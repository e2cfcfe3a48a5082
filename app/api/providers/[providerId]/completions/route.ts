import { getViewer } from '@/lib/auth/guards';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/completions-csv';
import { importCompletions, previewCompletionsImport } from '@/lib/providers/service';

export const dynamic = 'force-dynamic';

const STATUS: Record<AppErrorCode, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, INVALID: 400 };
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
const fail = (error: string, status: number) => json({ ok: false, error }, status);

/** A provider's CSV of ISC completions: `intent=preview` validates and saves nothing; `intent=import`
 * (with the preview's fileHash) validates the same file again and saves its valid rows. A route
 * handler rather than a server action, because the file may be larger than an action's body limit. */
export async function POST(request: Request, { params }: { params: Promise<{ providerId: string }> }) {
  const { providerId } = await params;
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && new URL(origin).host !== host) return fail('Uploads are only accepted from the portal’s own pages.', 403);

  const viewer = await getViewer();
  if (!viewer) return fail('Your session has ended. Sign in again, then upload the file again.', 401);

  // Refuse a file far over the limit before reading it (multipart adds a little around the file).
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > COMPLETIONS_CSV_MAX_BYTES + 64 * 1024) {
    return fail(
      `The file is ${(declared / (1024 * 1024)).toFixed(1)} MB; the limit is 5.0 MB and 20,000 rows. Split it into smaller files. Nothing was saved.`,
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
  if (!(file instanceof File)) return fail('Choose a CSV file to upload.', 400);
  const input = { providerId, fileName: file.name || 'completions.csv', bytes: new Uint8Array(await file.arrayBuffer()) };
  try {
    if (intent === 'preview') return json({ ok: true, data: await previewCompletionsImport(viewer, input) });
    if (intent === 'import') {
      const fileHash = form.get('fileHash');
      if (typeof fileHash !== 'string') return fail('Preview the file before saving it.', 400);
      return json({ ok: true, data: await importCompletions(viewer, { ...input, fileHash }) });
    }
    return fail('Unknown upload step.', 400);
  } catch (error) {
    if (isAppError(error)) return fail(error.message, STATUS[error.code]);
    console.error('[completions upload] unexpected error', error);
    return fail('Something went wrong on our side. Nothing was saved; please try again.', 500);
  }
}
