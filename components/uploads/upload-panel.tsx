'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FileField, PreviewSummary, UploadStatus, useSpreadsheetUpload } from './spreadsheet-upload';

/** The words of an upload panel, in the reader's language. */
export type UploadPanelCopy = {
  label: string;
  preview: string;
  formulas: string;
  saving: string;
  cancel: string;
  result: string;
  another: string;
};

type Preview = Parameters<typeof PreviewSummary>[0]['preview'] & { fileHash: string };

/** A whole spreadsheet upload: the file field, the preview (`details`: its tables) with "save" when
 * `canImport` and "cancel", then what was saved (`done`) with "upload another". */
export function UploadPanel<P extends Preview, R>({
  url,
  maxBytes,
  tooLarge,
  accept,
  hint,
  copy,
  details,
  canImport,
  saveLabel,
  done,
}: {
  url: string;
  maxBytes: number;
  tooLarge: (bytes: number) => string;
  accept: string;
  hint: ReactNode;
  copy: UploadPanelCopy;
  details: (preview: P) => ReactNode;
  canImport: (preview: P) => boolean;
  saveLabel: (preview: P) => string;
  done: (result: R) => ReactNode;
}) {
  const upload = useSpreadsheetUpload<P, R>({ url, maxBytes, tooLarge });
  const { step, busy, reset, confirm } = upload;
  return (
    <div className="space-y-4">
      <FileField
        inputId={upload.inputId}
        inputRef={upload.inputRef}
        onFileChange={upload.onFileChange}
        label={copy.label}
        accept={accept}
        hint={hint}
      />
      <UploadStatus busy={busy} error={upload.error} />

      {step.kind === 'preview' ? (
        <section aria-label={copy.preview} className="rounded-md border border-slate-300 p-4">
          <PreviewSummary preview={step.preview} formulaMessage={copy.formulas} />
          {details(step.preview)}
          <div className="mt-4 flex flex-wrap gap-3">
            {canImport(step.preview) ? (
              <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
                {busy ? copy.saving : saveLabel(step.preview)}
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
          {done(step.result)}
          <Button type="button" variant="secondary" onClick={reset}>
            {copy.another}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
