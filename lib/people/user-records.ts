// Every place the database refers to a person: each relation to User (with its column), the columns
// that hold a person's email address without a foreign key, and the audit log's columns. The data
// export (lib/privacy/export.ts), the erasure (lib/privacy/erase.ts) and the account merge
// (lib/people/merge.ts) all work from this list, and lib/people/user-records.test.ts compares it
// with prisma/schema.prisma: a new relation to User that is not listed here fails that test.
import type { Prisma } from '@/lib/generated/prisma/client';

/** What an account merge does with the merged account's rows of one relation. */
export type MergeStrategy =
  /** Repoint every row to the remaining account. */
  | { kind: 'move' }
  /** Repoint, but where the remaining account already has a row with the same key, drop the merged
   * account's duplicate (after pointing the columns in `repoint` at the row that stays). */
  | { kind: 'union'; key: readonly string[]; repoint?: readonly { model: Prisma.ModelName; column: string }[] }
  /** Two rows with the same key (or, with an empty key, any row on both sides) cannot be combined:
   * the merge is refused and the admin told what to resolve first. `where` narrows the rows that
   * count (SQL over the table's columns, a constant of this file). */
  | { kind: 'refuse-on-clash'; key: readonly string[]; where?: string; explain: string }
  /** Deleted: sessions of the merged account end. */
  | { kind: 'delete' };

/** One relation of User, as declared in prisma/schema.prisma. */
export type UserRelation = {
  /** The field on User. */
  relation: string;
  model: Prisma.ModelName;
  /** The column of `model` that holds the person's id. */
  column: string;
  /** Whose data the rows are: the person's own, or records of others the person acted on (as
   * reviewer, admin, provider staff). Only the person's own rows go into their data export. */
  owner: 'person' | 'actor';
  /** The key of the export document that holds these rows, or why they are not exported. */
  exportAs: { key: string } | { omitted: string };
  /** What the erasure does with these rows (shown to the admin; the privacy page says the same). */
  onErasure: 'deleted' | 'redacted' | 'kept';
  merge: MergeStrategy;
};

/** Rows about other people that the person acted on (granted, decided, confirmed): not theirs to
 * export (`omitted` says whose they are), kept on erasure, moved to the remaining account on a merge. */
function actedOn(relation: string, model: Prisma.ModelName, column: string, omitted: string): UserRelation {
  return { relation, model, column, owner: 'actor', exportAs: { omitted }, onErasure: 'kept', merge: { kind: 'move' } };
}

/** The person's own rows, exported under `key`; a merge moves them unless `merge` says otherwise. */
function own(
  relation: string,
  model: Prisma.ModelName,
  column: string,
  key: string,
  onErasure: UserRelation['onErasure'],
  merge: MergeStrategy = { kind: 'move' },
): UserRelation {
  return { relation, model, column, owner: 'person', exportAs: { key }, onErasure, merge };
}

/** Rows the export leaves out (`omitted` says why). */
function notExported(
  relation: string,
  model: Prisma.ModelName,
  column: string,
  owner: UserRelation['owner'],
  omitted: string,
  onErasure: UserRelation['onErasure'],
  merge: MergeStrategy = { kind: 'move' },
): UserRelation {
  return { relation, model, column, owner, exportAs: { omitted }, onErasure, merge };
}

const OPEN_MCT_APPLICATION = `"status" IN ('AWAITING_CANDIDATE', 'HELD', 'SUBMITTED')`;

