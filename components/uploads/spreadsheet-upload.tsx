'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import type { ActionResult } from '@/lib/actions/result';
import { TableHead } from '@/components/ui/table';
import { fillMessage } from '@/lib/i18n/fill';
import type { Messages } from '@/lib/i18n/messages';

// What the spreadsheet uploads (a member's training deliveries, a provider's ISC completions) share:
// choose a file, the server checks it and previews it (nothing saved), the person confirms, the
// server saves exactly the file it previewed (its hash) and says what it did.

type Step<P, R> = { kind: 'idle' } | { kind: 'preview'; preview: P } | { kind: 'done'; result: R };

export type RowIssue = { row: number; column: string | null; message: string };

async function send<T>(url: string, file: File, intent: 'preview' | 'import', fileHash?: string): Promise<ActionResult<T>> {
  const body = new FormData();
  body.set('file', file);
  body.set('intent', intent);
  if (fileHash) body.set('fileHash', fileHash);
  try {
    const response = await fetch(url, { method: 'POST', body });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, error: 'The upload did not reach the portal. Check your connection and try again; nothing was saved.' };
  }
}

/** The state of one upload: the file, the step (idle, preview, done), the error to show, whether the
 * server is working. `tooLarge` is checked before sending (the server checks again). */
export function useSpreadsheetUpload<P extends { fileHash: string }, R>(opts: {
  url: string;
  maxBytes: number;
  tooLarge: (bytes: number) => string;
}) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step<P, R>>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setStep({ kind: 'idle' });
    setFile(null);
    setError(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  async function preview(chosen: File) {
    setFile(chosen);
    setError(null);
    setStep({ kind: 'idle' });
    if (chosen.size > opts.maxBytes) return setError(opts.tooLarge(chosen.size));
    setBusy(true);
    const result = await send<P>(opts.url, chosen, 'preview');
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setStep({ kind: 'preview', preview: result.data });
  }

  // A file chosen before the page became interactive fired its change event before React listened.
  useEffect(() => {
    const chosenEarly = inputRef.current?.files?.[0];
    if (chosenEarly) void preview(chosenEarly);
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function confirm(p: P) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await send<R>(opts.url, file, 'import', p.fileHash);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStep({ kind: 'done', result: result.data });
    router.refresh();
  }

  const onFileChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    if (chosen) void preview(chosen);
    else setFile(null);
  };

  return { inputId, inputRef, step, error, busy, reset, confirm, onFileChange };
}

/** The file input with its label and hint (formats, limits, template links). */
export function FileField({
  inputId,
  inputRef,
  onFileChange,
  label,
  accept,
  hint,
}: Pick<ReturnType<typeof useSpreadsheetUpload>, 'inputId' | 'inputRef' | 'onFileChange'> & {
  label: string;
  accept: string;
  hint: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <p id={`${inputId}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={accept}
        aria-describedby={`${inputId}-hint`}
        className="block text-sm"
        onChange={onFileChange}
      />
    </div>
  );
}

/** The words around a file check, in the reader's language (the page passes its `uploadWords`). */
export type UploadWords = Messages['uploadWords'];

/** "Checking the file…" while the server reads it, and why a file was refused. */
export function UploadStatus({ busy, error, words }: { busy: boolean; error: string | null; words: UploadWords }) {
  return (
    <>
      {busy ? (
        <p role="status" className="text-sm text-slate-700">
          {words.checking}
        </p>
      ) : null}
      {error ? (
        <Alert tone="error" title={words.notAccepted}>
          {error}
        </Alert>
      ) : null}
    </>
  );
}

/** The preview's opening lines: counts, columns not read, and the refusal of formula cells. */
export function PreviewSummary({
  preview,
  formulaMessage,
  words,
}: {
  preview: { fileName: string; rowsTotal: number; rowsValid: number; rowsRejected: number; ignoredColumns: string[]; formulaCells: number };
  formulaMessage: string;
  words: UploadWords;
}) {
  const refused = preview.formulaCells > 0;
  const rows = rowsIn(preview.rowsTotal, words);
  return (
    <>
      <h3 className="font-semibold">{fillMessage(words.previewOf, { name: preview.fileName })}</h3>
      <p className="mt-1 text-sm">
        {refused ? (
          <>{fillMessage(words.refused, { rows })}</>
        ) : (
          <>
            {rows}: <strong>{fillMessage(words.ready, { count: preview.rowsValid })}</strong>
            {fillMessage(words.withProblems, { count: preview.rowsRejected })}
          </>
        )}
      </p>
      {preview.ignoredColumns.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">{fillMessage(words.columnsNotRead, { list: preview.ignoredColumns.join(', ') })}</p>
      ) : null}
      {refused ? (
        <div className="mt-3">
          <Alert tone="error" title={words.cannotImport}>
            {preview.formulaCells} {formulaMessage}
          </Alert>
        </div>
      ) : null}
    </>
  );
}

/** "1 row", "2 rows", "12,345 rows"; "1 fila", "12.345 filas": a count of rows in the words' language. */
function rowsIn(n: number, words: UploadWords): string {
  return n === 1 ? words.oneRow : fillMessage(words.rows, { count: n.toLocaleString(words.numbers) });
}

/** A preview table that scrolls sideways inside its box on a narrow screen instead of widening the page;
 * long values (addresses, titles) wrap. */
export function PreviewTable({ caption, children }: { caption: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="mt-3 max-w-full overflow-x-auto">
      <table className="w-full text-left text-sm [overflow-wrap:anywhere]">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The rows that will not be saved, with the column and the reason (the first ones, when many). */
export function IssueTable({ issues, total, words }: { issues: RowIssue[]; total: number; words: UploadWords }) {
  if (issues.length === 0) return null;
  return (
    <PreviewTable caption={total > issues.length ? fillMessage(words.issuesFirst, { shown: issues.length, total }) : words.issues}>
      <TableHead columns={[words.row, words.column, words.problem]} rows="py-1" />
      <tbody>
        {issues.map((issue, i) => (
          <tr key={`${issue.row}-${i}`} className="border-b border-slate-100 align-top">
            <td className="py-1 pr-3">{issue.row}</td>
            <td className="py-1 pr-3">{issue.column ?? words.wholeRow}</td>
            <td className="py-1">{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </PreviewTable>
  );
}
