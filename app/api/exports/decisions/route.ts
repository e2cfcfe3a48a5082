import { NextResponse, type NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/guards';
import { hasRole } from '@/lib/auth/policy';
import { toCsv } from '@/lib/decisions/csv';
import { exportDecisionRows } from '@/lib/decisions/queries';
import { decisionViewSchema } from '@/lib/decisions/schema';

const round = (n: number | undefined) => (n === undefined ? null : Math.round(n * 1000) / 1000);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The decisions table as CSV, in the same view (cycle, category, filter, sort) as the page. Checks
 * the caller itself: admins only. */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return new NextResponse('Sign in to export decisions.', { status: 401 });
  if (!hasRole(viewer, 'ADMIN')) return new NextResponse('Only program admins can export decisions.', { status: 403 });
  const view = decisionViewSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportDecisionRows(viewer, view);
  if (!data) return new NextResponse('Only program admins can export decisions.', { status: 403 });
  const csv = toCsv(
    [
      'Candidate',
      'Kind',
      'Category',
      'Focus area',
      'Reviews submitted',
      'Reviews assigned',
      'Weighted mean',
      'Median',
      'Spread',
      'Disputed',
      'Normalised',
      'Decision',
      'Released',
    ],
    data.rows.map((r) => [
      r.candidateName,
      r.kind === 'RENEWAL' ? 'Renewal' : 'Nomination',
      r.categoryName,
      r.focusAreaName,
      r.reviewsSubmitted,
      r.reviewsAssigned,
      round(r.aggregate?.mean),
      round(r.aggregate?.median),
      round(r.aggregate?.spread),
      r.aggregate ? r.aggregate.isDisputed : null,
      round(r.aggregate?.normalised),
      r.decision ? (r.decision.outcome === 'AWARD' ? 'Award' : 'No award') : 'Not decided',
      r.decision?.releasedAt ? r.decision.releasedAt.toISOString() : null,
    ]),
  );
  const name = `decisions-${slug(data.cycleName)}-${slug(data.categoryName)}.csv`;
  return new NextResponse(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
