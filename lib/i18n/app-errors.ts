// The messages of expected failures (AppError) in the caller's language. Services throw their English
// message; the `appErrors` messages (one namespace per area, in each area's message files) give each such
// message an id, its English text exactly as the service writes it, and its translation. A message built
// with values (names, dates) is matched against the `builtErrors` templates (built-messages.ts); one
// with no entry in either is shown as the service wrote it.
import type { LocalValues } from '@/lib/errors';
import { localizeBuilt } from './built-messages';
import { messagesFor, zodMessagesFor } from './messages';
import { zodTextMessage } from './zod-issues';
import type { Locale } from './locales';

type Tree = { [key: string]: string | Tree };

function paths(tree: Tree, prefix: string[] = []): [string[], string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...prefix, key], value] as [string[], string]] : paths(value, [...prefix, key]),
  );
}

function at(tree: Tree, path: string[]): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

let englishIndex: Map<string, string[]> | null = null;

/** English text → where it sits under `appErrors`. */
function index(): Map<string, string[]> {
  englishIndex ??= new Map(
    paths((messagesFor('en') as unknown as { appErrors?: Tree }).appErrors ?? {}).map(([path, text]) => [text, path]),
  );
  return englishIndex;
}

/** A fixed failure message's translation (a schema's own message among them, from `zod.custom`), or null. */
function fixedTranslation(message: string, locale: Locale): string | null {
  const path = index().get(message);
  if (!path) return zodTextMessage(message, zodMessagesFor(locale) ?? messagesFor(locale).zod);
  const tree = (messagesFor(locale) as unknown as { appErrors?: Tree }).appErrors ?? {};
  return at(tree, path) ?? null;
}

/** A service's English failure message in `locale`; the English itself when there is no translation.
 * `values`: the message's values in `locale` where the thrower gave them (AppError.localValues). */
export function localizeAppError(message: string, locale: Locale, values?: LocalValues): string {
  if (locale === 'en') return message;
  return localizeBuilt(message, locale, fixedTranslation, 0, values) ?? message;
}

/** Every English message of `appErrors`, for the test that keeps them equal to what services throw. */
export function appErrorEnglish(): string[] {
  return [...index().keys()];
}

type Problems = { issues?: unknown; rows?: unknown };

/** A file check's answer with its problems said in `locale`: each `issues[].message` (the completions
 * and deliveries uploads) and each `rows[].errors[]` (the evidence CSV); anything else as it was. */
export function localizeFileProblems<T>(data: T, locale: Locale): T {
  if (locale === 'en' || typeof data !== 'object' || data === null) return data;
  const out: Problems = { ...(data as Problems) };
  if (Array.isArray(out.issues)) {
    out.issues = out.issues.map((issue: { message?: unknown }) =>
      typeof issue?.message === 'string' ? { ...issue, message: localizeAppError(issue.message, locale) } : issue,
    );
  }
  if (Array.isArray(out.rows)) {
    out.rows = out.rows.map((row: { errors?: unknown }) =>
      Array.isArray(row?.errors)
        ? { ...row, errors: row.errors.map((e: unknown) => (typeof e === 'string' ? localizeAppError(e, locale) : e)) }
        : row,
    );
  }
  return out as T;
}
