import { SPREADSHEET_MAX_BYTES } from '@/lib/spreadsheets/read';
import { handleSpreadsheetUpload } from '@/lib/spreadsheets/upload-route';
import { importDeliveries, previewDeliveriesImport } from '@/lib/memberships/deliveries';

export const dynamic = 'force-dynamic';

/** A member's spreadsheet (CSV or XLSX) of training deliveries, saved to the member's own log. */
export async function POST(request: Request) {
  return handleSpreadsheetUpload(request, {
    maxBytes: SPREADSHEET_MAX_BYTES,
    limitText: 'the limit is 5.0 MB',
    noFileText: 'Choose a CSV or Excel (.xlsx) file to upload.',
    defaultFileName: 'deliveries.csv',
    logLabel: 'deliveries',
    preview: previewDeliveriesImport,
    importFile: importDeliveries,
  });
}
