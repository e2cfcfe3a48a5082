import { COMPLETIONS_CSV_TEMPLATE } from '@/lib/providers/completions-csv';

/** The CSV template for confirming ISC completions in bulk. */
export function GET() {
  return new Response(`\uFEFF${COMPLETIONS_CSV_TEMPLATE}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="isc-completions-template.csv"',
    },
  });
}
