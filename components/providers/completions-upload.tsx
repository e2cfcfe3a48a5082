'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/schema';
import type { ImportPreview, ImportResult } from '@/lib/providers/service';

type Step = { kind: 'idle' } | { kind: 'preview'; preview: ImportPreview } | { kind: 'done'; result: ImportResult };

async function send<T>(providerId: string, file: File, intent: 'preview' | 'import', fileHash?: string): Promise<ActionResult<T>> {
  const body = new FormData();
  body.set('file', file);
  body.set('intent', intent);
  if (fileHash) body.set('fileHash', fileHash);
  try {
    const response = await fetch(`/api/providers/${providerId}/completions`, { method: 'POST', body });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, error: 'The upload did not reach the portal. Check your connection and try again; nothing was saved.' };
  }
}

function IssueTable({ issues, total }: { issues: ImportPreview['issues']; total: number }) {
  if (issues.length === 0) return null;
  return (
    <div className="mt-3">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">
          Rows that will not be saved{total > issues.length ? ` (the first ${issues.length} of ${total} problems)` : ''}
        </caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-3">
              Row
            </th>
            <th scope="col" className="py-1 pr-3">
              Column
            </th>
            <th scope="col" className="py-1">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.row}-${i}`} className="border-b border-slate-100 align-top">
              <td className="py-1 pr-3">{issue.row}</td>
              <td className="py-1 pr-3">{issue.column ?? 'whole row'}</td>
              <td className="py-1">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Upload a CSV of completions: the file is checked row by row and previewed; nothing is saved until
 * the provider confirms. */
export function CompletionsUpload({ providerId }: { providerId: string }) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setStep({ kind: 'idle' });
    setFile(null);
    setError(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  async function preview(chosen: File) {
    setError(null);
    setStep({ kind: 'idle' });
    if (chosen.size > COMPLETIONS_CSV_MAX_BYTES) {
      setError(
        `The file is ${(chosen.size / (1024 * 1024)).toFixed(1)} MB; the limit is 5.0 MB and 20,000 rows. Split it into smaller files. Nothing was saved.`,
      );
      return;
    }
    setBusy(true);
    const result = await send<ImportPreview>(providerId, chosen, 'preview');
    setBusy(false);
    if (!result.ok) setError(result.error);
    else setStep({ kind: 'preview', preview: result.data });
  }

  // A file chosen before the page became interactive fired its change event before React listened.
  useEffect(() => {
    const chosenEarly = inputRef.current?.files?.[0];
    if (!chosenEarly) return;
    setFile(chosenEarly);
    void preview(chosenEarly);
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function confirm(p: ImportPreview) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await send<ImportResult>(providerId, file, 'import', p.fileHash);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStep({ kind: 'done', result: result.data });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          CSV file of completions
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          Columns: name, email, completion date (YYYY-MM-DD), certificate ID. UTF-8, up to 5 MB and 20,000 rows.{' '}
          <a href="/provider/completions-template.csv" className="font-medium text-brand-700 underline" download>
            Download the template
          </a>
          .
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${inputId}-hint`}
          className="block text-sm"
          onChange={(e) => {
            const chosen = e.target.files?.[0] ?? null;
            setFile(chosen);
            if (chosen) void preview(chosen);
          }}
        />
      </div>
      {busy ? (
        <p role="status" className="text-sm text-slate-700">
          Checking the file…
        </p>
      ) : null}
      {error ? (
        <Alert tone="error" title="The file was not accepted">
          {error}
        </Alert>
      ) : null}

      {step.kind === 'preview' ? (
        <section aria-label="Preview" className="rounded-md border border-slate-300 p-4">
          <h3 className="font-semibold">Preview of {step.preview.fileName}</h3>
          <p className="mt-1 text-sm">
            {step.preview.rowsTotal} rows: <strong>{step.preview.rowsValid} ready to save</strong>, {step.preview.rowsRejected} with
            problems. Nothing is saved yet.
          </p>
          {step.preview.ignoredColumns.length > 0 ? (
            <p className="mt-1 text-sm text-slate-700">Columns not read: {step.preview.ignoredColumns.join(', ')}.</p>
          ) : null}
          {step.preview.formulaCells > 0 ? (
            <div className="mt-3">
              <Alert tone="error" title="This file cannot be imported">
                {step.preview.formulaCells} cell(s) start with =, +, -, @ or a tab, which spreadsheet programs run as formulas. Remove those
                characters and upload the file again. Nothing was saved.
              </Alert>
            </div>
          ) : null}
          {step.preview.sample.length > 0 ? (
            <table className="mt-3 w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">First rows to be saved</caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-1 pr-3">
                    Row
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Name
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Email
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Completed
                  </th>
                  <th scope="col" className="py-1">
                    Certificate ID
                  </th>
                </tr>
              </thead>
              <tbody>
                {step.preview.sample.map((r) => (
                  <tr key={r.row} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{r.row}</td>
                    <td className="py-1 pr-3">{r.candidateName}</td>
                    <td className="py-1 pr-3">{r.candidateEmail}</td>
                    <td className="py-1 pr-3">{r.completedOn}</td>
                    <td className="py-1">{r.certificateId}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <IssueTable issues={step.preview.issues} total={step.preview.issueCount} />
          <div className="mt-4 flex flex-wrap gap-3">
            {step.preview.formulaCells === 0 && step.preview.rowsValid > 0 ? (
              <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
                {busy ? 'Saving…' : `Save ${step.preview.rowsValid} completion${step.preview.rowsValid === 1 ? '' : 's'}`}
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={reset}>
              Cancel
            </Button>
          </div>
        </section>
      ) : null}

      {step.kind === 'done' ? (
        <section aria-label="Import result" className="space-y-2">
          <Alert tone="success" title="Completions saved">
            {step.result.rowsImported} of {step.result.rowsTotal} rows from {step.result.fileName} were saved; {step.result.rowsRejected}{' '}
            were not.
          </Alert>
          <IssueTable issues={step.result.issues} total={step.result.issueCount} />
          <Button type="button" variant="secondary" onClick={reset}>
            Upload another file
          </Button>
        </section>
      ) : null}
    </div>
  );
}
