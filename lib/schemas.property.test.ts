// Property tests of every zod schema the forms and actions parse with (lib/*/schema.ts,
// lib/*/*-schema.ts): whatever a crafted request sends, safeParse never throws; whatever it accepts
// keeps the documented rules (trimmed text within its lengths, real dates in range, http(s) addresses,
// known enum values, finite numbers within bounds); and generated valid input is accepted, so no
// schema passes these by refusing everything. A schema exported without a spec here fails the
// completeness test at the bottom.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { anyValue, email, httpUrl, mutateOne, mutateSome, text, trickyString, uuid } from '@/tests/support/arbitraries';
import {
  anyDay,
  checkCompletion,
  checkDelivery,
  checkEvidence,
  completionValid,
  deliveryValid,
  emptyOr,
  evidenceValid,
  intWithin,
  isEmail,
  isHttp,
  isUuid,
  orderedDays,
  type Out,
  realDay,
  today,
  trimmed,
  trimmedOrNull,
} from '@/tests/support/invariants';
import { createExportTokenSchema, createProviderTokenSchema, revokeTokenSchema } from './api-tokens/schema';
import { PROVIDER_SCOPES, TOKEN_LIFETIMES } from './api-tokens/scopes';
import { refreshDashboardSchema } from './admin/schema';
import { auditFilterSchema } from './audit/schema';
import { emailField, emailSignInSchema, passwordSignInSchema, signUpSchema } from './auth/schema';
import { acceptAwardSchema, startRenewalSchema, withdrawRenewalSchema } from './awards/schema';
import { CERTIFICATE_KINDS, issueCertificateSchema } from './certificates/schema';
import { acceptAgreementsSchema, AGREEMENT_KINDS, agreementSchema } from './agreements/schema';
import { CATALOGUE_KINDS, categorySchema, focusAreaSchema, reorderSchema, retireSchema } from './categories/schema';
import { updateHeldCertificationSchema } from './certifications/schema';
import { cancelProviderApplicationSchema, correctCompletionSchema, withdrawCompletionSchema } from './completions/schema';
import { CYCLE_DATES } from './cycles/rules';
import { copyCycleSchema, CYCLE_MOVES, cycleSchema, moveCycleSchema } from './cycles/schema';
import { calendarDate, optionalCalendarDate } from './date-fields';
import { todayIn } from './dates';
import { editCommentSchema, hideCommentSchema, markReadSchema, postCommentSchema } from './discussions/schema';
import {
  closeReviewSchema,
  decideSchema,
  DECISION_FILTERS,
  DECISION_SORTS,
  decisionViewSchema,
  releaseDecisionsSchema,
} from './decisions/schema';
import { clearDraftSchema, DRAFT_MAX_CHARS, formKeySchema, saveDraftSchema } from './drafts/schema';
import {
  CSV_MAX_BYTES,
  deleteEvidenceItemSchema,
  EARLIEST_TIME_ZONE,
  evidenceImportSchema,
  evidenceItemSchema,
  evidenceItemSchemaFor,
  evidencePreviewSchema,
} from './evidence/schema';
import {
  acceptAgreementSchema,
  addCertificationSchema,
  addPauseSchema,
  applySchema,
  CERTIFICATION_LEVELS,
  certificationSchema,
  decideApplicationSchema,
  enrollmentSettingsSchema,
  removeCatalogueEntrySchema,
  removeCertificationSchema,
  removePauseSchema,
  submitProviderApplicationSchema,
  updatePauseSchema,
  withdrawApplicationSchema,
} from './mct/schema';
import {
  decideRenewalSchema,
  deliverySchema,
  removeDeliverySchema,
  requestLoungeSchema,
  submitRenewalSchema,
  switchToAlumniSchema,
} from './memberships/schema';
import {
  endorsementSchema,
  nominationSchema,
  respondSchema,
  STATEMENT_MAX,
  STATEMENT_MIN,
  submitEvidenceSchema,
  withdrawSchema,
} from './nominations/schema';
import { ADMIN_MANAGED_ROLES, changeRoleSchema, searchPeopleSchema, setReviewerCategoriesSchema } from './people/admin-schema';
import { mergeAccountsSchema, previewMergeSchema } from './people/merge-schema';
import { adoptTimeZoneSchema, profileSchema } from './people/schema';
import { chooseLanguageSchema } from './i18n/schema';
import { notificationFilterSchema, resendNotificationSchema } from './notifications/schema';
import { DELIVERY_STATES } from './notifications/status';
import { confirmErasureSchema, rejectErasureSchema, requestErasureSchema } from './privacy/schema';
import {
  addStaffSchema,
  candidateEmailField,
  completionRowSchema,
  confirmCompletionSchema,
  findCandidateCompletionsSchema,
  providerSchema,
  removeStaffSchema,
  startApplicationSchema,
} from './providers/schema';
import {
  assignReviewersSchema,
  autoAssignSchema,
  criteriaSchema,
  declareConflictSchema,
  removeAssignmentSchema,
  reopenReviewSchema,
  reviewInputSchema,
  reviewSchemaFor,
  sendRemindersSchema,
  type Rubric,
} from './reviews/schema';

const version = fc.integer({ min: 0, max: 1_000_000 });
const nonNegativeVersion = (v: unknown) => intWithin(v, 0, Number.MAX_SAFE_INTEGER);

// ─── The specs ───

type Spec = {
  /** "<module>/<export>" as the completeness test names it. */
  name: string;
  schema: z.ZodType;
  valid: fc.Arbitrary<unknown>;
  check: (out: Out) => void;
};

const RELATIONSHIPS = ['COLLEAGUE', 'COMMUNITY_PEER', 'EVENT_ORGANISER', 'MENTOR', 'MICROSOFT_CONTACT', 'OTHER'] as const;

const nominationValid = fc
  .record({
    nomineeName: text(2, 200),
    nomineeEmail: email,
    categoryId: uuid,
    focusAreaId: emptyOr(uuid),
    statement: text(STATEMENT_MIN, STATEMENT_MAX),
    relationship: fc.constantFrom(...RELATIONSHIPS),
    relationshipDetail: emptyOr(text(1, 300)),
  })
  .map((v) => (v.relationship === 'OTHER' && v.relationshipDetail === '' ? { ...v, relationshipDetail: 'Same meetup' } : v));

const rubricArb: fc.Arbitrary<Rubric> = fc
  .tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 10 }), fc.uniqueArray(uuid, { minLength: 1, maxLength: 5 }))
  .map(([scoreMin, span, ids]) => ({
    scoreMin,
    scoreMax: scoreMin + span,
    criteria: ids.map((id, i) => ({ id, label: `Criterion ${i}` })),
  }));

