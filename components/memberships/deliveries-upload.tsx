'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { DELIVERY_FORMAT_LABELS } from '@/lib/memberships/delivery-formats';
import type { DeliveriesImportResult, DeliveriesPreview } from '@/lib/memberships/service';

type Step = { kind: 'idle' } | { kind: 'preview'; preview: DeliveriesPreview } | { kind: 'done'; result: DeliveriesImportResult };

const MAX_BYTES = 5 * 1024 * 1024;

async function send<T>(file: File, intent: 'preview' | 'import', fileHash?: string): Promise<ActionResult<T>> {
  const body = new FormData();
  body.set('file', file);
  body.set('intent', intent);
  if (fileHash) body.set('fileHash', fileHash);
  try {
    const response = await fetch('/api/memberships/deliveries', { method: 'POST', body });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, error: 'The upload did not reach the portal. Check your connection and try again; nothing was saved.' };
  }
}

function IssueTable({ issues, total }: { issues: DeliveriesPreview['issues']; total: number }) {
  if (issues.length === 0) return null;
  return (
    <table className="mt-3 w-full text-left text-sm">
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
  );
}

/** Upload a CSV or XLSX of deliveries: checked row by row and previewed; nothing is saved until the
 * member confirms. */
export function DeliveriesUpload() {
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
    if (chosen.size > MAX_BYTES) {
      setError(
        `The file is ${(chosen.size / 1048576).toFixed(1)} MB; the limit is 5.0 MB. Split it into smaller files. Nothing was saved.`,
      );
      return;
    }
    setBusy(true);
    const result = await send<DeliveriesPreview>(chosen, 'preview');
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
  }, []);

  async function confirm(p: DeliveriesPreview) {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await send<DeliveriesImportResult>(file, 'import', p.fileHash);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setStep({ kind: 'done', result: result.data });
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-900">
          Spreadsheet of deliveries (CSV or Excel .xlsx)
        </label>
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          Columns: course code, course title, start date, end date, format (in person, virtual or hybrid), students, training partner,
          satisfaction (1–9, optional). Dates as YYYY-MM-DD or Excel dates. Up to 5 MB and 10,000 rows. Download the template as{' '}
          <a href="/templates/training-deliveries-template.xlsx" className="font-medium text-brand-700 underline" download>
            Excel (.xlsx)
          </a>{' '}
          or{' '}
          <a href="/mct/membership/deliveries-template.csv" className="font-medium text-brand-700 underline" download>
            CSV
          </a>
          .
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
                {step.preview.formulaCells} cell(s) are formulas or start with =, +, -, @ or a tab, which spreadsheet programs run as
                formulas. Replace them with plain values and upload the file again. Nothing was saved.
              </Alert>
            </div>
          ) : null}
          {step.preview.rows.length > 0 ? (
            <table className="mt-3 w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">
                {step.preview.rowsValid > step.preview.rows.length
                  ? `The first ${step.preview.rows.length} rows to be saved`
                  : 'Rows to be saved'}
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  {['Row', 'Course', 'Dates', 'Format', 'Students', 'Partner', 'Satisfaction'].map((h) => (
                    <th key={h} scope="col" className="py-1 pr-3">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {step.preview.rows.map((r) => (
                  <tr key={r.row} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{r.row}</td>
                    <td className="py-1 pr-3">
                      {r.courseCode} {r.courseTitle}
                    </td>
                    <td className="py-1 pr-3">
                      {r.startDate} to {r.endDate}
                    </td>
                    <td className="py-1 pr-3">{DELIVERY_FORMAT_LABELS[r.format]}</td>
                    <td className="py-1 pr-3">{r.studentCount}</td>
                    <td className="py-1 pr-3">{r.trainingPartner}</td>
                    <td className="py-1">{r.satisfactionScore ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <IssueTable issues={step.preview.issues} total={step.preview.issuesTotal} />
          <div className="mt-4 flex flex-wrap gap-3">
            {step.preview.canImport ? (
              <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
                {busy ? 'Saving…' : `Save ${step.preview.rowsValid} deliver${step.preview.rowsValid === 1 ? 'y' : 'ies'}`}
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
          <Alert tone="success" title="Deliveries saved">
            {step.result.imported} deliver{step.result.imported === 1 ? 'y was' : 'ies were'} added to your log; {step.result.rejected} row
            {step.result.rejected === 1 ? ' was' : 's were'} not saved.
          </Alert>
          <Button type="button" variant="secondary" onClick={reset}>
            Upload another file
          </Button>
        </section>
      ) : null}
    </div>
  );
}
