// Who may use each door of the app: every server action, route handler and page with data, in one
// table a reviewer can hold against DOMAIN.md. This is the test's statement of the rules, not code the
// app runs: the pages, actions and services enforce them (the area layouts, guards in
// lib/auth/guards.ts and lib/auth/policy.ts, checks in the services and queries against the record),
// and tests/integration/authorization-matrix.test.ts proves it by calling every door as every kind
// of caller. That test lists the doors from the code, so a new door without a row here fails it.

/** The kinds of caller the matrix tells apart, always relative to the record at the door. */
export const CALLER_KINDS = [
  /** Nobody signed in. */
  'signedOut',
  /** Signed in, no role, no record of their own. */
  'candidate',
  /** The candidate whose record it is: the nominee, the owner of the evidence, the MCT applicant
   * or member, the award holder, the person a submission's outcome is for. */
  'owner',
  /** A candidate with a record of the same kind of their own, but not this one (the id swapper). */
  'otherCandidate',
  /** The nomination's nominator (a Microsoft employee here; active MVPs nominate alike). */
  'nominator',
  /** Endorsed the nomination (also a person who may nominate). */
  'endorser',
  /** A reviewer of the category assigned to the submission. */
  'reviewerAssigned',
  /** A reviewer of the category not assigned to this submission (assigned to another one). */
  'reviewerUnassigned',
  /** A reviewer of the category who declared a conflict with the submission. */
  'reviewerConflicted',
  /** Staff of the ISC provider at the door (who confirmed the completion, started the application). */
  'providerStaff',
  /** Staff of another approved ISC provider. */
  'otherProviderStaff',
  /** A program admin. */
  'admin',
] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/** Kinds of record a door takes the id of (in its URL or its input). */
export type RecordKind =
  | 'nomination'
  | 'submission'
  | 'reviewAssignment'
  | 'evidenceItem'
  | 'award'
  | 'mctApplication'
  | 'heldCertification'
  | 'delivery'
  | 'iscProvider'
  | 'discussionComment'
  | 'apiToken'
  | 'iscCompletion';

export type DoorKind = 'action' | 'route' | 'page';

export type DoorPolicy = {
  /** "action lib/…/actions.ts#exportName", "route app/…/route.ts#GET" or "page app/…/page.tsx". */
  door: string;
  /** Who gets in; every other kind is refused. 'anyone' is a public door. */
  allow: 'anyone' | readonly CallerKind[];
  /** The record whose id the door takes, for the id-swap test. */
  record?: RecordKind;
  /** Why, where it is not plain from the door's name. */
  note?: string;
};

const SIGNED_IN: readonly CallerKind[] = CALLER_KINDS.filter((k) => k !== 'signedOut');
const ADMIN: readonly CallerKind[] = ['admin'];
const REVIEWERS: readonly CallerKind[] = ['reviewerAssigned', 'reviewerUnassigned', 'reviewerConflicted'];
/** May nominate: active MVPs and Microsoft employees (canNominate). */
const NOMINATORS: readonly CallerKind[] = ['nominator', 'endorser'];
/** Active MCTs (in the matrix's world both candidates are members; each acts on their own membership). */
const MCT_MEMBERS: readonly CallerKind[] = ['owner', 'otherCandidate'];

const action = (file: string, name: string) => `action ${file}#${name}`;
/** A server action of lib/<domain>/actions.ts, by its path under lib/. */
const libAction = (file: string, name: string) => action(`lib/${file}`, name);
const route = (file: string, method: string) => `route app/${file}#${method}`;
const page = (file: string) => `page app/${file}`;