const reviewValidFor = (rubric: Rubric) =>
  fc.record({
    assignmentId: uuid,
    version,
    intent: fc.constantFrom('draft' as const, 'submit' as const),
    scores: fc
      .tuple(...rubric.criteria.map(() => fc.integer({ min: rubric.scoreMin, max: rubric.scoreMax })))
      .map((scores) => Object.fromEntries(rubric.criteria.map((c, i) => [c.id, String(scores[i])]))),
    confidence: fc.constantFrom('1', '2', '3', '4'),
    committeeComment: text(10, 5000),
    candidateFeedback: text(10, 5000),
  });

const checkReviewInput = (o: Out) => {
  isUuid(o.assignmentId);
  nonNegativeVersion(o.version);
  expect(['draft', 'submit']).toContain(o.intent);
  for (const score of Object.values(o.scores as Record<string, unknown>)) if (score !== null) intWithin(score, -999, 999);
  if (o.confidence !== null) intWithin(o.confidence, 1, 4);
  trimmed(o.committeeComment, 0, 5000);
  trimmed(o.candidateFeedback, 0, 5000);
};

const pauseValid = fc.record({ days: orderedDays, reason: text(5, 1000) }).map(({ days, reason }) => ({
  startsOn: days[0],
  endsOn: days[1],
  reason,
}));
const checkPause = (o: Out) => {
  realDay(o.startsOn);
  realDay(o.endsOn);
  expect((o.endsOn as string) >= (o.startsOn as string)).toBe(true);
  trimmed(o.reason, 5, 1000);
};

const only = (shape: Record<string, fc.Arbitrary<unknown>>) => fc.record(shape);
const ids =
  (...keys: string[]) =>
  (o: Out) => {
    for (const key of keys) isUuid(o[key]);
  };
const noCheck = () => undefined;

