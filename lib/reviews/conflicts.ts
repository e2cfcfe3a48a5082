// Conflicts of interest between a reviewer and a submission. Checked when reviewers are assigned,
// and again whenever a conflict is declared (lib/reviews/service.ts).
import { emailDomain } from '@/lib/auth/email';

/** Mail providers anyone can use: sharing one says nothing about sharing an employer. */
export const PUBLIC_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'qq.com',
  '163.com',
  '126.com',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
]);

export type ConflictReason = 'IS_CANDIDATE' | 'NOMINATOR' | 'ENDORSER' | 'DECLARED' | 'SAME_EMAIL_DOMAIN';

export const CONFLICT_LABELS: Record<ConflictReason, string> = {
  IS_CANDIDATE: 'is the candidate',
  NOMINATOR: 'nominated the candidate',
  ENDORSER: 'endorsed the nomination',
  DECLARED: 'declared a conflict of interest',
  SAME_EMAIL_DOMAIN: 'shares an email domain (likely an employer) with the candidate',
};

export type ConflictReviewer = { id: string; email: string };
export type ConflictSubmission = {
  candidateId: string;
  candidateEmail: string;
  nominatorId: string | null;
  endorserIds: readonly string[];
  /** Reviewers who declared a conflict with this submission. */
  declaredReviewerIds: readonly string[];
};

/** Every reason the reviewer may not review the submission; empty when there is none. */
export function findConflicts(reviewer: ConflictReviewer, submission: ConflictSubmission): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (reviewer.id === submission.candidateId) reasons.push('IS_CANDIDATE');
  if (submission.nominatorId === reviewer.id) reasons.push('NOMINATOR');
  if (submission.endorserIds.includes(reviewer.id)) reasons.push('ENDORSER');
  if (submission.declaredReviewerIds.includes(reviewer.id)) reasons.push('DECLARED');
  const domain = emailDomain(reviewer.email);
  if (domain && !PUBLIC_MAIL_DOMAINS.has(domain) && domain === emailDomain(submission.candidateEmail)) reasons.push('SAME_EMAIL_DOMAIN');
  return reasons;
}

/** Whether the reviewer has any conflict with the submission. */
export function hasConflict(reviewer: ConflictReviewer, submission: ConflictSubmission): boolean {
  return findConflicts(reviewer, submission).length > 0;
}

/** What a Prisma read of a submission selects for conflictFactsOf (lib/reviews/assign.ts). */
export const conflictFactsSelect = {
  candidateId: true,
  candidate: { select: { email: true } },
  nomination: { select: { nominatorId: true, endorsements: { select: { endorserId: true } } } },
  conflicts: { select: { reviewerId: true } },
} as const;
