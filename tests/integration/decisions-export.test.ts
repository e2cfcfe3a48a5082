// The decisions CSV export: the route checks the caller itself, and text a spreadsheet would run as
// a formula is neutralised.
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/exports/decisions/route';
import { prisma } from '@/lib/db';
import { assignReviewers } from '@/lib/reviews/assign';
import { saveReview } from '@/lib/reviews/review';
import { reviewInputSchema } from '@/lib/reviews/schema';
import { createCategory } from '@/tests/support/factories';
import {
  createAdmin,
  createReviewCycle,
  createReviewer,
  createSubmittedNomination,
  flatScores,
  viewerOf,
} from '@/tests/support/review-factories';
import type { Viewer } from '@/lib/auth/viewer';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => session.viewer }));

const exportUrl = (cycleId: string, categoryId: string) =>
  new NextRequest(`http://localhost/api/exports/decisions?cycle=${cycleId}&category=${categoryId}&sort=candidate&dir=asc`);

describe('GET /api/exports/decisions', () => {
  it('refuses the signed-out and anyone but an admin', async () => {
    const cycle = await createReviewCycle();
    const category = await createCategory();
    session.viewer = null;
    expect((await GET(exportUrl(cycle.id, category.id))).status).toBe(401);
    session.viewer = await viewerOf((await createReviewer([category.id])).id);
    expect((await GET(exportUrl(cycle.id, category.id))).status).toBe(403);
  });

  it('exports the table with formulas neutralised', async () => {
    const admin = await createAdmin();
    const cycle = await createReviewCycle();
    const category = await createCategory();
    const reviewer = await createReviewer([category.id]);
    const sub = await createSubmittedNomination({ cycleId: cycle.id, categoryId: category.id });
    await prisma.user.update({ where: { id: sub.candidate.id }, data: { name: '=HYPERLINK("http://evil.example","Click")' } });
    await assignReviewers(admin, { submissionIds: [sub.submission.id], reviewerIds: [reviewer.id] });
    const a = await prisma.reviewAssignment.findFirstOrThrow({ where: { submissionId: sub.submission.id } });
    await saveReview(
      await viewerOf(reviewer.id),
      reviewInputSchema.parse({
        assignmentId: a.id,
        version: a.version,
        intent: 'submit',
        scores: flatScores(cycle.criteria, 4),
        confidence: '2',
        committeeComment: 'Good reach and depth.',
        candidateFeedback: 'Keep writing in depth.',
      }),
    );

    session.viewer = admin;
    const response = await GET(exportUrl(cycle.id, category.id));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="decisions-.+\.csv"$/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Candidate,Kind,Category,Focus area,Reviews submitted,Reviews assigned,Weighted mean,Median,Spread,Disputed,Normalised,Decision,Released',
    );
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""Click"")",Nomination,${category.name},,1,1,4,4,0,no,0,Not decided,`);
  });
});
