// What assigning reviewers, the admin's board and decisions read of a submission: the facts of the
// conflict rules and the states that change, and the candidate's name as the admin sees it.
import type { ConflictSubmission } from './conflicts';

/** What the conflict check and the state changes need to know about a submission. */
export const assignableSubmissionSelect = {
  id: true,
  status: true,
  kind: true,
  cycleId: true,
  categoryId: true,
  candidateId: true,
  candidate: { select: { email: true, name: true } },
  category: { select: { name: true } },
  cycle: { select: { name: true, reviewClosedAt: true, reviewDueAt: true, reviewersPerSubmission: true } },
  nomination: {
    select: {
      id: true,
      status: true,
      nomineeName: true,
      nominatorId: true,
      nominator: { select: { email: true, name: true, anonymizedAt: true } },
      endorsements: { select: { endorserId: true } },
    },
  },
  renewal: { select: { id: true, status: true } },
  conflicts: { select: { reviewerId: true } },
  assignments: { select: { id: true, reviewerId: true, status: true, version: true } },
} as const;

/** The candidate's name as the admin sees it. */
export const candidateNameOf = (s: { candidate: { name: string | null; email: string }; nomination: { nomineeName: string } | null }) =>
  s.candidate.name ?? s.nomination?.nomineeName ?? s.candidate.email;

/** The facts of the conflict rules for a submission. */
export function conflictFactsOf(s: {
  candidateId: string;
  candidate: { email: string };
  nomination: { nominatorId: string; endorsements: { endorserId: string }[] } | null;
  conflicts: { reviewerId: string }[];
}): ConflictSubmission {
  return {
    candidateId: s.candidateId,
    candidateEmail: s.candidate.email,
    nominatorId: s.nomination?.nominatorId ?? null,
    endorserIds: s.nomination?.endorsements.map((e) => e.endorserId) ?? [],
    declaredReviewerIds: s.conflicts.map((c) => c.reviewerId),
  };
}