/** Every relation of User. Order matters for the merge only where noted. */
export const USER_RELATIONS: readonly UserRelation[] = [
  // Sign-in
  own('accounts', 'Account', 'userId', 'signInMethods', 'deleted'),
  {
    relation: 'sessions',
    model: 'Session',
    column: 'userId',
    owner: 'person',
    exportAs: { omitted: 'session tokens are secrets' },
    onErasure: 'deleted',
    merge: { kind: 'delete' },
  },
  {
    relation: 'actionTokens',
    model: 'ActionToken',
    column: 'userId',
    owner: 'person',
    exportAs: { omitted: 'link tokens are secrets (only hashes are stored)' },
    onErasure: 'deleted',
    merge: { kind: 'move' },
  },
  // Roles
  own('roles', 'UserRole', 'userId', 'roles', 'deleted', { kind: 'union', key: ['role'] }),
  actedOn('rolesGranted', 'UserRole', 'grantedById', 'grants made to other people'),
  own('reviewerCategories', 'ReviewerCategory', 'reviewerId', 'reviewerCategories', 'deleted', { kind: 'union', key: ['categoryId'] }),
  own('providerStaff', 'ProviderStaff', 'userId', 'iscProviderStaff', 'deleted', { kind: 'union', key: ['providerId'] }),
  actedOn('providersStaffAdded', 'ProviderStaff', 'addedById', 'staff memberships of other people'),
  // MVP: nominations, evidence, submissions
  own('nominationsMade', 'Nomination', 'nominatorId', 'nominationsMade', 'kept'),
  own('nominationsReceived', 'Nomination', 'nomineeId', 'nominationsReceived', 'redacted', {
    kind: 'refuse-on-clash',
    key: ['categoryId'],
    where: `"status" IN ('INVITED', 'ACCEPTED', 'SUBMITTED', 'UNDER_REVIEW')`,
    explain: 'Both accounts have an open nomination in the same award category; withdraw or decline one of them first.',
  }),
  own('endorsements', 'Endorsement', 'endorserId', 'endorsements', 'kept', { kind: 'union', key: ['nominationId'] }),
  own('evidenceItems', 'EvidenceItem', 'ownerId', 'evidenceItems', 'deleted'),
  own('submissions', 'Submission', 'candidateId', 'submissions', 'redacted'),
  // MVP: review and decisions (as staff)
  {
    relation: 'reviewAssignments',
    model: 'ReviewAssignment',
    column: 'reviewerId',
    owner: 'actor',
    exportAs: { key: 'reviewAssignments' },
    onErasure: 'kept',
    merge: {
      kind: 'refuse-on-clash',
      key: ['submissionId'],
      explain: 'Both accounts are assigned to review the same submission; remove one of the assignments first.',
    },
  },
  actedOn('assignmentsMade', 'ReviewAssignment', 'assignedById', 'assignments of other reviewers'),
  {
    relation: 'conflicts',
    model: 'ConflictDeclaration',
    column: 'reviewerId',
    owner: 'actor',
    exportAs: { key: 'conflictDeclarations' },
    onErasure: 'kept',
    merge: { kind: 'union', key: ['submissionId'] },
  },
  actedOn('decisionsMade', 'Decision', 'decidedById', 'decisions about other people'),
  actedOn('decisionsReleased', 'Decision', 'releasedById', 'decisions about other people'),
  // MVP: awards and renewals
  own('awards', 'Award', 'userId', 'awards', 'kept', {
    kind: 'refuse-on-clash',
    key: ['categoryId', 'startsOn'],
    explain: 'Both accounts hold an award year in the same category starting on the same day; revoke the duplicate first.',
  }),
  own('mvpRenewals', 'MvpRenewal', 'userId', 'mvpRenewals', 'kept'),
  // Agreements: an acceptance of the same version on both sides keeps the earlier one; what
  // pointed at the other is pointed at it.
  own('agreementAcceptances', 'AgreementAcceptance', 'userId', 'agreementAcceptances', 'kept', {
    kind: 'union',
    key: ['agreementId'],
    repoint: [
      { model: 'MctApplication', column: 'agreementAcceptanceId' },
      { model: 'MctRenewal', column: 'agreementAcceptanceId' },
    ],
  }),
  // MCT
  own('certifications', 'CandidateCertification', 'userId', 'certifications', 'redacted'),
  own('iscCompletions', 'IscCompletion', 'userId', 'iscCompletions', 'redacted'),
  actedOn('iscCompletionsConfirmed', 'IscCompletion', 'confirmedById', 'completions of other people'),
  own('mctApplications', 'MctApplication', 'candidateId', 'mctApplications', 'kept', {
    kind: 'refuse-on-clash',
    key: [],
    where: OPEN_MCT_APPLICATION,
    explain: 'Both accounts have an open MCT application; decide, withdraw or let one of them expire first.',
  }),
  actedOn('mctApplicationsStarted', 'MctApplication', 'initiatedById', 'applications of other people'),
  actedOn('mctApplicationsDecided', 'MctApplication', 'decidedById', 'applications of other people'),
  own('mctMembership', 'MctMembership', 'userId', 'mctMembership', 'kept', {
    kind: 'refuse-on-clash',
    key: [],
    explain:
      'Both accounts have an MCT membership, and a person has one; ask the person which one is right and let the other lapse, then contact engineering to remove it.',
  }),
  actedOn('mctRenewalsDecided', 'MctRenewal', 'decidedById', 'renewals of other people'),
  own('trainingDeliveries', 'TrainingDelivery', 'userId', 'trainingDeliveries', 'kept'),
  own('loungeAccess', 'LoungeAccess', 'userId', 'loungeAccess', 'redacted', {
    kind: 'refuse-on-clash',
    key: [],
    explain: 'Both accounts have MCT Lounge access records; lounge access follows the one membership, so revoke the duplicate first.',
  }),
  own('certificates', 'Certificate', 'userId', 'certificates', 'deleted'),
  actedOn('enrollmentPauses', 'EnrollmentPause', 'createdById', 'program settings'),
  // Across the portal
  own('notifications', 'Notification', 'userId', 'notifications', 'redacted'),
  own('formDrafts', 'FormDraft', 'userId', 'formDrafts', 'deleted', { kind: 'union', key: ['formKey'] }),
  own('importBatches', 'ImportBatch', 'userId', 'uploads', 'redacted'),
  own('privacyRequests', 'PrivacyRequest', 'userId', 'privacyRequests', 'kept'),
  actedOn('privacyRequestsHandled', 'PrivacyRequest', 'handledById', 'requests of other people'),
  // Reviewers' discussions (lib/discussions): what staff wrote stays, like their reviews.
  { ...own('discussionComments', 'DiscussionComment', 'authorId', 'discussionComments', 'kept'), owner: 'actor' },
  actedOn('discussionCommentsHidden', 'DiscussionComment', 'hiddenById', 'comments of other people'),
  notExported('discussionReadMarkers', 'DiscussionReadMarker', 'userId', 'person', 'only how far a discussion was read', 'deleted', {
    kind: 'union',
    key: ['submissionId'],
  }),
  // API tokens (lib/api-tokens): secrets are never exported; an erased person's tokens are deleted.
  notExported(
    'apiTokensCreated',
    'ApiToken',
    'createdById',
    'actor',
    'API tokens are secrets (only hashes are stored) and belong to a provider or the program',
    'deleted',
  ),
  actedOn('apiTokensRevoked', 'ApiToken', 'revokedById', 'tokens of other people'),
  // Accounts merged into this one earlier now point at the account everything moves to.
  notExported('mergedFrom', 'User', 'mergedIntoId', 'person', 'merged accounts are shown in the profile section', 'redacted'),
];

