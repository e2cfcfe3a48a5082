import 'server-only';
import { getViewer } from '@/lib/auth/guards';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import { localizeAppError, localizeFileProblems } from '@/lib/i18n/app-errors';
import type { Locale } from '@/lib/i18n/locales';
import { requestLocale } from '@/lib/i18n/request';
import { hitRateLimit, tooManyAttemptsMessage } from '@/lib/security/rate-limit';
import { logError } from '@/lib/security/logging';
import { readAtMost } from '@/lib/security/request-body';
import type { Viewer } from '@/lib/auth/viewer';

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};
const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

type UploadedFile = { fileName: string; bytes: Uint8Array };

type UploadRoute<P, I> = {
  /** The most a file may weigh; a request far over it is refused before it is read. */
  maxBytes: number;
  /** Said when a file is too large, after its size, e.g. "the limit is 5.0 MB". */
  limitText: string;
  /** Said when no file came, e.g. "Choose a CSV file to upload." */
  noFileText: string;
  defaultFileName: string;
  /** Names the upload in the server log. */
  logLabel: string;
  preview: (viewer: Viewer, file: UploadedFile) => Promise<P>;
  importFile: (viewer: Viewer, file: UploadedFile & { fileHash: string }) => Promise<I>;
};

/** The one handler of spreadsheet uploads (a route handler, because a file may exceed a server
 * action's body limit): same-origin only, a signed-in caller, the declared size checked before
 * reading, then `intent=preview` (validates, saves nothing) or `intent=import` with the preview's
 * fileHash (validates the same file again and saves). Expected refusals come back as
 * `{ ok: false, error }` with a 4xx (a preview's refusal of the file's contents with a 200); nothing leaks a stack trace. The services check who may act. */
export async function handleSpreadsheetUpload<P, I>(request: Request, route: UploadRoute<P, I>): Promise<Response> {
  // Refusals and a file's row problems in the uploader's language (lib/i18n/app-errors.ts).
  const locale: Locale = await requestLocale().catch(() => 'en' as const);
  const fail = (error: string, status: number) => json({ ok: false, error: localizeAppError(error, locale) }, status);
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin && host && new URL(origin).host !== host) return fail('Uploads are only accepted from the portal’s own pages.', 403);

  const viewer = await getViewer();
  if (!viewer) return fail('Your session has ended. Sign in again, then upload the file again.', 401);

  const limit = await hitRateLimit('upload:user', viewer.id);
  if (!limit.allowed) {
    return Response.json(
      { ok: false, error: localizeAppError(`${tooManyAttemptsMessage(limit.retryAfterSeconds)} Nothing was saved.`, locale) },
      { status: 429, headers: { 'Cache-Control': 'no-store', 'Retry-After': String(limit.retryAfterSeconds) } },
    );
  }

  // Multipart adds a little around the file itself.
  const maxBody = route.maxBytes + 64 * 1024;
  const tooLarge = (bytes: number) =>
    fail(`The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; ${route.limitText}. Split it into smaller files. Nothing was saved.`, 413);
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBody) return tooLarge(declared);

  let form: FormData;
  try {
    // Read with a cap: a body sent without a length (chunked) cannot grow past the limit either.
    const body = await readAtMost(request, maxBody);
    if (body === 'too-large') return tooLarge(maxBody + 1);
    form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return fail('The upload could not be read. Choose the file again and retry.', 400);
  }
  const file = form.get('file');
  const intent = form.get('intent');
  if (!(file instanceof File)) return fail(route.noFileText, 400);
  const input = { fileName: file.name || route.defaultFileName, bytes: new Uint8Array(await file.arrayBuffer()) };
  try {
    if (intent === 'preview') return json({ ok: true, data: localizeFileProblems(await route.preview(viewer, input), locale) });
    if (intent === 'import') {
      const fileHash = form.get('fileHash');
      if (typeof fileHash !== 'string') return fail('Preview the file before saving it.', 400);
      return json({ ok: true, data: localizeFileProblems(await route.importFile(viewer, { ...input, fileHash }), locale) });
    }
    return fail('Unknown upload step.', 400);
  } catch (error) {
    // A preview's verdict on the file's contents ("missing columns") is the answer the person asked for,
    // not a failed request: 200, so the browser logs no error for an upload that worked as designed.
    if (isAppError(error) && error.code === 'INVALID' && intent === 'preview') return fail(error.message, 200);
    if (isAppError(error)) return fail(error.message, STATUS[error.code]);
    logError(`[${route.logLabel} upload] unexpected error`, error);
    return fail('Something went wrong on our side. Nothing was saved; please try again.', 500);
  }
}
