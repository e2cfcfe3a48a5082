import 'server-only';
// Reminders to reviewers with overdue reviews: one digest email per reviewer listing all of them, at
// most once a day however often it runs (the daily job, or an admin's "send reminders now").
import { assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { queueEmail } from '@/lib/notifications/outbox';
import { OPEN_REVIEW_STATUSES } from './lifecycle';
import type { Viewer } from '@/lib/auth/viewer';

export type ReminderRun = { reviewers: number; reviews: number; alreadyReminded: number };

/** Queues one reminder per reviewer with reviews past their due date in a cycle still in review. */
export async function sendReviewReminders(now: Date = new Date()): Promise<ReminderRun> {
  const overdue = await prisma.reviewAssignment.findMany({
    where: {
      status: { in: [...OPEN_REVIEW_STATUSES] },
      dueAt: { lt: now },
      submission: { status: 'UNDER_REVIEW', cycle: { reviewClosedAt: null } },
      reviewer: { anonymizedAt: null },
    },
    orderBy: { dueAt: 'asc' },
    select: {
      id: true,
      dueAt: true,
      reviewer: { select: { id: true, email: true, name: true, timeZone: true } },
      submission: {
        select: {
          candidate: { select: { name: true } },
          nomination: { select: { nomineeName: true } },
          category: { select: { name: true } },
        },
      },
    },
  });
  const byReviewer = new Map<string, typeof overdue>();
  for (const a of overdue) byReviewer.set(a.reviewer.id, [...(byReviewer.get(a.reviewer.id) ?? []), a]);

  const day = now.toISOString().slice(0, 10);
  const run: ReminderRun = { reviewers: 0, reviews: 0, alreadyReminded: 0 };
  for (const [reviewerId, reviews] of byReviewer) {
    const reviewer = reviews[0]!.reviewer;
    await prisma.$transaction(async (tx) => {
      const id = await queueEmail(tx, {
        to: reviewer.email,
        userId: reviewerId,
        template: 'mvp.review.reminder',
        data: {
          reviewerName: reviewer.name,
          timeZone: reviewer.timeZone,
          reviews: reviews.map((r) => ({
            candidateName: r.submission.candidate.name ?? r.submission.nomination?.nomineeName ?? 'A candidate',
            categoryName: r.submission.category.name,
            dueAt: r.dueAt,
          })),
          url: `${env().APP_URL}/reviews`,
        },
        urgency: 'DIGESTIBLE',
        dedupeKey: `review-reminder:${reviewerId}:${day}`,
      });
      if (id === null) {
        run.alreadyReminded += 1;
        return;
      }
      await tx.reviewAssignment.updateMany({ where: { id: { in: reviews.map((r) => r.id) } }, data: { lastRemindedAt: now } });
      run.reviewers += 1;
      run.reviews += reviews.length;
    });
  }
  return run;
}

/** An admin's "Send reminders now": the same run as the daily job's. */
export async function sendReviewRemindersNow(viewer: Viewer | null): Promise<ReminderRun> {
  assertRole(viewer, 'ADMIN');
  return sendReviewReminders();
}