const SPECS: Spec[] = [
  // API tokens
  {
    name: 'api-tokens/createProviderTokenSchema',
    schema: createProviderTokenSchema,
    valid: only({
      providerId: uuid,
      name: text(3, 100),
      scopes: fc.subarray([...PROVIDER_SCOPES], { minLength: 1 }),
      expiresInDays: fc.constantFrom(...TOKEN_LIFETIMES),
    }),
    check: (o) => {
      isUuid(o.providerId);
      trimmed(o.name, 3, 100);
      const scopes = o.scopes as string[];
      expect(scopes.length).toBeGreaterThan(0);
      for (const scope of scopes) expect(PROVIDER_SCOPES).toContain(scope);
      expect(TOKEN_LIFETIMES).toContain(o.expiresInDays);
    },
  },
  {
    name: 'api-tokens/createExportTokenSchema',
    schema: createExportTokenSchema,
    valid: only({ name: text(3, 100), expiresInDays: fc.constantFrom(...TOKEN_LIFETIMES) }),
    check: (o) => {
      trimmed(o.name, 3, 100);
      expect(TOKEN_LIFETIMES).toContain(o.expiresInDays);
    },
  },
  { name: 'api-tokens/revokeTokenSchema', schema: revokeTokenSchema, valid: only({ tokenId: uuid }), check: ids('tokenId') },
  // Certificates
  {
    name: 'certificates/issueCertificateSchema',
    schema: issueCertificateSchema,
    valid: only({ kind: fc.constantFrom(...CERTIFICATE_KINDS), recordId: uuid }),
    check: (o) => {
      isUuid(o.recordId);
      expect(CERTIFICATE_KINDS).toContain(o.kind);
    },
  },
  // Reviewers' discussions
  {
    name: 'discussions/postCommentSchema',
    schema: postCommentSchema,
    valid: only({ submissionId: uuid, body: text(1, 4000) }),
    check: (o) => {
      isUuid(o.submissionId);
      trimmed(o.body, 1, 4000);
    },
  },
  {
    name: 'discussions/editCommentSchema',
    schema: editCommentSchema,
    valid: only({ commentId: uuid, version: fc.nat(), body: text(1, 4000) }),
    check: (o) => {
      isUuid(o.commentId);
      expect(Number.isInteger(o.version) && (o.version as number) >= 0).toBe(true);
      trimmed(o.body, 1, 4000);
    },
  },
  {
    name: 'discussions/hideCommentSchema',
    schema: hideCommentSchema,
    valid: only({ commentId: uuid, reason: text(5, 500) }),
    check: (o) => {
      isUuid(o.commentId);
      trimmed(o.reason, 5, 500);
    },
  },
  {
    name: 'discussions/markReadSchema',
    schema: markReadSchema,
    valid: only({ submissionId: uuid, upToCommentId: uuid }),
    check: ids('submissionId', 'upToCommentId'),
  },
  // audit
  {
    name: 'audit/auditFilterSchema',
    schema: auditFilterSchema,
    valid: only({
      person: emptyOr(text(1, 320)),
      entityType: emptyOr(text(1, 60)),
      entityId: emptyOr(text(1, 80)),
      action: emptyOr(text(1, 80)),
      from: anyDay,
      to: anyDay,
      page: fc.integer({ min: 1, max: 10_000 }).map(String),
    }),
    check: (o) => {
      for (const [key, max] of [
        ['person', 320],
        ['entityType', 60],
        ['entityId', 80],
        ['action', 80],
      ] as const)
        if (o[key] !== undefined) trimmed(o[key], 1, max);
      for (const key of ['from', 'to']) if (o[key] !== undefined) realDay(o[key]);
      intWithin(o.page, 1, 10_000);
    },
  },
  // auth
  { name: 'auth/emailField', schema: emailField, valid: email, check: (o) => isEmail(o) },
  {
    name: 'auth/passwordSignInSchema',
    schema: passwordSignInSchema,
    valid: only({ email, password: fc.string({ minLength: 1, maxLength: 200 }), callbackUrl: fc.constantFrom('/dashboard', '/mct') }),
    check: (o) => {
      isEmail(o.email);
      expect((o.password as string).length).toBeGreaterThanOrEqual(1);
      expect((o.password as string).length).toBeLessThanOrEqual(200);
      if (o.callbackUrl !== undefined) expect((o.callbackUrl as string).length).toBeLessThanOrEqual(500);
    },
  },
  { name: 'auth/emailSignInSchema', schema: emailSignInSchema, valid: only({ email }), check: (o) => isEmail(o.email) },
  {
    name: 'auth/signUpSchema',
    schema: signUpSchema,
    valid: only({ name: text(2, 200), email }),
    check: (o) => {
      trimmed(o.name, 2, 200);
      isEmail(o.email);
    },
  },
  // awards
  {
    name: 'awards/acceptAwardSchema',
    schema: acceptAwardSchema,
    valid: only({
      awardId: uuid,
      codeOfConductId: uuid,
      ndaId: uuid,
      acceptCodeOfConduct: fc.constant(true),
      acceptNda: fc.constant(true),
    }),
    check: (o) => {
      ids('awardId', 'codeOfConductId', 'ndaId')(o);
      expect(o.acceptCodeOfConduct).toBe(true);
      expect(o.acceptNda).toBe(true);
    },
  },
  { name: 'awards/startRenewalSchema', schema: startRenewalSchema, valid: only({ awardId: uuid }), check: ids('awardId') },
  { name: 'awards/withdrawRenewalSchema', schema: withdrawRenewalSchema, valid: only({ awardId: uuid }), check: ids('awardId') },
  // agreements
  {
    name: 'agreements/agreementSchema',
    schema: agreementSchema,
    valid: only({
      id: fc.option(uuid, { nil: undefined }),
      revision: version,
      kind: fc.constantFrom(...AGREEMENT_KINDS),
      version: fc.stringMatching(/^[a-z0-9][a-z0-9.]{0,20}$/),
      title: text(3, 200),
      body: text(20, 2000),
      effectiveFrom: anyDay,
    }),
    check: (o) => {
      if (o.id !== undefined) isUuid(o.id);
      nonNegativeVersion(o.revision);
      expect(AGREEMENT_KINDS).toContain(o.kind);
      trimmed(o.version, 1, 40);
      trimmed(o.title, 3, 200);
      trimmed(o.body, 20, 50_000);
      realDay(o.effectiveFrom);
    },
  },
  {
    name: 'agreements/acceptAgreementsSchema',
    schema: acceptAgreementsSchema,
    valid: only({ agreementIds: fc.array(uuid, { minLength: 1, maxLength: 10 }), accept: fc.constant(true) }),
    check: (o) => {
      for (const id of o.agreementIds as string[]) isUuid(id);
      expect(o.accept).toBe(true);
    },
  },
  // categories
  {
    name: 'categories/categorySchema',
    schema: categorySchema,
    valid: only({ id: fc.option(uuid, { nil: undefined }), version, name: text(2, 120), description: text(0, 2000) }),
    check: (o) => {
      if (o.id !== undefined) isUuid(o.id);
      nonNegativeVersion(o.version);
      trimmed(o.name, 2, 120);
      trimmed(o.description, 0, 2000);
    },
  },
  {
    name: 'categories/focusAreaSchema',
    schema: focusAreaSchema,
    valid: only({ categoryId: uuid, id: fc.option(uuid, { nil: undefined }), version, name: text(2, 120) }),
    check: (o) => {
      isUuid(o.categoryId);
      if (o.id !== undefined) isUuid(o.id);
      trimmed(o.name, 2, 120);
    },
  },
  {
    name: 'categories/reorderSchema',
    schema: reorderSchema,
    valid: only({ kind: fc.constantFrom(...CATALOGUE_KINDS), id: uuid, version, direction: fc.constantFrom('up', 'down') }),
    check: (o) => {
      isUuid(o.id);
      expect(CATALOGUE_KINDS).toContain(o.kind);
      expect(['up', 'down']).toContain(o.direction);
    },
  },
  {
    name: 'categories/retireSchema',
    schema: retireSchema,
    valid: only({ kind: fc.constantFrom(...CATALOGUE_KINDS), id: uuid, version, retired: fc.boolean() }),
    check: (o) => {
      isUuid(o.id);
      expect(typeof o.retired).toBe('boolean');
    },
  },
  // certifications
  {
    name: 'certifications/updateHeldCertificationSchema',
    schema: updateHeldCertificationSchema,
    valid: fc.record({ id: uuid, days: orderedDays, noExpiry: fc.boolean() }).map(({ id, days, noExpiry }) => ({
      id,
      earnedOn: days[0],
      expiresOn: noExpiry ? '' : days[1],
    })),
    check: (o) => {
      isUuid(o.id);
      realDay(o.earnedOn);
      if (o.expiresOn !== null) expect((o.expiresOn as string) >= (o.earnedOn as string)).toBe(true);
    },
  },
  // completions
  {
    name: 'completions/correctCompletionSchema',
    schema: correctCompletionSchema,
    valid: fc.tuple(completionValid, uuid, version).map(([c, completionId, v]) => ({ ...c, completionId, version: v })),
    check: (o) => {
      isUuid(o.completionId);
      checkCompletion(o);
    },
  },
  {
    name: 'completions/withdrawCompletionSchema',
    schema: withdrawCompletionSchema,
    valid: only({ completionId: uuid, version, reason: text(5, 500) }),
    check: (o) => {
      isUuid(o.completionId);
      trimmed(o.reason, 5, 500);
    },
  },
  {
    name: 'completions/cancelProviderApplicationSchema',
    schema: cancelProviderApplicationSchema,
    valid: only({ applicationId: uuid, version }),
    check: ids('applicationId'),
  },
  // cycles
  {
    name: 'cycles/cycleSchema',
    schema: cycleSchema,
    valid: fc
      .record({
        id: fc.option(uuid, { nil: undefined }),
        version,
        name: text(3, 120),
        days: fc.array(anyDay, { minLength: 8, maxLength: 8 }),
        categoryIds: fc.array(uuid, { minLength: 1, maxLength: 5 }),
        reviewers: fc.integer({ min: 1, max: 10 }),
        low: fc.integer({ min: 0, max: 10 }),
        span: fc.integer({ min: 1, max: 90 }),
        changeNote: text(0, 1000),
      })
      .map(({ days, reviewers, low, span, ...v }) => ({
        ...v,
        ...Object.fromEntries(CYCLE_DATES.map((d, i) => [d.field, days[i]])),
        awardStartsOn: days[7],
        reviewersPerSubmission: String(reviewers),
        scoreMin: String(low),
        scoreMax: String(low + span),
      })),
    check: (o) => {
      if (o.id !== undefined) isUuid(o.id);
      trimmed(o.name, 3, 120);
      for (const d of CYCLE_DATES) realDay(o[d.field]);
      realDay(o.awardStartsOn);
      expect((o.categoryIds as string[]).length).toBeGreaterThan(0);
      for (const id of o.categoryIds as string[]) isUuid(id);
      expect(o.reviewersPerSubmission).toBeGreaterThanOrEqual(1);
      expect(o.reviewersPerSubmission).toBeLessThanOrEqual(10);
      expect(o.scoreMax as number).toBeGreaterThan(o.scoreMin as number);
      trimmed(o.changeNote, 0, 1000);
    },
  },
  {
    name: 'cycles/moveCycleSchema',
    schema: moveCycleSchema,
    valid: only({ cycleId: uuid, version, to: fc.constantFrom(...CYCLE_MOVES) }),
    check: (o) => {
      isUuid(o.cycleId);
      nonNegativeVersion(o.version);
      expect(CYCLE_MOVES).toContain(o.to);
    },
  },
  { name: 'cycles/copyCycleSchema', schema: copyCycleSchema, valid: only({ cycleId: uuid }), check: ids('cycleId') },
  // decisions
  {
    name: 'decisions/closeReviewSchema',
    schema: closeReviewSchema,
    valid: only({ cycleId: uuid, version }),
    check: (o) => {
      isUuid(o.cycleId);
      nonNegativeVersion(o.version);
    },
  },
  {
    name: 'decisions/decideSchema',
    schema: decideSchema,
    valid: only({
      submissionId: uuid,
      version: fc.option(version),
      outcome: fc.constantFrom('AWARD', 'NO_AWARD'),
      feedback: text(20, 5000),
    }),
    check: (o) => {
      isUuid(o.submissionId);
      if (o.version !== null) nonNegativeVersion(o.version);
      expect(['AWARD', 'NO_AWARD']).toContain(o.outcome);
      trimmed(o.feedback, 20, 5000);
    },
  },
  {
    name: 'decisions/releaseDecisionsSchema',
    schema: releaseDecisionsSchema,
    valid: only({ cycleId: uuid, submissionIds: fc.array(uuid, { minLength: 1, maxLength: 20 }), confirm: fc.constant(true) }),
    check: (o) => {
      isUuid(o.cycleId);
      const list = o.submissionIds as unknown[];
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(1000);
      list.forEach(isUuid);
      expect(o.confirm).toBe(true);
    },
  },
  {
    name: 'decisions/decisionViewSchema',
    schema: decisionViewSchema,
    valid: only({
      cycle: uuid,
      category: uuid,
      sort: fc.constantFrom(...DECISION_SORTS),
      dir: fc.constantFrom('asc', 'desc'),
      show: fc.constantFrom(...DECISION_FILTERS),
    }),
    check: (o) => {
      for (const key of ['cycle', 'category']) if (o[key] !== undefined) isUuid(o[key]);
      expect(DECISION_SORTS).toContain(o.sort);
      expect(['asc', 'desc']).toContain(o.dir);
      expect(DECISION_FILTERS).toContain(o.show);
    },
  },
  // drafts
  {
    name: 'drafts/formKeySchema',
    schema: formKeySchema,
    valid: fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9._:-]{0,60}$/),
    check: (o) => expect(o).toMatch(/^[a-z0-9][a-z0-9._:-]{0,199}$/i),
  },
  {
    name: 'drafts/saveDraftSchema',
    schema: saveDraftSchema,
    valid: only({
      formKey: fc.constantFrom('nomination.new', 'evidence.new', 'mct.delivery.new'),
      data: fc.dictionary(fc.string(), fc.jsonValue()),
    }),
    check: (o) => {
      expect(o.formKey).toMatch(/^[a-z0-9][a-z0-9._:-]{0,199}$/i);
      expect(JSON.stringify(o.data).length).toBeLessThanOrEqual(DRAFT_MAX_CHARS);
    },
  },
  {
    name: 'drafts/clearDraftSchema',
    schema: clearDraftSchema,
    valid: only({ formKey: fc.constantFrom('nomination.new', 'evidence.edit.x') }),
    check: (o) => expect(o.formKey).toMatch(/^[a-z0-9][a-z0-9._:-]{0,199}$/i),
  },
  // evidence
  {
    name: 'evidence/evidenceItemSchema',
    schema: evidenceItemSchema,
    valid: evidenceValid(today),
    check: checkEvidence(todayIn(EARLIEST_TIME_ZONE)),
  },
  { name: 'evidence/deleteEvidenceItemSchema', schema: deleteEvidenceItemSchema, valid: only({ id: uuid }), check: ids('id') },
  {
    name: 'evidence/evidenceImportSchema',
    schema: evidenceImportSchema,
    valid: only({ csv: fc.string({ minLength: 1, maxLength: 500 }), fileName: text(0, 255), mode: fc.constantFrom('all', 'valid-only') }),
    check: (o) => {
      expect((o.csv as string).length).toBeGreaterThanOrEqual(1);
      expect(new TextEncoder().encode(o.csv as string).length).toBeLessThanOrEqual(CSV_MAX_BYTES);
      trimmed(o.fileName, 0, 255);
      expect(['all', 'valid-only']).toContain(o.mode);
    },
  },
  {
    name: 'evidence/evidencePreviewSchema',
    schema: evidencePreviewSchema,
    valid: only({ csv: fc.string({ minLength: 1, maxLength: 500 }), fileName: text(0, 255) }),
    check: (o) => {
      expect(new TextEncoder().encode(o.csv as string).length).toBeLessThanOrEqual(CSV_MAX_BYTES);
      trimmed(o.fileName, 0, 255);
    },
  },
  // mct
  {
    name: 'dates/optionalCalendarDate',
    schema: optionalCalendarDate,
    valid: emptyOr(anyDay),
    check: (o) => {
      if ((o as unknown) !== null) realDay(o);
    },
  },
  {
    name: 'mct/addCertificationSchema',
    schema: addCertificationSchema,
    valid: fc
      .record({
        certificationId: uuid,
        credentialId: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._\-/]{2,40}$/),
        days: orderedDays,
        noExpiry: fc.boolean(),
      })
      .map(({ days, noExpiry, ...v }) => ({ ...v, earnedOn: days[0], expiresOn: noExpiry ? '' : days[1] })),
    check: (o) => {
      isUuid(o.certificationId);
      trimmed(o.credentialId, 3, 80);
      realDay(o.earnedOn);
      if (o.expiresOn !== null) {
        realDay(o.expiresOn);
        expect((o.expiresOn as string) >= (o.earnedOn as string)).toBe(true);
      }
    },
  },
  { name: 'mct/removeCertificationSchema', schema: removeCertificationSchema, valid: only({ id: uuid }), check: ids('id') },
  { name: 'mct/acceptAgreementSchema', schema: acceptAgreementSchema, valid: only({ agreementId: uuid }), check: ids('agreementId') },
  { name: 'mct/applySchema', schema: applySchema, valid: only({}), check: noCheck },
  {
    name: 'mct/submitProviderApplicationSchema',
    schema: submitProviderApplicationSchema,
    valid: only({ applicationId: uuid, agreementId: uuid, acceptAgreement: fc.constant(true) }),
    check: (o) => {
      ids('applicationId', 'agreementId')(o);
      expect(o.acceptAgreement).toBe(true);
    },
  },
  {
    name: 'mct/withdrawApplicationSchema',
    schema: withdrawApplicationSchema,
    valid: only({ applicationId: uuid }),
    check: ids('applicationId'),
  },
  {
    name: 'mct/enrollmentSettingsSchema',
    schema: enrollmentSettingsSchema,
    valid: fc.record({
      version,
      selfServiceEnabled: fc.boolean(),
      selfServiceOffReason: text(10, 1000),
      mctFeeWaived: fc.boolean(),
      mctFee: fc
        .tuple(fc.integer({ min: 1, max: 999_999 }), fc.option(fc.integer({ min: 0, max: 99 })))
        .map(([a, b]) => (b === null ? String(a) : `${a}.${String(b).padStart(2, '0')}`)),
      mctFeeCurrency: fc.constantFrom('USD', 'eur', ' GBP '),
      mctFeeWaiverNote: text(0, 500),
    }),
    check: (o) => {
      nonNegativeVersion(o.version);
      trimmed(o.selfServiceOffReason, 0, 1000);
      if (!o.selfServiceEnabled) expect((o.selfServiceOffReason as string).length).toBeGreaterThanOrEqual(10);
      intWithin(o.mctFeeCents, 0, 99_999_999);
      if (!o.mctFeeWaived) expect(o.mctFeeCents as number).toBeGreaterThan(0);
      expect(o.mctFeeCurrency).toMatch(/^[A-Z]{3}$/);
      trimmed(o.mctFeeWaiverNote, 0, 500);
    },
  },
  { name: 'mct/addPauseSchema', schema: addPauseSchema, valid: pauseValid, check: checkPause },
  {
    name: 'mct/updatePauseSchema',
    schema: updatePauseSchema,
    valid: fc.tuple(pauseValid, uuid, version).map(([p, id, v]) => ({ ...p, id, version: v })),
    check: (o) => {
      checkPause(o);
      isUuid(o.id);
      nonNegativeVersion(o.version);
    },
  },
  {
    name: 'mct/removePauseSchema',
    schema: removePauseSchema,
    valid: only({ id: uuid, version }),
    check: (o) => {
      isUuid(o.id);
      nonNegativeVersion(o.version);
    },
  },
  {
    name: 'mct/certificationSchema',
    schema: certificationSchema,
    valid: only({
      id: emptyOr(uuid),
      version,
      code: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{1,30}$/),
      name: text(3, 200),
      level: fc.constantFrom(...CERTIFICATION_LEVELS),
      isEligible: fc.boolean(),
      validityMonths: emptyOr(fc.integer({ min: 1, max: 120 }).map(String)),
      retiredOn: emptyOr(anyDay),
    }),
    check: (o) => {
      if (o.id !== null) isUuid(o.id);
      trimmed(o.code, 2, 40);
      expect(o.code).toMatch(/^[A-Z0-9][A-Z0-9-]*$/);
      trimmed(o.name, 3, 200);
      expect(CERTIFICATION_LEVELS).toContain(o.level);
      if (o.validityMonths !== null) intWithin(o.validityMonths, 1, 120);
      if (o.retiredOn !== null) realDay(o.retiredOn);
    },
  },
  { name: 'mct/removeCatalogueEntrySchema', schema: removeCatalogueEntrySchema, valid: only({ id: uuid }), check: ids('id') },
  {
    name: 'mct/decideApplicationSchema',
    schema: decideApplicationSchema,
    valid: only({ applicationId: uuid, version, decision: fc.constantFrom('APPROVE', 'REJECT'), reason: text(10, 2000) }),
    check: (o) => {
      isUuid(o.applicationId);
      nonNegativeVersion(o.version);
      expect(['APPROVE', 'REJECT']).toContain(o.decision);
      trimmed(o.reason, o.decision === 'REJECT' ? 10 : 0, 2000);
    },
  },
  // memberships
  { name: 'memberships/deliverySchema', schema: deliverySchema, valid: deliveryValid, check: checkDelivery },
  { name: 'memberships/removeDeliverySchema', schema: removeDeliverySchema, valid: only({ id: uuid }), check: ids('id') },
  { name: 'memberships/submitRenewalSchema', schema: submitRenewalSchema, valid: only({ termId: uuid }), check: ids('termId') },
  {
    name: 'memberships/decideRenewalSchema',
    schema: decideRenewalSchema,
    valid: fc.oneof(
      only({ renewalId: uuid, version, decision: fc.constant('APPROVE'), note: text(0, 2000) }),
      only({ renewalId: uuid, version, decision: fc.constant('ASK_FOR_MORE'), note: text(10, 2000) }),
      only({ renewalId: uuid, version, decision: fc.constant('REJECT'), note: text(10, 2000) }),
    ),
    check: (o) => {
      isUuid(o.renewalId);
      expect(Number.isInteger(o.version)).toBe(true);
      expect(['APPROVE', 'ASK_FOR_MORE', 'REJECT']).toContain(o.decision);
      if (o.note !== undefined) trimmed(o.note, o.decision === 'APPROVE' ? 0 : 10, 2000);
      if (o.decision !== 'APPROVE') expect(o.note).toBeDefined();
    },
  },
  {
    name: 'memberships/switchToAlumniSchema',
    schema: switchToAlumniSchema,
    valid: only({ version, confirm: fc.constant(true), alumniAgreementId: uuid, acceptAgreement: fc.constant(true) }),
    check: (o) => {
      expect(Number.isInteger(o.version)).toBe(true);
      expect(o.confirm).toBe(true);
      isUuid(o.alumniAgreementId);
      expect(o.acceptAgreement).toBe(true);
    },
  },
  { name: 'memberships/requestLoungeSchema', schema: requestLoungeSchema, valid: only({}), check: noCheck },
  // nominations
  {
    name: 'nominations/nominationSchema',
    schema: nominationSchema,
    valid: nominationValid,
    check: (o) => {
      trimmed(o.nomineeName, 2, 200);
      isEmail(o.nomineeEmail);
      isUuid(o.categoryId);
      if (o.focusAreaId !== null) isUuid(o.focusAreaId);
      trimmed(o.statement, STATEMENT_MIN, STATEMENT_MAX);
      expect(RELATIONSHIPS).toContain(o.relationship);
      trimmedOrNull(o.relationshipDetail, 300);
      if (o.relationship === 'OTHER') expect(o.relationshipDetail).not.toBeNull();
    },
  },
  {
    name: 'nominations/endorsementSchema',
    schema: endorsementSchema,
    valid: only({ nominationId: uuid, statement: text(STATEMENT_MIN, STATEMENT_MAX) }),
    check: (o) => {
      isUuid(o.nominationId);
      trimmed(o.statement, STATEMENT_MIN, STATEMENT_MAX);
    },
  },
  {
    name: 'nominations/respondSchema',
    schema: respondSchema,
    valid: only({ nominationId: uuid, response: fc.constantFrom('ACCEPT', 'DECLINE'), declineReason: text(0, 1000) }),
    check: (o) => {
      isUuid(o.nominationId);
      expect(['ACCEPT', 'DECLINE']).toContain(o.response);
      trimmedOrNull(o.declineReason, 1000);
    },
  },
  {
    name: 'nominations/submitEvidenceSchema',
    schema: submitEvidenceSchema,
    valid: only({ nominationId: uuid, itemIds: fc.array(uuid, { minLength: 1, maxLength: 50 }) }),
    check: (o) => {
      isUuid(o.nominationId);
      const list = o.itemIds as string[];
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(list.length).toBeLessThanOrEqual(500);
      expect(new Set(list).size).toBe(list.length);
      list.forEach((id) => trimmed(id, 36, 36));
    },
  },
  {
    name: 'nominations/withdrawSchema',
    schema: withdrawSchema,
    valid: only({ nominationId: uuid, reason: text(0, 1000) }),
    check: (o) => {
      isUuid(o.nominationId);
      trimmed(o.reason, 0, 1000);
    },
  },
  // notifications
  {
    name: 'notifications/notificationFilterSchema',
    schema: notificationFilterSchema,
    valid: only({
      status: fc.constantFrom(...DELIVERY_STATES),
      template: emptyOr(text(1, 80)),
      recipient: emptyOr(text(1, 320)),
      from: anyDay,
      to: anyDay,
      page: fc.integer({ min: 1, max: 10_000 }).map(String),
    }),
    check: (o) => {
      if (o.status !== undefined) expect(DELIVERY_STATES).toContain(o.status);
      if (o.template !== undefined) trimmed(o.template, 1, 80);
      if (o.recipient !== undefined) trimmed(o.recipient, 1, 320);
      for (const key of ['from', 'to']) if (o[key] !== undefined) realDay(o[key]);
      intWithin(o.page, 1, 10_000);
    },
  },
  {
    name: 'admin/refreshDashboardSchema',
    schema: refreshDashboardSchema,
    valid: only({
      cycle: fc.option(text(1, 64), { nil: undefined }),
      from: fc.option(anyDay, { nil: undefined }),
      to: fc.option(anyDay, { nil: undefined }),
    }),
    check: (o) => {
      if (o.cycle !== undefined) trimmed(o.cycle, 1, 64);
      for (const key of ['from', 'to']) if (o[key] !== undefined) realDay(o[key]);
    },
  },
  { name: 'notifications/resendNotificationSchema', schema: resendNotificationSchema, valid: only({ id: uuid }), check: ids('id') },
  // people
  {
    name: 'people/previewMergeSchema',
    schema: previewMergeSchema,
    valid: only({ targetId: uuid, sourceEmail: email }),
    check: (o) => {
      isUuid(o.targetId);
      isEmail(o.sourceEmail);
    },
  },
  {
    name: 'people/mergeAccountsSchema',
    schema: mergeAccountsSchema,
    valid: only({ targetId: uuid, sourceId: uuid }),
    check: ids('targetId', 'sourceId'),
  },
  // privacy
  {
    name: 'privacy/requestErasureSchema',
    schema: requestErasureSchema,
    valid: only({ reason: text(0, 2000), understood: fc.constant(true) }),
    check: (o) => {
      trimmed(o.reason, 0, 2000);
      expect(o.understood).toBe(true);
    },
  },
  {
    name: 'privacy/confirmErasureSchema',
    schema: confirmErasureSchema,
    valid: only({ requestId: uuid, confirmEmail: email }),
    check: (o) => {
      isUuid(o.requestId);
      trimmed(o.confirmEmail, 1, 320);
      expect(o.confirmEmail).toBe((o.confirmEmail as string).toLowerCase());
    },
  },
  {
    name: 'privacy/rejectErasureSchema',
    schema: rejectErasureSchema,
    valid: only({ requestId: uuid, reason: text(10, 2000) }),
    check: (o) => {
      isUuid(o.requestId);
      trimmed(o.reason, 10, 2000);
    },
  },
  // people
  {
    name: 'people/searchPeopleSchema',
    schema: searchPeopleSchema,
    valid: only({ q: text(0, 320), page: fc.integer({ min: 1, max: 10_000 }).map(String) }),
    check: (o) => {
      trimmed(o.q, 0, 320);
      intWithin(o.page, 1, 10_000);
    },
  },
  {
    name: 'people/changeRoleSchema',
    schema: changeRoleSchema,
    valid: only({ userId: uuid, role: fc.constantFrom(...ADMIN_MANAGED_ROLES), grant: fc.boolean() }),
    check: (o) => {
      isUuid(o.userId);
      expect(ADMIN_MANAGED_ROLES).toContain(o.role);
      expect(typeof o.grant).toBe('boolean');
    },
  },
  {
    name: 'people/setReviewerCategoriesSchema',
    schema: setReviewerCategoriesSchema,
    valid: only({ userId: uuid, categoryIds: fc.array(uuid, { maxLength: 10 }) }),
    check: (o) => {
      isUuid(o.userId);
      expect((o.categoryIds as unknown[]).length).toBeLessThanOrEqual(100);
      (o.categoryIds as unknown[]).forEach(isUuid);
    },
  },
  {
    name: 'people/profileSchema',
    schema: profileSchema,
    valid: only({
      name: text(2, 200),
      timeZone: fc.constantFrom('UTC', 'Europe/Paris', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'),
      notificationMode: fc.constantFrom('IMMEDIATE', 'DAILY_DIGEST', 'OFF'),
    }),
    check: (o) => {
      trimmed(o.name, 2, 200);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: o.timeZone as string })).not.toThrow();
      expect(['IMMEDIATE', 'DAILY_DIGEST', 'OFF']).toContain(o.notificationMode);
    },
  },
  {
    name: 'people/adoptTimeZoneSchema',
    schema: adoptTimeZoneSchema,
    valid: only({
      timeZone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'America/Argentina/Buenos_Aires'),
      firstVisit: fc.boolean(),
    }),
    check: (o) => {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: o.timeZone as string })).not.toThrow();
      expect(typeof o.firstVisit).toBe('boolean');
    },
  },
  // i18n
  {
    name: 'i18n/chooseLanguageSchema',
    schema: chooseLanguageSchema,
    valid: only({ locale: fc.constantFrom('en', 'es') }),
    check: (o) => expect(['en', 'es']).toContain(o.locale),
  },
  // providers
  { name: 'providers/candidateEmailField', schema: candidateEmailField, valid: email, check: (o) => isEmail(o) },
  { name: 'providers/completionRowSchema', schema: completionRowSchema, valid: completionValid, check: checkCompletion },
  {
    name: 'providers/confirmCompletionSchema',
    schema: confirmCompletionSchema,
    valid: fc.tuple(completionValid, uuid).map(([c, providerId]) => ({ ...c, providerId })),
    check: (o) => {
      checkCompletion(o);
      isUuid(o.providerId);
    },
  },
  {
    name: 'providers/findCandidateCompletionsSchema',
    schema: findCandidateCompletionsSchema,
    valid: only({ providerId: uuid, candidateEmail: email }),
    check: (o) => {
      isUuid(o.providerId);
      isEmail(o.candidateEmail);
    },
  },
  {
    name: 'providers/startApplicationSchema',
    schema: startApplicationSchema,
    valid: only({ providerId: uuid, candidateEmail: email, iscCompletionId: uuid }),
    check: (o) => {
      ids('providerId', 'iscCompletionId')(o);
      isEmail(o.candidateEmail);
    },
  },
  {
    name: 'providers/providerSchema',
    schema: providerSchema,
    valid: fc
      .record({
        id: emptyOr(uuid),
        version,
        name: text(3, 200),
        country: text(2, 100),
        contactEmail: email,
        website: emptyOr(httpUrl),
        days: orderedDays,
      })
      .map(({ days, ...v }) => ({ ...v, approvedFrom: days[0], approvedUntil: days[1] })),
    check: (o) => {
      if (o.id !== null) isUuid(o.id);
      trimmed(o.name, 3, 200);
      trimmed(o.country, 2, 100);
      isEmail(o.contactEmail);
      if (o.website !== null) isHttp(o.website);
      realDay(o.approvedFrom);
      realDay(o.approvedUntil);
      expect((o.approvedUntil as string) >= (o.approvedFrom as string)).toBe(true);
    },
  },
  {
    name: 'providers/addStaffSchema',
    schema: addStaffSchema,
    valid: only({ providerId: uuid, email }),
    check: (o) => {
      isUuid(o.providerId);
      isEmail(o.email);
    },
  },
  {
    name: 'providers/removeStaffSchema',
    schema: removeStaffSchema,
    valid: only({ providerId: uuid, userId: uuid }),
    check: ids('providerId', 'userId'),
  },
  // reviews
  {
    name: 'reviews/assignReviewersSchema',
    schema: assignReviewersSchema,
    valid: only({
      submissionIds: fc.array(uuid, { minLength: 1, maxLength: 10 }),
      reviewerIds: fc.array(uuid, { minLength: 1, maxLength: 5 }),
    }),
    check: (o) => {
      const submissions = o.submissionIds as unknown[];
      const reviewers = o.reviewerIds as unknown[];
      expect(submissions.length >= 1 && submissions.length <= 200).toBe(true);
      expect(reviewers.length >= 1 && reviewers.length <= 20).toBe(true);
      [...submissions, ...reviewers].forEach(isUuid);
    },
  },
  {
    name: 'reviews/autoAssignSchema',
    schema: autoAssignSchema,
    valid: only({ cycleId: uuid, categoryId: uuid }),
    check: ids('cycleId', 'categoryId'),
  },
  {
    name: 'reviews/removeAssignmentSchema',
    schema: removeAssignmentSchema,
    valid: only({ assignmentId: uuid, version }),
    check: (o) => {
      isUuid(o.assignmentId);
      nonNegativeVersion(o.version);
    },
  },
  {
    name: 'reviews/declareConflictSchema',
    schema: declareConflictSchema,
    valid: only({ submissionId: uuid, reason: text(5, 1000) }),
    check: (o) => {
      isUuid(o.submissionId);
      trimmed(o.reason, 5, 1000);
    },
  },
  {
    name: 'reviews/reviewInputSchema',
    schema: reviewInputSchema,
    valid: rubricArb.chain(reviewValidFor),
    check: checkReviewInput,
  },
  {
    name: 'reviews/reopenReviewSchema',
    schema: reopenReviewSchema,
    valid: only({ assignmentId: uuid, version }),
    check: (o) => {
      isUuid(o.assignmentId);
      nonNegativeVersion(o.version);
    },
  },
  {
    name: 'reviews/criteriaSchema',
    schema: criteriaSchema,
    valid: only({
      cycleId: uuid,
      version,
      criteria: fc.uniqueArray(
        fc.record({
          id: emptyOr(uuid),
          label: text(3, 120),
          description: text(0, 1000),
          weight: fc
            .tuple(fc.integer({ min: 1, max: 999 }), fc.option(fc.integer({ min: 0, max: 999 })))
            .map(([a, b]) => (b === null ? String(a) : `${a}.${b}`)),
        }),
        { minLength: 1, maxLength: 12, selector: (c) => c.label.trim().toLowerCase() },
      ),
    }),
    check: (o) => {
      isUuid(o.cycleId);
      nonNegativeVersion(o.version);
      const rows = o.criteria as Out[];
      expect(rows.length >= 1 && rows.length <= 12).toBe(true);
      expect(new Set(rows.map((r) => (r.label as string).toLowerCase())).size).toBe(rows.length);
      for (const r of rows) {
        if (r.id !== '') isUuid(r.id);
        trimmed(r.label, 3, 120);
        trimmed(r.description, 0, 1000);
        expect(Number.isFinite(r.weight)).toBe(true);
        expect(r.weight as number).toBeGreaterThan(0);
        expect(r.weight as number).toBeLessThan(1000);
      }
    },
  },
  { name: 'reviews/sendRemindersSchema', schema: sendRemindersSchema, valid: only({}), check: noCheck },
];

