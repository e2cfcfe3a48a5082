'use client';

import { Alert } from '@/components/ui/alert';
import { IssueTable, PreviewTable } from '@/components/uploads/spreadsheet-upload';
import { UploadPanel } from '@/components/uploads/upload-panel';
import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/limits';
import type { ImportPreview, ImportResult } from '@/lib/providers/service';
import { formatDayKeyOrRaw } from '@/lib/format';
import { TableHead } from '@/components/ui/table';
import { fillMessage } from '@/lib/i18n/fill';
import type { ProviderFormsCopy } from '@/components/mct/form-copy';

/** Upload a CSV of completions: the file is checked row by row and previewed; nothing is saved until
 * the provider confirms. */
export function CompletionsUpload({ providerId, copy }: { providerId: string; copy: ProviderFormsCopy['completionsUpload'] }) {
  const columns = copy.columns;
  return (
    <UploadPanel<ImportPreview, ImportResult>
      url={`/api/providers/${providerId}/completions`}
      maxBytes={COMPLETIONS_CSV_MAX_BYTES}
      tooLarge={(bytes) => fillMessage(copy.tooLarge, { size: (bytes / (1024 * 1024)).toFixed(1) })}
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
      copy={copy}
      details={(preview) => (
        <>
          {preview.sample.length > 0 ? (
            <PreviewTable caption={copy.firstRows}>
              <TableHead columns={[columns.row, columns.name, columns.email, columns.completed, columns.certificate]} rows="py-1" />
              <tbody>
                {preview.sample.map((r) => (
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
          <IssueTable issues={preview.issues} total={preview.issueCount} />
        </>
      )}
      canImport={(preview) => preview.formulaCells === 0 && preview.rowsValid > 0}
      saveLabel={(preview) => fillMessage(preview.rowsValid === 1 ? copy.saveOne : copy.saveMany, { count: preview.rowsValid })}
      done={(result) => (
        <>
          <Alert tone="success" title={copy.saved}>
            {fillMessage(copy.summary, {
              imported: result.rowsImported,
              total: result.rowsTotal,
              file: result.fileName,
              rejected: result.rowsRejected,
            })}
          </Alert>
          <IssueTable issues={result.issues} total={result.issueCount} />
        </>
      )}
    />
  );
}
