'use client';

import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import {
  FileField,
  IssueTable,
  type UploadWords,
  PreviewSummary,
  PreviewTable,
  UploadStatus,
  useSpreadsheetUpload,
} from '@/components/uploads/spreadsheet-upload';
import { DELIVERY_FORMAT_LABELS } from '@/lib/memberships/delivery-formats';
import type { DeliveriesImportResult, DeliveriesPreview } from '@/lib/memberships/deliveries';
import { formatDayKeyOrRaw } from '@/lib/format';
import { fillMessage } from '@/lib/i18n/fill';
import type { MctFormsCopy } from '@/components/mct/form-copy';

const MAX_BYTES = 5 * 1024 * 1024;

/** Upload a CSV or XLSX of deliveries: checked row by row and previewed; nothing is saved until the
 * member confirms. */
export function DeliveriesUpload({
  copy,
  words,
}: {
  copy: MctFormsCopy['deliveriesUpload'];
  /** The words around the file check (the page's `uploadWords`). */
  words: UploadWords;
}) {
  const count = (one: string, many: string, n: number) => fillMessage(n === 1 ? one : many, { count: n });
  const columns = copy.columns;
  const upload = useSpreadsheetUpload<DeliveriesPreview, DeliveriesImportResult>({
    url: '/api/memberships/deliveries',
    maxBytes: MAX_BYTES,
    tooLarge: (bytes) => fillMessage(copy.tooLarge, { size: (bytes / 1048576).toFixed(1) }),
  });
  const { step, busy, reset, confirm } = upload;

  return (
    <div className="space-y-4">
      <FileField
        inputId={upload.inputId}
        inputRef={upload.inputRef}
        onFileChange={upload.onFileChange}
        label={copy.label}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hint={
          <>
            {copy.hint}{' '}
            <a href="/templates/training-deliveries-template.xlsx" className="font-medium text-brand-700 underline" download>
              {copy.xlsx}
            </a>{' '}
            {copy.or}{' '}
            <a href="/mct/membership/deliveries-template.csv" className="font-medium text-brand-700 underline" download>
              CSV
            </a>
            .
          </>
        }
      />
      <UploadStatus busy={busy} error={upload.error} words={words} />

      {step.kind === 'preview' ? (
        <section aria-label={copy.preview} className="rounded-md border border-slate-300 p-4">
          <PreviewSummary preview={step.preview} formulaMessage={copy.formulas} words={words} />
          {step.preview.rows.length > 0 ? (
            <PreviewTable
              caption={
                step.preview.rowsValid > step.preview.rows.length
                  ? fillMessage(copy.firstRows, { count: step.preview.rows.length })
                  : copy.rows
              }
            >
              <thead>
                <tr className="border-b border-slate-300">
                  {[
                    columns.row,
                    columns.course,
                    columns.dates,
                    columns.format,
                    columns.students,
                    columns.partner,
                    columns.satisfaction,
                  ].map((h) => (
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
                      {fillMessage(copy.dates, { start: formatDayKeyOrRaw(r.startDate), end: formatDayKeyOrRaw(r.endDate) })}
                    </td>
                    <td className="py-1 pr-3">{DELIVERY_FORMAT_LABELS[r.format]}</td>
                    <td className="py-1 pr-3">{r.studentCount}</td>
                    <td className="py-1 pr-3">{r.trainingPartner}</td>
                    <td className="py-1">{r.satisfactionScore ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </PreviewTable>
          ) : null}
          <IssueTable issues={step.preview.issues} total={step.preview.issuesTotal} words={words} />
          <div className="mt-4 flex flex-wrap gap-3">
            {step.preview.canImport ? (
              <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
                {busy ? copy.saving : count(copy.saveOne, copy.saveMany, step.preview.rowsValid)}
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
            {count(copy.importedOne, copy.importedMany, step.result.imported)};{' '}
            {count(copy.rejectedOne, copy.rejectedMany, step.result.rejected)}
          </Alert>
          <Button type="button" variant="secondary" onClick={reset}>
            {copy.another}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