/** The other side of the self-relation: the account this one was merged into (a column of User itself). */
export const USER_SELF_COLUMNS = [{ relation: 'mergedInto', column: 'mergedIntoId' }] as const;

/** Columns that hold a person's email address as typed by someone, without a foreign key. Erasure
 * replaces the address in them; a merge leaves them as they were (they record what was sent where). */
export const USER_EMAIL_COLUMNS: readonly { model: Prisma.ModelName; column: string; why: string }[] = [
  { model: 'Nomination', column: 'nomineeEmail', why: 'the address the nominator named' },
  { model: 'IscCompletion', column: 'candidateEmail', why: 'the address the ISC provider confirmed' },
  { model: 'ActionToken', column: 'email', why: 'the address a single-use link was sent to' },
  { model: 'Notification', column: 'toEmail', why: 'the address an email went to' },
  { model: 'VerificationToken', column: 'identifier', why: 'the address a sign-in link was sent to' },
];

/** Email columns that are not a person's address. */
export const NON_PERSONAL_EMAIL_COLUMNS: readonly { model: Prisma.ModelName; column: string }[] = [
  { model: 'IscProvider', column: 'contactEmail' },
];

/** The audit log refers to people without foreign keys, so erasing never rewrites history. */
export const USER_AUDIT_COLUMNS = [
  { model: 'AuditEvent', column: 'actorId' },
  { model: 'AuditEvent', column: 'entityId', when: `"entityType" = 'User'` },
] as const;

/** The relations whose rows are the person's own (exported, moved on merge). */
export const personalRelations = (): UserRelation[] => USER_RELATIONS.filter((r) => r.owner === 'person');

/** A quoted SQL identifier of a model or column of this file (never of user input). */
export function sqlIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return `"${name}"`;
}
