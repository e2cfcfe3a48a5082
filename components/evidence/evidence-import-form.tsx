'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { importEvidenceCsvAction, previewEvidenceCsvAction } from '@/lib/evidence/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { CSV_MAX_BYTES } from '@/lib/evidence/import-limits';
import type { ImportPreview } from '@/lib/evidence/service';
import { describeMetricsIn } from '@/lib/evidence/types';
import type { ContributionType, ReachMetric } from '@/lib/generated/prisma/enums';
import { formatDayKeyOrRaw } from '@/lib/format';
import { fillMessage } from '@/lib/i18n/fill';
import { TableHead } from '@/components/ui/table';

/** The form's words in the reader's language, from its page; {count}, {row} and {title} are filled here. */
export type EvidenceImportCopy = Record<
  | 'pasteLabel'
  | 'pasteHint'
  | 'fileLabel'
  | 'fileHint'
  | 'tooLarge'
  | 'sendFailed'
  | 'importFailed'
  | 'checking'
  | 'check'
  | 'validOne'
  | 'validMany'
  | 'invalidOne'
  | 'invalidMany'
  | 'nothingSaved'
  | 'correct'
  | 'looksRight'
  | 'needAttention'
  | 'row'
  | 'validRows'
  | 'colRow'
  | 'colTitle'
  | 'colType'
  | 'colDate'
  | 'colReach'
  | 'importing'
  | 'importOne'
  | 'importMany'
  | 'importValidOne'
  | 'importValidMany',
  string
> & {
  types: Record<ContributionType, string>;
  /** Reach metrics named in the reader's language; null for English ("12,000 views"). */
  reach: { metrics: Record<ReachMetric, string>; numberLocale: string } | null;
};

const count = (n: number, one: string, many: string) => fillMessage(n === 1 ? one : many, { count: n });

/** Paste or upload a CSV, see every row checked, then import (nothing is saved before that). */
export function EvidenceImportForm({ copy }: { copy: EvidenceImportCopy }) {
  const router = useRouter();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('pasted.csv');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());
  const changeCsv = (text: string, name: string) => {
    setCsv(text);
    setFileName(name);
    setPreview(null);
    setError(null);
  };

  const check = async () => {
    setError(null);
    setPreview(null);
    if (new Blob([csv]).size > CSV_MAX_BYTES) {
      setError(copy.tooLarge);
      return focusResult();
    }
    setBusy('checking');
    try {
      const result = await previewEvidenceCsvAction({ csv, fileName });
      if (result.ok) setPreview(result.data);
      else setError(result.error);
    } catch {
      setError(copy.sendFailed);
    } finally {
      setBusy(null);
      focusResult();
    }
  };

  const confirm = async (mode: 'all' | 'valid-only') => {
    setBusy('importing');
    setError(null);
    try {
      const result = await importEvidenceCsvAction({ csv, fileName, mode });
      if (result.ok) {
        router.push(`/evidence?imported=${result.data.imported}`);
        return;
      }
      setError(result.error);
    } catch {
      setError(copy.importFailed);
    }
    setBusy(null);
    focusResult();
  };

  const invalid = preview?.rows.filter((r) => !r.ok) ?? [];
  const valid = preview?.rows.flatMap((r) => (r.ok ? [r] : [])) ?? [];

  return (
    <div className="space-y-5">
      <Field id="csv" label={copy.pasteLabel} hint={copy.pasteHint}>
        {(aria) => (
          <textarea
            {...aria}
            rows={8}
            className={`${inputClass} font-mono`}
            value={csv}
            spellCheck={false}
            onChange={(e) => changeCsv(e.target.value, 'pasted.csv')}
          />
        )}
      </Field>
      <Field id="csv-file" label={copy.fileLabel} hint={copy.fileHint}>
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept=".csv,text/csv"
            className="block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > CSV_MAX_BYTES) {
                setError(copy.tooLarge);
                return focusResult();
              }
              changeCsv(await file.text(), file.name);
            }}
          />
        )}
      </Field>
      <Button type="button" onClick={() => void check()} disabled={busy !== null || csv.trim() === ''}>
        {busy === 'checking' ? copy.checking : copy.check}
      </Button>

      <div ref={resultRef} tabIndex={-1} className="space-y-4 outline-none">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {preview ? (
          <>
            <Alert
              tone={preview.invalid ? 'warning' : 'success'}
              title={`${count(preview.valid, copy.validOne, copy.validMany)}, ${count(preview.invalid, copy.invalidOne, copy.invalidMany)}`}
            >
              {copy.nothingSaved} {preview.invalid ? copy.correct : copy.looksRight}
            </Alert>
            {invalid.length > 0 ? (
              <section aria-labelledby="invalid-rows">
                <h2 id="invalid-rows" className="text-base font-semibold">
                  {copy.needAttention}
                </h2>
                <ul className="mt-2 space-y-2">
                  {invalid.map((r) =>
                    r.ok ? null : (
                      <li key={r.row} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm">
                        <p className="font-medium text-red-900">{fillMessage(copy.row, { row: r.row, title: r.title })}</p>
                        <ul className="list-disc pl-5 text-red-900">
                          {r.errors.map((message, i) => (
                            <li key={i}>{message}</li>
                          ))}
                        </ul>
                      </li>
                    ),
                  )}
                </ul>
              </section>
            ) : null}
            {valid.length > 0 ? (
              <section aria-labelledby="valid-rows" className="overflow-x-auto">
                <h2 id="valid-rows" className="text-base font-semibold">
                  {copy.validRows}
                </h2>
                <table className="mt-2 w-full text-left text-sm">
                  <TableHead columns={[copy.colRow, copy.colTitle, copy.colType, copy.colDate, copy.colReach]} rows="py-1" />
                  <tbody>
                    {valid.map((r) => (
                      <tr key={r.row} className="border-b border-slate-100">
                        <td className="py-1 pr-3">{r.row}</td>
                        <td className="break-words py-1 pr-3">{r.title}</td>
                        <td className="py-1 pr-3">{copy.types[r.type as ContributionType] ?? r.type}</td>
                        <td className="py-1 pr-3">{formatDayKeyOrRaw(r.startDate)}</td>
                        <td className="py-1">{describeMetricsIn(r.metrics, copy.reach) ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ) : null}
            <div className="flex flex-wrap gap-3">
              {preview.invalid === 0 ? (
                <Button type="button" disabled={busy !== null} onClick={() => void confirm('all')}>
                  {busy === 'importing' ? copy.importing : count(preview.valid, copy.importOne, copy.importMany)}
                </Button>
              ) : preview.valid > 0 ? (
                <Button type="button" variant="secondary" disabled={busy !== null} onClick={() => void confirm('valid-only')}>
                  {busy === 'importing' ? copy.importing : count(preview.valid, copy.importValidOne, copy.importValidMany)}
                </Button>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </div>
  );
}