/** Schema factories, tested by their own properties below. */
const FACTORIES = ['evidence/evidenceItemSchemaFor', 'dates/calendarDate', 'reviews/reviewSchemaFor'];

const RUNS = { numRuns: 100 };

describe.each(SPECS)('$name', ({ schema, valid, check }) => {
  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = schema.safeParse(input);
        if (result.success) check(result.data as Out);
      }),
      RUNS,
    );
  });

  it('never throws when one field of a valid input is replaced, removed or joined by another; what it accepts keeps the rules', () => {
    const mutated = valid.chain((v) =>
      typeof v === 'object' && v !== null
        ? fc.oneof(mutateOne(fc.constant(v as Record<string, unknown>)), mutateSome(fc.constant(v as Record<string, unknown>)))
        : fc.oneof(fc.constant(v), trickyString),
    );
    fc.assert(
      fc.property(mutated, (input) => {
        const result = schema.safeParse(input);
        if (result.success) check(result.data as Out);
      }),
      RUNS,
    );
  });

  it('accepts valid input, and what it returns keeps the rules', () => {
    fc.assert(
      fc.property(valid, (input) => {
        const result = schema.safeParse(input);
        if (!result.success) throw new Error(`refused valid input: ${JSON.stringify(result.error.issues)}`);
        check(result.data as Out);
      }),
      RUNS,
    );
  });
});

