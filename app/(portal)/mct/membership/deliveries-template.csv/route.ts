import { DELIVERIES_CSV_TEMPLATE } from '@/lib/memberships/deliveries-file';

/** The spreadsheet template of training deliveries (CSV; Excel opens it and can save it as .xlsx). */
export function GET() {
  return new Response(`\uFEFF${DELIVERIES_CSV_TEMPLATE}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="training-deliveries-template.csv"',
    },
  });
}
