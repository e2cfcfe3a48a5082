import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError, reportDatabaseError } from '@/lib/availability';
import { getViewer } from '@/lib/auth/guards';
import { assertSignedIn } from '@/lib/auth/policy';
import { isAppError } from '@/lib/errors';
import { zodMessagesFor } from '@/lib/i18n/messages';
import { requestLocale } from '@/lib/i18n/request';
import { localizeAppError } from '@/lib/i18n/app-errors';
import type { Locale } from '@/lib/i18n/locales';
import { localizeIssue, type ZodMessages } from '@/lib/i18n/zod-issues';
import { logError } from '@/lib/security/logging';
import type { ActionResult } from './result';
import type { Viewer } from '@/lib/auth/viewer';

type Options<R = unknown> = {
  /** Resolves the caller; tests pass their own. */
  resolveViewer?: () => Promise<Viewer | null>;
  /** Says what the service answered in the caller's language (a file check's row problems). */
  localizeResult?: (data: R, locale: Locale) => R;
};

/** Turns zod issues into messages per field, for the form to show beside each field; with another
 * language's messages, the common issues are said in it (lib/i18n/zod-issues.ts). */
export function fieldErrorsOf(error: z.ZodError, messages: ZodMessages | null = null): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    (out[key] ??= []).push(localizeIssue(issue, messages));
  }
  return out;
}

/** The caller's language; English outside a request (jobs, scripts, tests). */
async function localeOfRequest(): Promise<Locale> {
  try {
    return await requestLocale();
  } catch {
    return 'en';
  }
}

/** The `zod` messages of the caller's language; null for English (the schemas' own messages). */
async function zodMessagesOfRequest(): Promise<ZodMessages | null> {
  return zodMessagesFor(await localeOfRequest());
}

function isNextControlFlow(error: unknown): boolean {
  // redirect() and notFound() throw errors Next.js must see.
  return error instanceof Error && 'digest' in error && typeof error.digest === 'string' && error.digest.startsWith('NEXT_');
}

async function run<S extends z.ZodType, R>(schema: S, raw: unknown, body: (input: z.output<S>) => Promise<R>): Promise<ActionResult<R>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const messages = await zodMessagesOfRequest();
    return {
      ok: false,
      error: messages?.fieldsNeedAttention ?? 'Some fields need attention.',
      fieldErrors: fieldErrorsOf(parsed.error, messages),
    };
  }
  try {
    return { ok: true, data: await body(parsed.data) };
  } catch (error) {
    if (isAppError(error)) {
      const locale = await localeOfRequest();
      const fieldErrors = error.fieldErrors
        ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map((m) => localizeAppError(m, locale))]))
        : undefined;
      return { ok: false, error: localizeAppError(error.message, locale, error.localValues), fieldErrors };
    }
    if (isNextControlFlow(error)) throw error;
    if (isDatabaseUnavailableError(error)) {
      // A transaction that lost its connection was rolled back by PostgreSQL: nothing half-saved.
      reportDatabaseError(error);
      return { ok: false, error: localizeAppError(DATABASE_UNAVAILABLE_MESSAGE, await localeOfRequest()) };
    }
    logError('[action] unexpected error', error);
    return {
      ok: false,
      error: localizeAppError('Something went wrong on our side. Nothing was saved; please try again.', await localeOfRequest()),
    };
  }
}

/** The one wrapper of every server action: parse the input with the form's zod schema, require a
 * signed-in caller, run the service, and turn expected failures into a result the form shows.
 * Unexpected errors are logged and reported without internals. */
export function defineAction<S extends z.ZodType, R>(
  schema: S,
  handler: (viewer: Viewer, input: z.output<S>) => Promise<R>,
  options: Options<R> = {},
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return (raw) =>
    run(schema, raw, async (input) => {
      const viewer = await (options.resolveViewer ?? getViewer)();
      assertSignedIn(viewer);
      const data = await handler(viewer, input);
      return options.localizeResult ? options.localizeResult(data, await localeOfRequest()) : data;
    });
}

/** Like defineAction, for the few actions a signed-out person may call (sign-in, sign-up). */
export function definePublicAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return (raw) => run(schema, raw, handler);
}

/** A handler for defineAction that runs the service and, once it succeeded, refreshes every page
 * under `path` (its layout in Next's cache); it answers with what the service returned. */
export function thenRefresh<I, R>(service: (viewer: Viewer, input: I) => Promise<R>, path: string) {
  return async (viewer: Viewer, input: I): Promise<R> => {
    const result = await service(viewer, input);
    revalidatePath(path, 'layout');
    return result;
  };
}
