'use client';

import { useState } from 'react';
import { closeReviewAction, releaseDecisionsAction } from '@/lib/decisions/actions';
import { ActionButton } from '@/components/ui/action-button';
import { Alert } from '@/components/ui/alert';
import { inputClass } from '@/components/ui/field';
import { SHORT_REASON_MIN } from '@/lib/decisions/schema';

/** Closes review for a cycle, after saying what it means. When some submission has fewer submitted
 * reviews than the cycle asks for, says so and asks why (the reason goes to the audit log). */
export function CloseReviewButton({
  cycleId,
  cycleName,
  version,
  openReviews,
  shortReviewed = 0,
  reviewersPerSubmission,
}: {
  cycleId: string;
  cycleName: string;
  version: number;
  openReviews: number;
  shortReviewed?: number;
  reviewersPerSubmission: number;
}) {
  const [reason, setReason] = useState('');
  const short = shortReviewed > 0;
  return (
    <ActionButton
      action={async () => {
        if (short && reason.trim().length < SHORT_REASON_MIN) {
          return { ok: false, error: `Say why you close review now (at least ${SHORT_REASON_MIN} characters).` };
        }
        return closeReviewAction({ cycleId, version, shortReason: short ? reason : undefined });
      }}
      label="Close review"
      pendingLabel="Closing…"
      variant="danger"
      confirm={{
        text: (
          <div className="space-y-3">
            <p>
              Close review for {cycleName}? Reviewers can no longer change or reopen their reviews, and decisions can be made.
              {openReviews > 0 ? ` ${openReviews} review${openReviews === 1 ? ' is' : 's are'} not submitted and will not count.` : ''}
            </p>
            {short ? (
              <>
                <p className="font-semibold">
                  {shortReviewed} submission{shortReviewed === 1 ? ' has' : 's have'} fewer than the {reviewersPerSubmission} submitted
                  reviews this cycle asks for.
                </p>
                <div>
                  <label htmlFor="close-review-reason" className="block font-medium">
                    Why close review now?
                  </label>
                  <p id="close-review-reason-hint" className="text-amber-900">
                    Kept in the audit log with the closing.
                  </p>
                  <textarea
                    id="close-review-reason"
                    aria-describedby="close-review-reason-hint"
                    rows={3}
                    className={inputClass}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </div>
              </>
            ) : null}
          </div>
        ),
        yes: 'Yes, close review',
      }}
      done={(r) => `Review is closed.${r.unsubmittedReviews ? ` ${r.unsubmittedReviews} unsubmitted reviews do not count.` : ''}`}
    />
  );
}

/** Releases the held decisions shown, in one go, after an explicit confirmation. Stays on the page
 * when nothing is left to release, so the outcome of the release stays readable. */
export function ReleaseDecisionsButton({
  cycleId,
  categoryName,
  submissionIds,
  awards,
}: {
  cycleId: string;
  categoryName: string;
  /** The held decisions the admin sees (only these are released), and how many of them are awards. */
  submissionIds: string[];
  awards: number;
}) {
  const n = submissionIds.length;
  return (
    <div className="space-y-3">
      {n === 0 ? (
        <p className="text-sm text-slate-700">No decision in {categoryName} is waiting to be released.</p>
      ) : (
        <Alert tone="info">
          {n} decision{n === 1 ? ' is' : 's are'} held in {categoryName}. Candidates and nominators hear nothing until you release them.
        </Alert>
      )}
      <ActionButton
        hidden={n === 0}
        action={() => releaseDecisionsAction({ cycleId, submissionIds, confirm: true })}
        label={`Release ${n} decision${n === 1 ? '' : 's'}`}
        pendingLabel="Releasing…"
        variant="primary"
        confirm={{
          text: (
            <p>
              Release {n} decision{n === 1 ? '' : 's'} ({awards} award{awards === 1 ? '' : 's'}, {n - awards} not awarded)? Each candidate
              and their nominator is told at once, and a released decision can no longer change.
            </p>
          ),
          yes: `Yes, release ${n} decision${n === 1 ? '' : 's'}`,
        }}
        done={(r) =>
          `Released ${r.released} decision${r.released === 1 ? '' : 's'}.${r.alreadyReleased ? ` ${r.alreadyReleased} had already been released.` : ''}`
        }
      />
    </div>
  );
}
