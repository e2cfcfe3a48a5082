// An admin with a conflict of interest in a submission does not decide it: the same conflicts that
// keep a reviewer off it (lib/reviews/conflicts.ts: the candidate, the nominator, an endorser, a
// declared conflict, the same company domain). Another admin decides.
import { findConflicts, type ConflictReason, type ConflictSubmission } from '@/lib/reviews/conflicts';

const YOU: Record<ConflictReason, string> = {
  IS_CANDIDATE: 'You are the candidate',
  NOMINATOR: 'You nominated the candidate',
  ENDORSER: 'You endorsed the nomination',
  DECLARED: 'You declared a conflict of interest with this submission',
  SAME_EMAIL_DOMAIN: 'You share an email domain (likely an employer) with the candidate',
};

/** Why this admin may not decide the submission, in words for them; null when they may. */
export function deciderConflictMessage(admin: { id: string; email: string }, submission: ConflictSubmission): string | null {
  const [reason] = findConflicts(admin, submission);
  return reason ? `${YOU[reason]}, so you cannot decide it: that is a conflict of interest. Another admin decides this submission.` : null;
}
