'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  FileField,
  IssueTable,
  type UploadWords,
  PreviewSummary,
  PreviewTable,
  UploadStatus,
  useSpreadsheetUpload,
} from '@/components/uploads/spreadsheet-upload';
import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/limits';
import type { ImportPreview, ImportResult } from '@/lib/providers/service';
import { formatDayKeyOrRaw } from '@/lib/format';
import { TableHead } from '@/components/ui/table';
import { fillMessage } from '@/lib/i18n/fill';
import type { ProviderFormsCopy } from '@/components/mct/form-copy';

/** Upload a CSV of completions: the file is checked row by row and previewed; nothing is saved until
 * the provider confirms. */
export function CompletionsUpload({
  providerId,
  copy,
  words,
}: {
  providerId: string;
  copy: ProviderFormsCopy['completionsUpload'];
  /** The words around the file check (the page's `uploadWords`). */
  words: UploadWords;
}) {
  const columns = copy.columns;
  const upload = useSpreadsheetUpload<ImportPreview, ImportResult>({
    url: `/api/providers/${providerId}/completions`,
    maxBytes: COMPLETIONS_CSV_MAX_BYTES,
    tooLarge: (bytes) => fillMessage(copy.tooLarge, { size: (bytes / (1024 * 1024)).toFixed(1) }),
  });
  const { step, busy, reset, confirm } = upload;

  return (
    <div className="space-y-4">
      <FileField
        inputId={upload.inputId}
        inputRef={upload.inputRef}
        onFileChange={upload.onFileChange}
        label={copy.label}
        accept=".csv,text/csv"
        hint={
          <>
            {copy.hint}{' '}
            <a href="/provider/completions-template.csv" className="font-medium text-brand-700 underline" download>
              {copy.template}
            </a>
            .
          </>
        }
      />
      <UploadStatus busy={busy} error={upload.error} words={words} />

      {step.kind === 'preview' ? (
        <section aria-label={copy.preview} className="rounded-md border border-slate-300 p-4">
          <PreviewSummary preview={step.preview} formulaMessage={copy.formulas} words={words} />
          {step.preview.sample.length > 0 ? (
            <PreviewTable caption={copy.firstRows}>
              <TableHead columns={[columns.row, columns.name, columns.email, columns.completed, columns.certificate]} rows="py-1" />
              <tbody>
                {step.preview.sample.map((r) => (
                  <tr key={r.row} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{r.row}</td>
                    <td className="py-1 pr-3">{r.candidateName}</td>
                    <td className="py-1 pr-3">{r.candidateEmail}</td>
                    <td className="py-1 pr-3">{formatDayKeyOrRaw(r.completedOn)}</td>
                    <td className="py-1">{r.certificateId}</td>
                  </tr>
                ))}
              </tbody>
            </PreviewTable>
          ) : null}
          <IssueTable issues={step.preview.issues} total={step.preview.issueCount} words={words} />
          <div className="mt-4 flex flex-wrap gap-3">
            {step.preview.formulaCells === 0 && step.preview.rowsValid > 0 ? (
              <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
                {busy
                  ? copy.saving
                  : fillMessage(step.preview.rowsValid === 1 ? copy.saveOne : copy.saveMany, { count: step.preview.rowsValid })}
              </Button>
            ) : null}
            <Button type="button" variant="secondary" onClick={reset}>
              {copy.cancel}
            </Button>
          </div>
        </section>
      ) : null}

      {step.kind === 'done' ? (
        <section aria-label={copy.result} className="space-y-2">
          <Alert tone="success" title={copy.saved}>
            {fillMessage(copy.summary, {
              imported: step.result.rowsImported,
              total: step.result.rowsTotal,
              file: step.result.fileName,
              rejected: step.result.rowsRejected,
            })}
          </Alert>
          <IssueTable issues={step.result.issues} total={step.result.issueCount} words={words} />
          <Button type="button" variant="secondary" onClick={reset}>
            {copy.another}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