describe('evidenceItemSchemaFor (any time zone)', () => {
  const zones = Intl.supportedValuesOf('timeZone');
  it('accepts no date after the candidate’s own today, and accepts their today', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), evidenceValid(today), anyValue, (zone, input, noise) => {
        const schema = evidenceItemSchemaFor(zone);
        const local = todayIn(zone);
        const result = schema.safeParse({ ...input, startDate: local, endDate: '' });
        expect(result.success).toBe(true);
        if (result.success) checkEvidence(local)(result.data as Out);
        const tomorrow = new Date(`${local}T00:00:00Z`);
        tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
        expect(schema.safeParse({ ...input, startDate: tomorrow.toISOString().slice(0, 10) }).success).toBe(false);
        const fuzzed = schema.safeParse({ ...input, startDate: noise });
        if (fuzzed.success) checkEvidence(local)(fuzzed.data as Out);
      }),
      { numRuns: 40 },
    );
  });
});

describe('calendarDate', () => {
  it('accepts exactly the real YYYY-MM-DD dates, trimmed', () => {
    const schema = calendarDate('Enter the date');
    fc.assert(
      fc.property(
        fc.oneof(
          anyDay.map((d) => ` ${d} `),
          trickyString,
          anyValue,
        ),
        (input) => {
          const result = schema.safeParse(input);
          if (result.success) realDay(result.data);
          if (typeof input === 'string' && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(input)) {
            const d = input.trim();
            const date = new Date(`${d}T00:00:00Z`);
            expect(result.success).toBe(!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reviewSchemaFor (any rubric)', () => {
  it('accepts a full review on the scale and never a score off it or for an unknown criterion', () => {
    fc.assert(
      fc.property(
        rubricArb.chain((rubric) => fc.tuple(fc.constant(rubric), reviewValidFor(rubric), fc.integer({ min: -999, max: 999 }), uuid)),
        ([rubric, input, score, stranger]) => {
          const schema = reviewSchemaFor(rubric);
          const result = schema.safeParse(input);
          expect(result.success).toBe(true);
          const first = rubric.criteria[0]!.id;
          const moved = schema.safeParse({ ...input, scores: { ...input.scores, [first]: String(score) } });
          expect(moved.success).toBe(score >= rubric.scoreMin && score <= rubric.scoreMax);
          expect(schema.safeParse({ ...input, scores: { ...input.scores, [stranger]: String(rubric.scoreMin) } }).success).toBe(false);
        },
      ),
      RUNS,
    );
  });

  it('never lets a submitted review through without every score, a confidence and both comments', () => {
    fc.assert(
      fc.property(
        rubricArb.chain((rubric) =>
          fc.tuple(fc.constant(rubric), mutateOne(reviewValidFor(rubric).map((v) => ({ ...v, intent: 'submit' })))),
        ),
        ([rubric, input]) => {
          const result = reviewSchemaFor(rubric).safeParse(input);
          if (!result.success) return;
          checkReviewInput(result.data as Out);
          if (result.data.intent !== 'submit') return;
          for (const c of rubric.criteria) {
            const score = result.data.scores[c.id];
            expect(score).not.toBeNull();
            intWithin(score, rubric.scoreMin, rubric.scoreMax);
          }
          expect(result.data.confidence).not.toBeNull();
          expect(result.data.committeeComment.length).toBeGreaterThanOrEqual(10);
          expect(result.data.candidateFeedback.length).toBeGreaterThanOrEqual(10);
        },
      ),
      RUNS,
    );
  });
});

describe('web addresses', () => {
  const addressLike = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTP://', 'https:', 'ftp://', 'javascript://'), fc.string({ maxLength: 30 }))
      .map(([a, b]) => a + b),
    trickyString,
  );
  const evidence = evidenceValid(today);
  const provider = SPECS.find((s) => s.name === 'providers/providerSchema')!;

  it('keeps only http(s) addresses with a host as evidence links', () => {
    fc.assert(
      fc.property(evidence, addressLike, (input, url) => {
        const result = evidenceItemSchema.safeParse({ ...input, url });
        if (result.success && result.data.url !== null) isHttp(result.data.url);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only http(s) addresses with a host, without spaces, as provider websites', () => {
    fc.assert(
      fc.property(provider.valid as fc.Arbitrary<Record<string, unknown>>, addressLike, (input, website) => {
        const result = providerSchema.safeParse({ ...input, website });
        if (result.success && result.data.website !== null) {
          isHttp(result.data.website);
          expect(result.data.website).not.toMatch(/\s/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('counterexamples these properties found', () => {
  const provider = {
    id: '',
    version: 0,
    name: 'Northwind Learning',
    country: 'United States',
    contactEmail: 'isc@northwind.test',
    approvedFrom: '2026-01-01',
    approvedUntil: '2026-12-31',
  };

  it('refuses a provider website that is not an address a browser can open', () => {
    for (const website of ['https://"><script>', 'http://[', 'http://%zz', 'http://a\u0000b']) {
      expect(providerSchema.safeParse({ ...provider, website }).success, website).toBe(false);
    }
    expect(providerSchema.safeParse({ ...provider, website: 'https://northwind.test/isc' }).success).toBe(true);
  });

  it('ignores an audit log filter date that does not exist instead of reading it as another day', () => {
    expect(auditFilterSchema.parse({ from: '2026-02-30', to: '2026-02-28' })).toMatchObject({ from: undefined, to: '2026-02-28' });
  });

  it('refuses a draft holding a BigInt instead of throwing (a crafted request can send one)', () => {
    const result = saveDraftSchema.safeParse({ formKey: 'mct.delivery.new', data: { '': 0n } });
    expect(result.success).toBe(false);
  });
});

describe('completeness', () => {
  it('has a property spec for every zod schema exported by lib/*/schema.ts, lib/*/*-schema.ts and lib/dates.ts', async () => {
    const lib = import.meta.dirname;
    const files = readdirSync(lib, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'generated')
      .flatMap((d) =>
        readdirSync(path.join(lib, d.name))
          .filter((f) => (f === 'schema.ts' || f.endsWith('-schema.ts')) && !f.includes('.test.'))
          .map((f) => ({ module: d.name, file: path.join(lib, d.name, f) })),
      )
      // The calendar date fields every date form shares.
      .concat({ module: 'dates', file: path.join(lib, 'dates.ts') });
    expect(files.length).toBeGreaterThan(10);
    const covered = new Set([...SPECS.map((s) => s.name), ...FACTORIES]);
    const missing: string[] = [];
    for (const { module, file } of files) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        const isSchema = value instanceof z.ZodType;
        const isFactory = typeof value === 'function' && /SchemaFor$/.test(name);
        if ((isSchema || isFactory) && !covered.has(`${module}/${name}`)) missing.push(`${module}/${name}`);
      }
    }
    expect(missing, 'add a spec to lib/schemas.property.test.ts for each').toEqual([]);
  });
});
