'use client';

import { reopenReviewAction, sendRemindersAction } from '@/lib/reviews/actions';
import { ActionButton } from '@/components/ui/action-button';

/** The reopen button's words in the reader's language. */
export type ReopenCopy = { label: string; pending: string; done: string };

/** Reopens the reviewer's submitted review for changes (until review closes). */
export function ReopenReviewButton({ assignmentId, version, copy }: { assignmentId: string; version: number; copy: ReopenCopy }) {
  return (
    <ActionButton
      action={() => reopenReviewAction({ assignmentId, version })}
      label={copy.label}
      pendingLabel={copy.pending}
      done={() => copy.done}
    />
  );
}

/** Runs the daily reminder now: one email per reviewer with overdue reviews (at most once a day). */
export function SendRemindersButton() {
  return (
    <ActionButton
      action={() => sendRemindersAction({})}
      label="Send reminders now"
      pendingLabel="Sending…"
      done={(r) =>
        r.reviewers === 0 && r.alreadyReminded === 0
          ? 'No review is overdue; nobody was reminded.'
          : `Reminded ${r.reviewers} reviewer${r.reviewers === 1 ? '' : 's'} of ${r.reviews} overdue review${r.reviews === 1 ? '' : 's'}.${
              r.alreadyReminded > 0 ? ` ${r.alreadyReminded} had already been reminded today.` : ''
            }`
      }
    />
  );
}
