import { NextResponse, type NextRequest } from 'next/server';
import { getViewer } from '@/lib/auth/guards';
import { hasRole } from '@/lib/auth/policy';
import { todayIn } from '@/lib/dates';
import { exportDecisionRows } from '@/lib/decisions/queries';
import { decisionViewSchema } from '@/lib/decisions/schema';
import { csvResponse, csvStream, fileSlug as slug, type CsvColumn } from '@/lib/exports/stream';

const round = (n: number | undefined) => (n === undefined ? null : Math.round(n * 1000) / 1000);

type Row = NonNullable<Awaited<ReturnType<typeof exportDecisionRows>>>['rows'][number];

/** The decisions table as CSV, in the same view (cycle, category, filter, sort) as the page. Checks
 * the caller itself: admins only. Written by the streaming writer of lib/exports like every export;
 * the rows come as one batch, since leniency is normalised across the whole cycle in memory (a
 * cycle's submissions of one category, not an unbounded table). */
export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) return new NextResponse('Sign in to export decisions.', { status: 401 });
  if (!hasRole(viewer, 'ADMIN')) return new NextResponse('Only program admins can export decisions.', { status: 403 });
  const view = decisionViewSchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const data = await exportDecisionRows(viewer, view);
  if (!data) return new NextResponse('Only program admins can export decisions.', { status: 403 });
  const columns: CsvColumn<Row>[] = [
    { header: 'Candidate', value: (r) => r.candidateName },
    { header: 'Kind', value: (r) => (r.kind === 'RENEWAL' ? 'Renewal' : 'Nomination') },
    { header: 'Category', value: (r) => r.categoryName },
    { header: 'Focus area', value: (r) => r.focusAreaName },
    { header: 'Reviews submitted', value: (r) => r.reviewsSubmitted },
    { header: 'Reviews assigned', value: (r) => r.reviewsAssigned },
    { header: 'Weighted mean', value: (r) => round(r.aggregate?.mean) },
    { header: 'Median', value: (r) => round(r.aggregate?.median) },
    { header: 'Spread', value: (r) => round(r.aggregate?.spread) },
    { header: 'Disputed', value: (r) => (r.aggregate ? r.aggregate.isDisputed : null) },
    { header: 'Normalised', value: (r) => round(r.aggregate?.normalised) },
    { header: 'Decision', value: (r) => (r.decision ? (r.decision.outcome === 'AWARD' ? 'Award' : 'No award') : 'Not decided') },
    { header: 'Released', value: (r) => (r.decision?.releasedAt ? r.decision.releasedAt.toISOString() : null) },
  ];
  const rows = data.rows;
  const name = `decisions-${slug(data.cycleName)}-${slug(data.categoryName)}-${todayIn(viewer.timeZone)}.csv`;
  return csvResponse(
    name,
    csvStream(
      columns,
      (async function* () {
        yield rows;
      })(),
    ),
  );
}
