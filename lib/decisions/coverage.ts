import 'server-only';
// How far review got: submissions with fewer submitted reviews than their cycle asks for. Closing
// review or deciding with too few reviews is allowed, with a reason the audit log keeps.
import type { Tx } from '@/lib/db';

/** Submissions of a cycle under review with fewer submitted reviews than `required`. */
export async function shortReviewedSubmissions(db: Tx, cycleId: string, required: number): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Submission" s
    WHERE s."cycleId" = ${cycleId}::uuid AND s.status = 'UNDER_REVIEW'
      AND (SELECT count(*) FROM "ReviewAssignment" a WHERE a."submissionId" = s.id AND a.status = 'SUBMITTED') < ${required}`;
  return Number(row?.n ?? 0);
}