export const ACCESS_POLICY: readonly DoorPolicy[] = [
  // ── Public: signing in and out, links that are their own credential, program pages ─────────────
  { door: action('lib/auth/actions.ts', 'signOutAction'), allow: 'anyone' },
  { door: action('lib/auth/actions.ts', 'signInWithPasswordAction'), allow: 'anyone' },
  { door: action('lib/auth/actions.ts', 'sendSignInLinkAction'), allow: 'anyone' },
  { door: action('lib/auth/actions.ts', 'signUpAction'), allow: 'anyone' },
  {
    door: action('lib/i18n/actions.ts', 'chooseLanguageAction'),
    allow: 'anyone',
    note: "sets this browser's language cookie, nothing else",
  },
  {
    door: action('lib/auth/actions.ts', 'signInWithEntraAction'),
    allow: 'anyone',
    note: 'hands over to Entra ID; back to a same-site path only',
  },
  {
    door: action('lib/nominations/actions.ts', 'continueWithInvitationAction'),
    allow: 'anyone',
    note: 'the single-use token is the credential; it signs in only its own address',
  },
  {
    door: action('lib/mct/actions.ts', 'continueWithApplicationLinkAction'),
    allow: 'anyone',
    note: 'the single-use token is the credential; it signs in only its own address',
  },
  { door: route('api/auth/[...nextauth]/route.ts', 'GET'), allow: 'anyone', note: 'Auth.js' },
  { door: route('api/auth/[...nextauth]/route.ts', 'POST'), allow: 'anyone', note: 'Auth.js' },
  { door: route('api/health/route.ts', 'GET'), allow: 'anyone', note: 'says only whether the database answers' },
  { door: route('(portal)/evidence/import/template/route.ts', 'GET'), allow: 'anyone', note: 'a blank template, no data' },
  { door: route('(portal)/mct/membership/deliveries-template.csv/route.ts', 'GET'), allow: 'anyone', note: 'a blank template' },
  { door: route('(portal)/provider/completions-template.csv/route.ts', 'GET'), allow: 'anyone', note: 'a blank template' },
  { door: page('(public)/page.tsx'), allow: 'anyone' },
  { door: page('(public)/sign-in/page.tsx'), allow: 'anyone', note: 'a signed-in person is sent on' },
  { door: page('(public)/sign-in/check-email/page.tsx'), allow: 'anyone' },
  { door: page('(public)/sign-in/error/page.tsx'), allow: 'anyone' },
  {
    door: page('(public)/sign-in/confirm/page.tsx'),
    allow: 'anyone',
    note: 'an emailed sign-in link opens it: shows only the address of a live link; its button posts to Auth.js',
  },
  { door: page('(public)/sign-up/page.tsx'), allow: 'anyone', note: 'a signed-in person is sent on' },
  { door: page('(public)/invitations/[token]/page.tsx'), allow: 'anyone', note: 'shows nothing without a live token' },
  { door: page('(public)/invitations/link-problem/page.tsx'), allow: 'anyone' },
  { door: page('mct/applications/accept/[token]/page.tsx'), allow: 'anyone', note: 'shows nothing without a live token' },
  { door: page('mct/applications/accept/page.tsx'), allow: 'anyone' },
  { door: page('(public)/privacy/page.tsx'), allow: 'anyone', note: 'the privacy notice' },
  { door: page('(public)/certificates/page.tsx'), allow: 'anyone', note: 'the form to check a certificate code' },
  { door: page('(public)/certificates/[code]/page.tsx'), allow: 'anyone', note: 'the code printed on the certificate is the credential' },
  {
    door: route('(public)/certificates/[code]/certificate.pdf/route.ts', 'GET'),
    allow: 'anyone',
    note: 'the code printed on the certificate is the credential',
  },
  { door: page('(public)/providers/page.tsx'), allow: 'anyone', note: 'approved ISC providers: name, country, published contact' },
  { door: page('(public)/unsubscribe/[token]/page.tsx'), allow: 'anyone', note: 'the signed token is the credential' },
  {
    door: action('lib/notifications/actions.ts', 'confirmUnsubscribeAction'),
    allow: 'anyone',
    note: 'the signed token is the credential; it unsubscribes only its own address',
  },
  { door: route('api/unsubscribe/[token]/route.ts', 'POST'), allow: 'anyone', note: 'RFC 8058 one-click: the signed token is the proof' },
  { door: route('api/unsubscribe/[token]/route.ts', 'GET'), allow: 'anyone', note: 'only leads to the confirmation page' },
  {
    door: page('dev/mailbox/page.tsx'),
    allow: 'anyone',
    note: 'a 404 except on a development or test server (MAILBOX_DIR set) for a browser on the same machine',
  },

  // ── Anyone signed in, about themselves only ───────────────────────────────────────────────────
  { door: page('(portal)/dashboard/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/profile/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/profile/delete/page.tsx'), allow: SIGNED_IN },
  { door: action('lib/privacy/actions.ts', 'requestErasureAction'), allow: SIGNED_IN, note: 'for the caller’s own account' },
  {
    door: route('api/me/data-export/route.ts', 'POST'),
    allow: SIGNED_IN,
    note: 'the caller’s own data; the person comes from the session, never from the request',
  },
  { door: action('lib/people/actions.ts', 'saveProfileAction'), allow: SIGNED_IN },
  { door: action('lib/people/actions.ts', 'adoptTimeZoneAction'), allow: SIGNED_IN },
  { door: action('lib/drafts/actions.ts', 'saveDraftAction'), allow: SIGNED_IN, note: 'drafts are keyed by the signed-in person' },
  { door: action('lib/drafts/actions.ts', 'clearDraftAction'), allow: SIGNED_IN, note: 'drafts are keyed by the signed-in person' },
  { door: page('(portal)/evidence/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/evidence/new/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/evidence/import/page.tsx'), allow: SIGNED_IN },
  { door: action('lib/evidence/actions.ts', 'previewEvidenceCsvAction'), allow: SIGNED_IN },
  { door: action('lib/evidence/actions.ts', 'importEvidenceCsvAction'), allow: SIGNED_IN },
  { door: page('(portal)/nominations/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/nominations/new/page.tsx'), allow: SIGNED_IN, note: 'people who may not nominate are told why' },
  { door: page('(portal)/mct/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/mct/certifications/page.tsx'), allow: SIGNED_IN },
  { door: page('(portal)/mct/membership/page.tsx'), allow: SIGNED_IN, note: 'a non-member is told how to apply' },
  { door: action('lib/mct/actions.ts', 'addCertificationAction'), allow: SIGNED_IN },
  { door: action('lib/mct/actions.ts', 'acceptAgreementAction'), allow: SIGNED_IN },
  { door: action('lib/mct/actions.ts', 'applyAction'), allow: SIGNED_IN, note: 'the requirements decide, with a message' },
  { door: page('(portal)/agreements/page.tsx'), allow: SIGNED_IN, note: 'the caller’s own agreements to accept again' },
  {
    door: libAction('agreements/actions.ts', 'acceptAgreementsAction'),
    allow: SIGNED_IN,
    note: 'accepts only versions the caller is asked to accept; the person comes from the session',
  },

  // ── MVP: nominations, evidence, submissions, outcomes, awards ─────────────────────────────────
  { door: action('lib/nominations/actions.ts', 'nominateAction'), allow: NOMINATORS, note: 'active MVPs and Microsoft employees' },
  {
    door: action('lib/nominations/actions.ts', 'endorseAction'),
    allow: NOMINATORS,
    record: 'nomination',
    note: 'any person who may nominate may endorse an open nomination (offered by email to whoever nominates the same person)',
  },
  {
    door: page('(portal)/nominations/[id]/endorse/page.tsx'),
    allow: NOMINATORS,
    record: 'nomination',
    note: 'the emailed endorsement offer: its nominator and endorsers are sent on to the nomination; a 404 for anyone who may not endorse',
  },
  { door: action('lib/nominations/actions.ts', 'respondAction'), allow: ['owner'], record: 'nomination' },
  { door: action('lib/nominations/actions.ts', 'submitEvidenceAction'), allow: ['owner'], record: 'nomination' },
  {
    door: action('lib/nominations/actions.ts', 'withdrawAction'),
    allow: ['owner', 'nominator'],
    record: 'nomination',
    note: 'the nominee until review starts, the nominator before the nominee accepted',
  },
  { door: page('(portal)/nominations/[id]/page.tsx'), allow: ['owner', 'nominator', 'endorser', 'admin'], record: 'nomination' },
  { door: page('(portal)/nominations/[id]/submit/page.tsx'), allow: ['owner'], record: 'nomination' },
  {
    door: action('lib/evidence/actions.ts', 'saveEvidenceAction'),
    allow: ['owner'],
    record: 'evidenceItem',
    note: 'with an id: the owner edits it; without one anyone signed in adds to their own log',
  },
  { door: action('lib/evidence/actions.ts', 'deleteEvidenceAction'), allow: ['owner'], record: 'evidenceItem' },
  { door: page('(portal)/evidence/[id]/edit/page.tsx'), allow: ['owner'], record: 'evidenceItem' },
  {
    door: page('(portal)/outcomes/[submissionId]/page.tsx'),
    allow: ['owner'],
    record: 'submission',
    note: 'the candidate reads the released outcome; admins read it on /admin/decisions',
  },
  { door: page('(portal)/awards/[id]/page.tsx'), allow: ['owner'], record: 'award' },
  { door: libAction('certificates/actions.ts', 'issueCertificateAction'), allow: ['owner'], record: 'award' },
  { door: page('(portal)/awards/[id]/renew/page.tsx'), allow: ['owner'], record: 'award' },
  { door: action('lib/awards/actions.ts', 'acceptAwardAction'), allow: ['owner'], record: 'award' },
  { door: action('lib/awards/actions.ts', 'submitRenewalAction'), allow: ['owner'], record: 'award' },
  { door: libAction('awards/actions.ts', 'withdrawRenewalAction'), allow: ['owner'], record: 'award' },

  // ── MVP review: reviewers ─────────────────────────────────────────────────────────────────────
  { door: page('(portal)/reviews/page.tsx'), allow: REVIEWERS },
  {
    door: page('(portal)/reviews/[submissionId]/page.tsx'),
    allow: ['reviewerAssigned', 'admin'],
    record: 'submission',
    note: 'everyone else gets a 404',
  },
  { door: action('lib/reviews/actions.ts', 'saveReviewAction'), allow: ['reviewerAssigned'], record: 'reviewAssignment' },
  { door: action('lib/reviews/actions.ts', 'reopenReviewAction'), allow: ['reviewerAssigned'], record: 'reviewAssignment' },
  {
    door: action('lib/reviews/actions.ts', 'declareConflictAction'),
    allow: ['reviewerAssigned', 'reviewerUnassigned', 'reviewerConflicted'],
    note: 'any reviewer of the category, assigned or not (so the submission id is not theirs to own); declaring again changes nothing',
  },

  // ── MVP review: the reviewers' discussion of a submission (lib/discussions) ──────────────────────
  {
    door: libAction('discussions/actions.ts', 'postDiscussionCommentAction'),
    allow: ['reviewerAssigned', 'admin'],
    record: 'submission',
    note: 'an assigned reviewer once their own review is submitted (before: refused with when it opens); never the candidate, nominator, endorsers or a conflicted reviewer',
  },
  {
    door: libAction('discussions/actions.ts', 'editDiscussionCommentAction'),
    allow: ['reviewerAssigned'],
    record: 'discussionComment',
    note: 'its author only, for 15 minutes; the world’s comment A is by the assigned reviewer',
  },
  { door: libAction('discussions/actions.ts', 'hideDiscussionCommentAction'), allow: ADMIN, record: 'discussionComment' },
  {
    door: libAction('discussions/actions.ts', 'markDiscussionReadAction'),
    allow: ['reviewerAssigned', 'admin'],
    record: 'submission',
    note: 'moves the caller’s own read marker; only for people who can read the thread',
  },

  // ── MCT: the candidate's own application, certifications, membership ──────────────────────────
  { door: page('(portal)/mct/applications/[id]/page.tsx'), allow: ['owner'], record: 'mctApplication' },
  { door: action('lib/mct/actions.ts', 'submitProviderApplicationAction'), allow: ['owner'], record: 'mctApplication' },
  { door: action('lib/mct/actions.ts', 'withdrawApplicationAction'), allow: ['owner'], record: 'mctApplication' },
  { door: action('lib/mct/actions.ts', 'removeCertificationAction'), allow: ['owner'], record: 'heldCertification' },
  { door: libAction('certifications/actions.ts', 'updateHeldCertificationAction'), allow: ['owner'], record: 'heldCertification' },
  { door: action('lib/memberships/actions.ts', 'addDeliveryAction'), allow: MCT_MEMBERS, note: 'into their own log' },
  { door: action('lib/memberships/actions.ts', 'removeDeliveryAction'), allow: ['owner'], record: 'delivery' },
  {
    door: action('lib/memberships/actions.ts', 'submitRenewalAction'),
    allow: MCT_MEMBERS,
    note: 'always renews the caller’s own current year; the term id only tells a stale page (someone else’s id is refused as stale)',
  },
  { door: action('lib/memberships/actions.ts', 'switchToAlumniAction'), allow: MCT_MEMBERS, note: 'their own membership' },
  { door: action('lib/memberships/actions.ts', 'requestLoungeAction'), allow: MCT_MEMBERS, note: 'members and alumni only' },
  { door: route('api/memberships/deliveries/route.ts', 'POST'), allow: MCT_MEMBERS, note: 'into their own log' },

  // ── ISC providers: their staff (admins may act for any provider) ──────────────────────────────
  {
    door: page('(portal)/provider/page.tsx'),
    allow: ['providerStaff', 'otherProviderStaff', 'admin'],
    note: 'each sees only their own providers',
  },
  {
    door: action('lib/providers/actions.ts', 'confirmCompletionAction'),
    allow: ['providerStaff', 'admin'],
    record: 'iscProvider',
  },
  {
    door: action('lib/providers/actions.ts', 'findCandidateCompletionsAction'),
    allow: ['providerStaff', 'admin'],
    record: 'iscProvider',
  },
  {
    door: action('lib/providers/actions.ts', 'startApplicationAction'),
    allow: ['providerStaff', 'admin'],
    record: 'iscProvider',
  },
  {
    door: libAction('completions/actions.ts', 'correctCompletionAction'),
    allow: ['providerStaff', 'admin'],
    record: 'iscCompletion',
    note: 'only while no application relies on the completion',
  },
  { door: libAction('completions/actions.ts', 'withdrawCompletionAction'), allow: ['providerStaff', 'admin'], record: 'iscCompletion' },
  {
    door: libAction('completions/actions.ts', 'cancelProviderApplicationAction'),
    allow: ['providerStaff', 'admin'],
    record: 'mctApplication',
    note: 'only before the candidate accepted it',
  },
  {
    door: route('api/providers/[providerId]/completions/route.ts', 'POST'),
    allow: ['providerStaff', 'admin'],
    record: 'iscProvider',
  },

  // ── The API (/api/v1): bearer tokens, not sessions; a token acts for its creator within its scopes ─
  { door: route('api/v1/openapi.json/route.ts', 'GET'), allow: 'anyone', note: 'the API’s description, no data' },
  { door: page('(public)/developers/page.tsx'), allow: 'anyone', note: 'the API described for people, no data' },
  {
    door: page('(portal)/provider/api-tokens/page.tsx'),
    allow: ['providerStaff', 'otherProviderStaff', 'admin'],
    note: 'each sees the tokens of their own providers only',
  },
  { door: libAction('api-tokens/actions.ts', 'createProviderTokenAction'), allow: ['providerStaff', 'admin'], record: 'iscProvider' },
  {
    door: libAction('api-tokens/actions.ts', 'revokeApiTokenAction'),
    allow: ['providerStaff', 'admin'],
    record: 'apiToken',
    note: 'staff of the token’s provider; admins may revoke any token',
  },
  {
    door: route('api/v1/providers/[providerId]/completions/route.ts', 'POST'),
    allow: ['providerStaff'],
    record: 'iscProvider',
    note: 'a token of that provider with completions:write; an admin’s export token is refused (403)',
  },
  {
    door: route('api/v1/providers/[providerId]/completions/route.ts', 'GET'),
    allow: ['providerStaff'],
    record: 'iscProvider',
    note: 'a token of that provider with completions:read',
  },
  {
    door: route('api/v1/providers/[providerId]/applications/route.ts', 'GET'),
    allow: ['providerStaff'],
    record: 'iscProvider',
    note: 'a token of that provider with applications:read',
  },
  { door: route('api/v1/exports/[dataset]/route.ts', 'GET'), allow: ADMIN, note: 'an admin’s read-only token (exports:read)' },
  { door: page('(admin)/admin/api-tokens/page.tsx'), allow: ADMIN },
  { door: libAction('api-tokens/actions.ts', 'createExportTokenAction'), allow: ADMIN },

  // ── Program administration: admins only ───────────────────────────────────────────────────────
  { door: page('(admin)/admin/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/audit/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/people/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/people/[id]/page.tsx'), allow: ADMIN },
  { door: action('lib/people/actions.ts', 'changeRoleAction'), allow: ADMIN },
  { door: action('lib/people/actions.ts', 'setReviewerCategoriesAction'), allow: ADMIN },
  { door: action('lib/people/actions.ts', 'previewMergeAction'), allow: ADMIN, note: 'shows what would move; changes nothing' },
  { door: action('lib/people/actions.ts', 'mergeAccountsAction'), allow: ADMIN, note: 'never the admin’s own account away' },
  { door: page('(admin)/admin/cycles/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/cycles/new/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/cycles/[id]/page.tsx'), allow: ADMIN },
  { door: libAction('cycles/actions.ts', 'saveCycleAction'), allow: ADMIN },
  { door: libAction('cycles/actions.ts', 'moveCycleAction'), allow: ADMIN },
  { door: libAction('cycles/actions.ts', 'copyCycleAction'), allow: ADMIN },
  { door: page('(admin)/admin/categories/page.tsx'), allow: ADMIN },
  { door: libAction('categories/actions.ts', 'saveCategoryAction'), allow: ADMIN },
  { door: libAction('categories/actions.ts', 'saveFocusAreaAction'), allow: ADMIN },
  { door: libAction('categories/actions.ts', 'reorderCatalogueAction'), allow: ADMIN },
  { door: libAction('categories/actions.ts', 'retireCatalogueEntryAction'), allow: ADMIN },
  { door: page('(admin)/admin/agreements/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/agreements/[id]/page.tsx'), allow: ADMIN },
  { door: libAction('agreements/actions.ts', 'saveAgreementAction'), allow: ADMIN },
  { door: page('(admin)/admin/cycles/[id]/criteria/page.tsx'), allow: ADMIN },
  { door: action('lib/reviews/actions.ts', 'saveCriteriaAction'), allow: ADMIN },
  { door: page('(admin)/admin/reviews/page.tsx'), allow: ADMIN },
  { door: action('lib/reviews/actions.ts', 'assignReviewersAction'), allow: ADMIN },
  { door: action('lib/reviews/actions.ts', 'autoAssignAction'), allow: ADMIN },
  { door: action('lib/reviews/actions.ts', 'removeAssignmentAction'), allow: ADMIN },
  { door: action('lib/reviews/actions.ts', 'sendRemindersAction'), allow: ADMIN },
  { door: page('(admin)/admin/decisions/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/decisions/[submissionId]/page.tsx'), allow: ADMIN },
  { door: action('lib/decisions/actions.ts', 'closeReviewAction'), allow: ADMIN },
  { door: action('lib/decisions/actions.ts', 'decideAction'), allow: ADMIN },
  { door: action('lib/decisions/actions.ts', 'releaseDecisionsAction'), allow: ADMIN },
  { door: route('api/exports/decisions/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/mct/applications/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/mct/applications/[id]/page.tsx'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'decideApplicationAction'), allow: ADMIN },
  { door: page('(admin)/admin/mct/enrollment/page.tsx'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'saveEnrollmentSettingsAction'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'addPauseAction'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'updatePauseAction'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'removePauseAction'), allow: ADMIN },
  { door: page('(admin)/admin/mct/certifications/page.tsx'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'saveCertificationAction'), allow: ADMIN },
  { door: action('lib/mct/actions.ts', 'removeCertificationFromCatalogueAction'), allow: ADMIN },
  { door: page('(admin)/admin/mct/providers/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/mct/providers/[id]/page.tsx'), allow: ADMIN },
  { door: action('lib/providers/actions.ts', 'saveProviderAction'), allow: ADMIN },
  { door: action('lib/providers/actions.ts', 'addProviderStaffAction'), allow: ADMIN },
  { door: action('lib/providers/actions.ts', 'removeProviderStaffAction'), allow: ADMIN },
  { door: page('(admin)/admin/nominations/page.tsx'), allow: ADMIN },
  { door: route('api/exports/nominations/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/reviews/all/page.tsx'), allow: ADMIN },
  { door: route('api/exports/reviews/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/awards/page.tsx'), allow: ADMIN },
  { door: route('api/exports/awards/route.ts', 'GET'), allow: ADMIN },
  { door: route('api/exports/mct-applications/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/mct/members/page.tsx'), allow: ADMIN },
  { door: route('api/exports/members/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/mct/deliveries/page.tsx'), allow: ADMIN },
  { door: route('api/exports/deliveries/route.ts', 'GET'), allow: ADMIN },
  { door: page('(admin)/admin/notifications/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/notifications/[id]/page.tsx'), allow: ADMIN },
  { door: page('(admin)/admin/notifications/templates/page.tsx'), allow: ADMIN },
  { door: action('lib/admin/actions.ts', 'resendNotificationAction'), allow: ADMIN },
  { door: action('lib/admin/actions.ts', 'refreshDashboardAction'), allow: ADMIN },
  { door: page('(admin)/admin/privacy/page.tsx'), allow: ADMIN },
  { door: action('lib/privacy/actions.ts', 'confirmErasureAction'), allow: ADMIN, note: 'never for the admin’s own account' },
  { door: action('lib/privacy/actions.ts', 'rejectErasureAction'), allow: ADMIN },
  { door: page('(admin)/admin/mct/renewals/page.tsx'), allow: ADMIN },
  { door: action('lib/memberships/actions.ts', 'decideRenewalAction'), allow: ADMIN },
];

/** Whether the policy lets this kind of caller through the door. */
export function isAllowed(policy: DoorPolicy, caller: CallerKind): boolean {
  return policy.allow === 'anyone' || policy.allow.includes(caller);
}

/** Who owns another record of the same kind as the door's, in the matrix's world: the caller of the
 * id-swap test, refused with record A's id and let in with their own (record B's). Null for doors
 * that take no id, or whose id is not something a caller owns. */
export function idSwapperFor(policy: DoorPolicy): CallerKind | null {
  if (!policy.record || policy.allow === 'anyone') return null;
  if (policy.allow.includes('owner')) return 'otherCandidate';
  if (policy.allow.includes('reviewerAssigned')) return 'reviewerUnassigned';
  if (policy.allow.includes('providerStaff')) return 'otherProviderStaff';
  return null;
}
