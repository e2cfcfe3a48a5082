import { evidenceCsvTemplate } from '@/lib/evidence/csv';

/** The documented CSV template of the evidence import, as a download. */
export function GET() {
  return new Response(evidenceCsvTemplate(), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="evidence-template.csv"',
      'Cache-Control': 'no-store',
    },
  });
}
