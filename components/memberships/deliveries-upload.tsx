'use client';

import { Alert } from '@/components/ui/alert';
import { IssueTable, PreviewTable } from '@/components/uploads/spreadsheet-upload';
import { UploadPanel } from '@/components/uploads/upload-panel';
import type { DeliveriesImportResult, DeliveriesPreview } from '@/lib/memberships/deliveries';
import { formatDayKeyOrRaw } from '@/lib/format';
import { fillMessage } from '@/lib/i18n/fill';
import type { MctFormsCopy } from '@/components/mct/form-copy';

const MAX_BYTES = 5 * 1024 * 1024;

/** Upload a CSV or XLSX of deliveries: checked row by row and previewed; nothing is saved until the
 * member confirms. */
export function DeliveriesUpload({ copy }: { copy: MctFormsCopy['deliveriesUpload'] }) {
  const count = (one: string, many: string, n: number) => fillMessage(n === 1 ? one : many, { count: n });
  const columns = copy.columns;
  return (
    <UploadPanel<DeliveriesPreview, DeliveriesImportResult>
      url="/api/memberships/deliveries"
      maxBytes={MAX_BYTES}
      tooLarge={(bytes) => fillMessage(copy.tooLarge, { size: (bytes / 1048576).toFixed(1) })}
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
      copy={copy}
      details={(preview) => (
        <>
          {preview.rows.length > 0 ? (
            <PreviewTable
              caption={preview.rowsValid > preview.rows.length ? fillMessage(copy.firstRows, { count: preview.rows.length }) : copy.rows}
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
                {preview.rows.map((r) => (
                  <tr key={r.row} className="border-b border-slate-100">
                    <td className="py-1 pr-3">{r.row}</td>
                    <td className="py-1 pr-3">
                      {r.courseCode} {r.courseTitle}
                    </td>
                    <td className="py-1 pr-3">
                      {fillMessage(copy.dates, { start: formatDayKeyOrRaw(r.startDate), end: formatDayKeyOrRaw(r.endDate) })}
                    </td>
                    <td className="py-1 pr-3">{copy.formats[r.format]}</td>
                    <td className="py-1 pr-3">{r.studentCount}</td>
                    <td className="py-1 pr-3">{r.trainingPartner}</td>
                    <td className="py-1">{r.satisfactionScore ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </PreviewTable>
          ) : null}
          <IssueTable issues={preview.issues} total={preview.issuesTotal} />
        </>
      )}
      canImport={(preview) => preview.canImport}
      saveLabel={(preview) => count(copy.saveOne, copy.saveMany, preview.rowsValid)}
      done={(result) => (
        <Alert tone="success" title={copy.saved}>
          {count(copy.importedOne, copy.importedMany, result.imported)}; {count(copy.rejectedOne, copy.rejectedMany, result.rejected)}
        </Alert>
      )}
    />
  );
}
