'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import {
  FileField,
  IssueTable,
  PreviewSummary,
  PreviewTable,
  UploadStatus,
  useSpreadsheetUpload,
} from '@/components/uploads/spreadsheet-upload';
import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/schema';
import type { ImportPreview, ImportResult } from '@/lib/providers/service';
import { formatDayKeyOrRaw } from '@/lib/format';
import { TableHead } from '@/components/ui/table';

/** Upload a CSV of completions: the file is checked row by row and previewed; nothing is saved until
 * the provider confirms. */
export function CompletionsUpload({ providerId }: { providerId: string }) {
  const upload = useSpreadsheetUpload<ImportPreview, ImportResult>({
    url: `/api/providers/${providerId}/completions`,
    maxBytes: COMPLETIONS_CSV_MAX_BYTES,
    tooLarge: (bytes) =>
      `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; the limit is 5.0 MB and 20,000 rows. Split it into smaller files. Nothing was saved.`,
  });
  const { step, busy, reset, confirm } = upload;

  return (
    <div className="space-y-4">
      <FileField
        inputId={upload.inputId}
        inputRef={upload.inputRef}
        onFileChange={upload.onFileChange}
        label="CSV file of completions"
        accept=".csv,text/csv"
        hint={
          <>
            Columns: name, email, completion date (YYYY-MM-DD), certificate ID. UTF-8, up to 5 MB and 20,000 rows.{' '}
            <a href="/provider/completions-template.csv" className="font-medium text-brand-700 underline" download>
              Download the template
            </a>
            .
          </>
        }
      />
      <UploadStatus busy={busy} error={upload.error} />

      {step.kind === 'preview' ? (
        <section aria-label="Preview" className="rounded-md border border-slate-300 p-4">
          <PreviewSummary
            preview={step.preview}
            formulaMessage="cell(s) start with =, +, -, @ or a tab, which spreadsheet programs run as formulas. Remove those characters and upload the file again. Nothing was saved."
          />
          {step.preview.sample.length > 0 ? (
            <PreviewTable caption="First rows to be saved">
              <TableHead columns={['Row', 'Name', 'Email', 'Completed', 'Certificate ID']} rows="py-1" />
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
