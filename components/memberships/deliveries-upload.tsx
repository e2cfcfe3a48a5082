'use client';

import { Button } from '@/components/ui/button';
import { Alert } from '@/components/ui/alert';
import {
  FileField,
  IssueTable,
  PreviewSummary,
  PreviewTable,
  UploadStatus,
  useSpreadsheetUpload,
} from '@/components/uploads/spreadsheet-upload';
import { DELIVERY_FORMAT_LABELS } from '@/lib/memberships/delivery-formats';
import type { DeliveriesImportResult, DeliveriesPreview } from '@/lib/memberships/deliveries';
import { formatDayKeyOrRaw } from '@/lib/format';

const MAX_BYTES = 5 * 1024 * 1024;

/** Upload a CSV or XLSX of deliveries: checked row by row and previewed; nothing is saved until the
 * member confirms. */
export function DeliveriesUpload() {
  const upload = useSpreadsheetUpload<DeliveriesPreview, DeliveriesImportResult>({
    url: '/api/memberships/deliveries',
    maxBytes: MAX_BYTES,
    tooLarge: (bytes) =>
      `The file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 5.0 MB. Split it into smaller files. Nothing was saved.`,
  });
  const { step, busy, reset, confirm } = upload;

  return (
    <div className="space-y-4">
      <FileField
        inputId={upload.inputId}
        inputRef={upload.inputRef}
        onFileChange={upload.onFileChange}
        label="Spreadsheet of deliveries (CSV or Excel .xlsx)"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hint={
          <>
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
          </>
        }
      />
      <UploadStatus busy={busy} error={upload.error} />

      {step.kind === 'preview' ? (
        <section aria-label="Preview" className="rounded-md border border-slate-300 p-4">
          <PreviewSummary
            preview={step.preview}
            formulaMessage="cell(s) are formulas or start with =, +, -, @ or a tab, which spreadsheet programs run as formulas. Replace them with plain values and upload the file again. Nothing was saved."
          />
          {step.preview.rows.length > 0 ? (
            <PreviewTable
              caption={
                step.preview.rowsValid > step.preview.rows.length
                  ? `The first ${step.preview.rows.length} rows to be saved`
                  : 'Rows to be saved'
              }
            >
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
                      {formatDayKeyOrRaw(r.startDate)} to {formatDayKeyOrRaw(r.endDate)}
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
