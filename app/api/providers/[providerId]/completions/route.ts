import { COMPLETIONS_CSV_MAX_BYTES } from '@/lib/providers/completions-csv';
import { importCompletions, previewCompletionsImport } from '@/lib/providers/service';
import { handleSpreadsheetUpload } from '@/lib/spreadsheets/upload-route';

export const dynamic = 'force-dynamic';

/** A provider's CSV of ISC completions; the services refuse staff of another provider. */
export async function POST(request: Request, { params }: { params: Promise<{ providerId: string }> }) {
  const { providerId } = await params;
  return handleSpreadsheetUpload(request, {
    maxBytes: COMPLETIONS_CSV_MAX_BYTES,
    limitText: 'the limit is 5.0 MB and 20,000 rows',
    noFileText: 'Choose a CSV file to upload.',
    defaultFileName: 'completions.csv',
    logLabel: 'completions',
    preview: (viewer, file) => previewCompletionsImport(viewer, { providerId, ...file }),
    importFile: (viewer, file) => importCompletions(viewer, { providerId, ...file }),
  });
}
