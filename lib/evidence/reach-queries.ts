import 'server-only';
import { hasRole } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ReachFigure } from './reach';

// The percentiles are ranked by PostgreSQL in the "ReachPercentile" materialized view
// (prisma/migrations/20261204203000_reach_percentiles): pages read a few indexed rows, never rank.

/** Ranks everything again from the current evidence and submissions. CONCURRENTLY: pages keep
 * reading the previous figures meanwhile. Run by the worker every few minutes, and after seeding. */
export async function refreshReachPercentiles(): Promise<void> {
  await prisma.$executeRawUnsafe('REFRESH MATERIALIZED VIEW CONCURRENTLY "ReachPercentile"');
}

/** Groups figures by item id. */
export function figuresByItem(rows: readonly ReachFigure[]): Record<string, ReachFigure[]> {
  const byItem: Record<string, ReachFigure[]> = {};
  for (const row of rows) (byItem[row.itemId] ??= []).push(row);
  return byItem;
}

const figureColumns = Prisma.sql`r."itemId", r.metric, r.basis, c.name AS "categoryName", r."comparedWith", r.percentile`;

/** The percentiles of a submission's frozen items, ranked within its cycle: for its assigned
 * reviewers (not taken off) and admins, as the review page is; nobody else gets a row. One query. */
export async function listSubmissionReach(viewer: Viewer, submissionId: string): Promise<Record<string, ReachFigure[]>> {
  const rows = await prisma.$queryRaw<ReachFigure[]>`
    SELECT ${figureColumns}
    FROM "ReachPercentile" r
    LEFT JOIN "AwardCategory" c ON c.id = r."categoryId"
    WHERE r."submissionId" = ${submissionId}::uuid
      AND (${hasRole(viewer, 'ADMIN')} OR EXISTS (
        SELECT 1 FROM "ReviewAssignment" a
        WHERE a."submissionId" = r."submissionId" AND a."reviewerId" = ${viewer.id}::uuid AND a.status <> 'REMOVED'))`;
  return figuresByItem(rows);
}

/** The percentiles of some of the viewer's own logged items (those in the last 12 months), ranked
 * among everyone's of that time. Another person's item ids give nothing. One query. */
export async function listEvidenceReach(viewer: Viewer, itemIds: readonly string[]): Promise<Record<string, ReachFigure[]>> {
  const rows = await prisma.$queryRaw<ReachFigure[]>`
    SELECT ${figureColumns}
    FROM "ReachPercentile" r
    JOIN "EvidenceItem" e ON e.id = r."itemId" AND e."ownerId" = ${viewer.id}::uuid
    LEFT JOIN "AwardCategory" c ON c.id = r."categoryId"
    WHERE r."itemId" = ANY(${[...itemIds]}::uuid[]) AND r."submissionId" IS NULL`;
  return figuresByItem(rows);
}
