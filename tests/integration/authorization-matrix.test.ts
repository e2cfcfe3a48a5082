// The authorization matrix (tests/integration/access-policy.ts), proved door by door: every server action
// (each export of a 'use server' module, wherever it lives), route handler and page of app/ is found
// in the code, must have a row in the policy, and is called as every kind of caller against a fresh
// world of real records in PostgreSQL. Allowed callers get through (ok, or a refusal about the
// record's state); refused callers get "sign in", "no access" or "not found", see nobody's data, and
// change nothing in the database. Doors that take a record id are also called with the id swapped:
// a caller who owns another record of the same kind is refused on this one and let in on their own.
// Only the session lookup (Auth.js's auth()) and the request-only Next.js functions are replaced
// (tests/support/next-runtime.ts).
// AUTHZ_LOG=<file> appends every call's outcome (door | caller | outcome) to that file, to review the table.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ACCESS_POLICY, CALLER_KINDS, idSwapperFor, isAllowed, type CallerKind, type DoorPolicy } from './access-policy';
import { prisma } from '@/lib/db';
import { COMPLETIONS_CSV_TEMPLATE } from '@/lib/providers/completions-csv';
import { DELIVERIES_CSV_TEMPLATE } from '@/lib/memberships/deliveries-file';
import { evidenceCsvTemplate } from '@/lib/evidence/csv';
import { signUnsubscribeToken } from '@/lib/notifications/unsubscribe-token';
import { createExportToken, createProviderToken } from '@/lib/api-tokens/service';
import { createProviderTokenSchema } from '@/lib/api-tokens/schema';
import { PROVIDER_SCOPES } from '@/lib/api-tokens/scopes';
import { loadViewer } from '@/lib/auth/viewer';
import { createUser, day, unique, uniqueEmail } from '@/tests/support/factories';
import { createCertification, createIscProvider, holdCertification } from '@/tests/support/mct-factories';
import { controlFlowOf, signInAs } from '@/tests/support/next-runtime';
import { ROOT, serverModules } from '@/tests/support/source-tree';
import { createEvidence, createReviewCycle, createReviewer, createSubmittedNomination, flatScores } from '@/tests/support/review-factories';

vi.mock('@/lib/auth/config', async () => (await import('@/tests/support/next-runtime')).authConfigShim);
vi.mock('next-auth', async () => (await import('@/tests/support/next-runtime')).nextAuthShim);
vi.mock('next/cache', async () => (await import('@/tests/support/next-runtime')).nextCacheShim);
vi.mock('next/headers', async () => (await import('@/tests/support/next-runtime')).nextHeadersShim);

// The code of the last expected failure (AppError) a door turned into a result, so a refusal of
// access (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND) is told apart from one about the record's state.
const seen = vi.hoisted(() => ({ codes: [] as string[] }));
vi.mock('@/lib/errors', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/errors')>();
  return {
    ...real,
    isAppError: (e: unknown): e is InstanceType<typeof real.AppError> => {
      const is = real.isAppError(e);
      if (is) seen.codes.push(e.code);
      return is;
    },
  };
});

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

// ── The doors, from the code ──────────────────────────────────────────────────────────────────────

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'generated') filesUnder(p, out);
    } else if (name === 'page.tsx' || name === 'route.ts') out.push(path.relative(ROOT, p));
  }
  return out;
}

/** The server actions of lib/<domain>/actions.ts. */

type Door = { key: string; kind: 'action' | 'route' | 'page'; file: string; name: string };

/** Every door of the app: each exported function of a 'use server' module wherever it lives (lib/,
 * app/, components/: such a module exports only actions), each HTTP method a route.ts of app/
 * exports, each page.tsx. */
async function doorsInCode(): Promise<Door[]> {
  const doors: Door[] = [];
  const actionModules = new Set(serverModules());
  for (const file of [...filesUnder(path.join(ROOT, 'app')), ...actionModules].sort()) {
    if (path.basename(file) === 'page.tsx') {
      doors.push({ key: `page ${file}`, kind: 'page', file, name: 'default' });
      continue;
    }
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (actionModules.has(file)) doors.push({ key: `action ${file}#${name}`, kind: 'action', file, name });
      else if (HTTP_METHODS.includes(name)) doors.push({ key: `route ${file}#${name}`, kind: 'route', file, name });
    }
  }
  return doors;
}

// ── The world: one of each kind of caller and the records they relate to ─────────────────────────

type Person = { id: string; email: string; name: string };

/** One side of the world: the records a candidate owns, and the reviewer and ISC provider staff
 * who relate to them. The world has two (`a`, the records at the door, and `b`, the id swapper's). */
type Records = {
  ownerId: string;
  nominationId: string;
  submissionId: string;
  outcomeSubmissionId: string;
  assignmentId: string;
  evidenceId: string;
  awardId: string;
  applicationId: string;
  heldCertificationId: string;
  termId: string;
  deliveryId: string;
  providerId: string;
  completionId: string;
  /** A comment in the submission's discussion, by its assigned reviewer. */
  commentId: string;
  /** An API token of the provider (every provider scope), created by its staff member, and its secret. */
  apiTokenId: string;
  apiTokenSecret: string;
};

type World = {
  people: Record<Exclude<CallerKind, 'signedOut'>, Person>;
  a: Records;
  b: Records;
  cycleId: string;
  categoryId: string;
  criteria: { id: string; label: string; weight: { toString(): string } }[];
  codeOfConductId: string;
  ndaId: string;
  programAgreementId: string;
  catalogueCertificationId: string;
  pauseId: string;
  mctRenewalId: string;
  notificationId: string;
  erasureRequestId: string;
  /** The admin's read-only export token. */
  exportTokenSecret: string;
};

const person = (u: { id: string; email: string; name: string | null }): Person => ({ id: u.id, email: u.email, name: u.name ?? '' });

async function ensureAgreement(kind: 'MVP_CODE_OF_CONDUCT' | 'MVP_NDA' | 'MCT_PROGRAM') {
  // Dated long ago, so the test's own agreement is never the current one for other test files.
  const version = `authz-${kind}`;
  return prisma.agreement.upsert({
    where: { kind_version: { kind, version } },
    create: { kind, version, title: `${kind} (authorization test)`, body: 'Terms.', effectiveFrom: day('2000-01-01') },
    update: {},
  });
}

async function createSide(opts: {
  label: string;
  cycle: { id: string; reviewDueAt: Date };
  categoryId: string;
  nominatorId: string;
  endorserId: string;
  reviewerId: string;
  staffId: string;
  adminId: string;
}): Promise<Records> {
  const { candidate, nomination, submission } = await createSubmittedNomination({
    cycleId: opts.cycle.id,
    categoryId: opts.categoryId,
    nominatorId: opts.nominatorId,
    endorserIds: [opts.endorserId],
  });
  const ownerId = candidate.id;
  await prisma.user.update({ where: { id: ownerId }, data: { name: `Owner ${opts.label} ${unique('name')}` } });
  const assignment = await prisma.reviewAssignment.create({
    data: {
      submissionId: submission.id,
      reviewerId: opts.reviewerId,
      assignedById: opts.adminId,
      method: 'MANUAL',
      dueAt: opts.cycle.reviewDueAt,
    },
  });
  const comment = await prisma.discussionComment.create({
    data: { submissionId: submission.id, authorId: opts.reviewerId, body: 'What did you make of the talks?' },
  });
  // Assigned, so under review (as the first assignment does).
  await prisma.submission.update({ where: { id: submission.id }, data: { status: 'UNDER_REVIEW' } });
  await prisma.nomination.update({ where: { id: nomination.id }, data: { status: 'UNDER_REVIEW' } });
  // A decided and released earlier submission, with its award year (today falls inside it).
  const earlier = await prisma.nomination.create({
    data: {
      cycleId: opts.cycle.id,
      nominatorId: opts.nominatorId,
      nomineeId: ownerId,
      nomineeName: candidate.name!,
      nomineeEmail: candidate.email,
      categoryId: opts.categoryId,
      statement: 'Runs a monthly user group and writes in-depth articles that many people read.',
      relationship: 'COMMUNITY_PEER',
      status: 'DECIDED',
      inviteExpiresAt: new Date(Date.now() + 14 * 86_400_000),
    },
  });
  const outcome = await prisma.submission.create({
    data: {
      kind: 'NOMINATION',
      nominationId: earlier.id,
      candidateId: ownerId,
      cycleId: opts.cycle.id,
      categoryId: opts.categoryId,
      windowStart: day('2025-03-01'),
      windowEnd: day('2026-02-28'),
      status: 'DECIDED',
      decision: {
        create: {
          outcome: 'AWARD',
          feedback: 'Strong, consistent community impact.',
          decidedById: opts.adminId,
          releasedAt: new Date(),
          releasedById: opts.adminId,
        },
      },
    },
  });
  const award = await prisma.award.create({
    data: {
      userId: ownerId,
      categoryId: opts.categoryId,
      cycleId: opts.cycle.id,
      submissionId: outcome.id,
      startsOn: day('2026-07-01'),
      endsOn: day('2027-06-30'),
      acceptedAt: null,
    },
  });
  const [evidence] = await createEvidence(ownerId, ['2026-06-10']);

  // MCT: an ISC provider with its staff member, a completion, a provider-started application
  // waiting for the candidate, a held certification, a membership year with renewal open and a delivery.
  const provider = await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [opts.staffId] });
  const completion = await prisma.iscCompletion.create({
    data: {
      providerId: provider.id,
      candidateEmail: candidate.email,
      candidateName: `Owner ${opts.label}`,
      userId: ownerId,
      completedOn: day('2026-05-01'),
      certificateId: unique('ISC'),
      confirmedById: opts.staffId,
    },
  });
  const held = await holdCertification({ userId: ownerId, earnedOn: '2026-01-10', expiresOn: '2028-01-10' });
  const application = await prisma.mctApplication.create({
    data: {
      candidateId: ownerId,
      channel: 'PROVIDER',
      providerId: provider.id,
      initiatedById: opts.staffId,
      iscCompletionId: completion.id,
      status: 'AWAITING_CANDIDATE',
    },
  });
  const membership = await prisma.mctMembership.create({
    data: {
      userId: ownerId,
      status: 'ACTIVE',
      memberSince: day('2026-01-15'),
      terms: { create: [{ startsOn: day('2026-01-15'), endsOn: day('2027-01-14') }] },
    },
    include: { terms: true },
  });
  const term = membership.terms[0]!;
  const delivery = await prisma.trainingDelivery.create({
    data: {
      userId: ownerId,
      membershipId: membership.id,
      courseCode: 'AZ-104T00',
      courseTitle: 'Microsoft Azure Administrator',
      startDate: day('2026-03-02'),
      endDate: day('2026-03-05'),
      format: 'IN_PERSON',
      studentCount: 12,
      trainingPartner: 'Contoso Learning',
    },
  });
  const token = await createProviderToken(
    (await loadViewer(opts.staffId))!,
    createProviderTokenSchema.parse({
      providerId: provider.id,
      name: `Training system ${opts.label}`,
      scopes: [...PROVIDER_SCOPES],
      expiresInDays: '30',
    }),
  );
  return {
    ownerId,
    nominationId: nomination.id,
    submissionId: submission.id,
    outcomeSubmissionId: outcome.id,
    assignmentId: assignment.id,
    evidenceId: evidence!.id,
    awardId: award.id,
    applicationId: application.id,
    heldCertificationId: held.id,
    termId: term.id,
    deliveryId: delivery.id,
    providerId: provider.id,
    completionId: completion.id,
    commentId: comment.id,
    apiTokenId: token.id,
    apiTokenSecret: token.secret,
  };
}

async function buildWorld(): Promise<World> {
  const cycle = await createReviewCycle();
  const category = await prisma.awardCategory.create({ data: { slug: unique('authz'), name: `Category ${unique('authz')}` } });
  const admin = await createUser({ roles: ['ADMIN'], email: uniqueEmail('admin', 'programs.test'), name: unique('Admin') });
  const nominator = await createUser({
    roles: ['EMPLOYEE'],
    email: uniqueEmail('nominator', 'nominators.test'),
    name: unique('Nominator'),
  });
  const endorser = await createUser({ roles: ['EMPLOYEE'], email: uniqueEmail('endorser', 'endorsers.test'), name: unique('Endorser') });
  const candidate = await createUser({ name: unique('Stranger') });
  const reviewerAssigned = await createReviewer([category.id]);
  const reviewerUnassigned = await createReviewer([category.id]);
  const reviewerConflicted = await createReviewer([category.id]);
  const providerStaff = await createUser({ name: unique('Staff') });
  const otherProviderStaff = await createUser({ name: unique('OtherStaff') });

  const side = (label: string, reviewerId: string, staffId: string) =>
    createSide({
      label,
      cycle,
      categoryId: category.id,
      nominatorId: nominator.id,
      endorserId: endorser.id,
      reviewerId,
      staffId,
      adminId: admin.id,
    });
  const a = await side('A', reviewerAssigned.id, providerStaff.id);
  const b = await side('B', reviewerUnassigned.id, otherProviderStaff.id);
  await prisma.conflictDeclaration.create({
    data: { reviewerId: reviewerConflicted.id, submissionId: a.submissionId, reason: 'Same employer.' },
  });

  const users = await prisma.user.findMany({
    where: { id: { in: [a.ownerId, b.ownerId] } },
    select: { id: true, email: true, name: true },
  });
  const byId = new Map(users.map((u) => [u.id, person(u)]));
  const [coc, nda, program] = await Promise.all([
    ensureAgreement('MVP_CODE_OF_CONDUCT'),
    ensureAgreement('MVP_NDA'),
    ensureAgreement('MCT_PROGRAM'),
  ]);
  const catalogue = await createCertification();
  const pause = await prisma.enrollmentPause.create({
    data: { startsOn: day('2031-05-20'), endsOn: day('2031-10-01'), reason: 'Program year change-over.', createdById: admin.id },
  });
  const renewal = await prisma.mctRenewal.create({ data: { termId: a.termId, status: 'SUBMITTED', submittedAt: new Date() } });
  const erasure = await prisma.privacyRequest.create({ data: { userId: b.ownerId, kind: 'ERASURE', reason: 'Please erase my data.' } });
  // An email to the owner that could not be delivered (what an admin resends).
  const notification = await prisma.notification.create({
    data: {
      userId: a.ownerId,
      toEmail: byId.get(a.ownerId)!.email,
      template: 'nomination.invited',
      subject: 'You have been nominated',
      textBody: 'Hello.',
      htmlBody: '<p>Hello.</p>',
      urgency: 'IMMEDIATE',
      status: 'FAILED',
      attempts: 5,
      lastError: 'Mailbox unavailable',
    },
  });
  const exportToken = await createExportToken((await loadViewer(admin.id))!, { name: 'Reporting', expiresInDays: '30' });
  return {
    people: {
      candidate: person(candidate),
      owner: byId.get(a.ownerId)!,
      otherCandidate: byId.get(b.ownerId)!,
      nominator: person(nominator),
      endorser: person(endorser),
      reviewerAssigned: person(reviewerAssigned),
      reviewerUnassigned: person(reviewerUnassigned),
      reviewerConflicted: person(reviewerConflicted),
      providerStaff: person(providerStaff),
      otherProviderStaff: person(otherProviderStaff),
      admin: person(admin),
    },
    a,
    b,
    cycleId: cycle.id,
    categoryId: category.id,
    criteria: cycle.criteria,
    codeOfConductId: coc.id,
    ndaId: nda.id,
    programAgreementId: program.id,
    catalogueCertificationId: catalogue.id,
    pauseId: pause.id,
    mctRenewalId: renewal.id,
    notificationId: notification.id,
    erasureRequestId: erasure.id,
    exportTokenSecret: exportToken.secret,
  };
}

// ── How each door is called ───────────────────────────────────────────────────────────────────────

type Call = (
  | { action: (r: Records, w: World) => unknown }
  | { page: (r: Records, w: World) => { params?: Record<string, string>; searchParams?: Record<string, string> } }
  | {
      route: (
        r: Records,
        w: World,
        caller: CallerKind,
      ) => { url: string; init?: ConstructorParameters<typeof NextRequest>[1]; params?: Record<string, string> };
    }
) & {
  /** Puts records A and B in the state the door acts on, where the shared world's is not it. */
  prepare?: (w: World) => Promise<unknown>;
};

/** Nominations A and B back before review: invited, or accepted with their evidence not yet submitted. */
async function setNominationStatus(w: World, status: 'INVITED' | 'ACCEPTED') {
  const sides = [w.a, w.b];
  await prisma.nomination.updateMany({ where: { id: { in: sides.map((r) => r.nominationId) } }, data: { status } });
  // Assignments, conflicts and frozen items go with the submission.
  await prisma.submission.deleteMany({ where: { id: { in: sides.map((r) => r.submissionId) } } });
}

/** A certificate of record A's owner, checked by its code by anyone. */
const MATRIX_CERTIFICATE = 'MTRX-0000-0000-0001';
async function issueMatrixCertificate(w: World) {
  const certificate = {
    kind: 'MCT' as const,
    recordId: w.a.ownerId,
    userId: w.a.ownerId,
    holderName: 'Owner A',
    startsOn: new Date('2026-01-10'),
    endsOn: new Date('2027-01-09'),
  };
  await prisma.certificate.upsert({
    where: { code: MATRIX_CERTIFICATE },
    create: { code: MATRIX_CERTIFICATE, ...certificate },
    update: {},
  });
}

/** Reviews A and B submitted: their reviewers may then read and write in the discussion. */
async function submitReviews(w: World) {
  await prisma.reviewAssignment.updateMany({
    where: { id: { in: [w.a.assignmentId, w.b.assignmentId] } },
    data: { status: 'SUBMITTED', submittedAt: new Date() },
  });
}

const A = (file: string, name: string) => `action ${file}#${name}`;
const LA = (file: string, name: string) => `action lib/${file}#${name}`;
const L = LA;
const R = (file: string, method: string) => `route app/${file}#${method}`;
const P = (file: string) => `page app/${file}`;
const url = (p: string) => `http://localhost:3000${p}`;
const upload = (csv: string, fileName: string) => {
  const form = new FormData();
  form.set('intent', 'preview');
  form.set('file', new File([csv], fileName, { type: 'text/csv' }));
  return { method: 'POST', body: form };
};
const STATEMENT = 'Runs a monthly user group, writes in-depth articles many people read, and answers forum questions every week.';

/** The bearer token each kind of caller holds in the world: provider staff their provider's
 * (record A's provider for providerStaff, B's for otherProviderStaff), the admin the export
 * token, nobody else one. */
function bearerOf(w: World, caller: CallerKind): Record<string, string> {
  const secret =
    caller === 'providerStaff'
      ? w.a.apiTokenSecret
      : caller === 'otherProviderStaff'
        ? w.b.apiTokenSecret
        : caller === 'admin'
          ? w.exportTokenSecret
          : null;
  return secret ? { Authorization: `Bearer ${secret}` } : {};
}
const api = (p: string) => url(`/api/v1${p}`);

const CALLS: Record<string, Call> = {
  // Public
  [A('lib/auth/actions.ts', 'signOutAction')]: { action: () => undefined },
  [A('lib/auth/actions.ts', 'signInWithPasswordAction')]: {
    action: () => ({ email: 'nobody@example.test', password: 'not-the-password' }),
  },
  [A('lib/auth/actions.ts', 'sendSignInLinkAction')]: { action: () => ({ email: 'nobody@example.test' }) },
  [A('lib/auth/actions.ts', 'signUpAction')]: { action: () => ({ name: 'New Person', email: uniqueEmail('signup') }) },
  [A('lib/auth/actions.ts', 'signInWithEntraAction')]: { action: () => '/dashboard' },
  [A('lib/i18n/actions.ts', 'chooseLanguageAction')]: {
    action: () => {
      const form = new FormData();
      form.set('locale', 'es');
      return form;
    },
  },
  [A('lib/nominations/actions.ts', 'continueWithInvitationAction')]: { action: () => 'no-such-token' },
  [A('lib/mct/actions.ts', 'continueWithApplicationLinkAction')]: { action: () => 'no-such-token' },
  [R('api/health/route.ts', 'GET')]: { route: () => ({ url: url('/api/health') }) },
  [R('(portal)/evidence/import/template/route.ts', 'GET')]: { route: () => ({ url: url('/evidence/import/template') }) },
  [R('(portal)/mct/membership/deliveries-template.csv/route.ts', 'GET')]: {
    route: () => ({ url: url('/mct/membership/deliveries-template.csv') }),
  },
  [R('(portal)/provider/completions-template.csv/route.ts', 'GET')]: { route: () => ({ url: url('/provider/completions-template.csv') }) },
  [P('(public)/page.tsx')]: { page: () => ({}) },
  [P('(public)/sign-in/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(public)/sign-in/check-email/page.tsx')]: { page: () => ({}) },
  [P('(public)/sign-in/error/page.tsx')]: { page: () => ({ searchParams: { error: 'Verification' } }) },
  [P('(public)/sign-in/confirm/page.tsx')]: { page: () => ({ searchParams: { token: 'no-such-token', email: 'nobody@example.test' } }) },
  [P('(public)/sign-up/page.tsx')]: { page: () => ({}) },
  [P('(public)/invitations/[token]/page.tsx')]: { page: () => ({ params: { token: 'no-such-token' } }) },
  [P('(public)/invitations/link-problem/page.tsx')]: { page: () => ({ searchParams: { reason: 'expired' } }) },
  [P('mct/applications/accept/[token]/page.tsx')]: { page: () => ({ params: { token: 'no-such-token' } }) },
  [P('mct/applications/accept/page.tsx')]: { page: () => ({ searchParams: { link: 'expired' } }) },
  [P('dev/mailbox/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(public)/unsubscribe/[token]/page.tsx')]: { page: () => ({ params: { token: 'no-such-token' }, searchParams: {} }) },
  [A('lib/notifications/actions.ts', 'confirmUnsubscribeAction')]: { action: () => 'no-such-token' },
  [R('api/unsubscribe/[token]/route.ts', 'POST')]: {
    // The owner's link works whoever sends it (a mail program, signed out): the session plays no part.
    route: (r) => {
      const token = signUnsubscribeToken(r.ownerId, process.env.AUTH_SECRET!);
      return { url: url(`/api/unsubscribe/${token}`), init: { method: 'POST' }, params: { token } };
    },
  },
  [P('(public)/privacy/page.tsx')]: { page: () => ({}) },
  [P('(public)/certificates/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(public)/certificates/[code]/page.tsx')]: { prepare: issueMatrixCertificate, page: () => ({ params: { code: MATRIX_CERTIFICATE } }) },
  [R('(public)/certificates/[code]/certificate.pdf/route.ts', 'GET')]: {
    prepare: issueMatrixCertificate,
    route: () => ({ url: url(`/certificates/${MATRIX_CERTIFICATE}/certificate.pdf`), params: { code: MATRIX_CERTIFICATE } }),
  },
  [P('(public)/providers/page.tsx')]: { page: () => ({}) },
  [R('api/unsubscribe/[token]/route.ts', 'GET')]: {
    route: () => ({ url: url('/api/unsubscribe/no-such-token'), params: { token: 'no-such-token' } }),
  },

  // Anyone signed in, about themselves
  [P('(portal)/dashboard/page.tsx')]: { page: () => ({}) },
  [P('(portal)/profile/page.tsx')]: { page: () => ({}) },
  [P('(portal)/profile/delete/page.tsx')]: { page: () => ({}) },
  [A('lib/privacy/actions.ts', 'requestErasureAction')]: { action: () => ({ reason: '', understood: true }) },
  [R('api/me/data-export/route.ts', 'POST')]: { route: () => ({ url: url('/api/me/data-export'), init: { method: 'POST' } }) },
  [A('lib/people/actions.ts', 'saveProfileAction')]: {
    action: () => ({ name: 'Renamed Person', timeZone: 'Europe/Paris', notificationMode: 'IMMEDIATE' }),
  },
  [A('lib/people/actions.ts', 'adoptTimeZoneAction')]: { action: () => ({ timeZone: 'Europe/Paris', firstVisit: false }) },
  [A('lib/drafts/actions.ts', 'saveDraftAction')]: { action: () => ({ formKey: 'nomination.new', data: { nomineeName: 'Someone' } }) },
  [A('lib/drafts/actions.ts', 'clearDraftAction')]: { action: () => ({ formKey: 'nomination.new' }) },
  [P('(portal)/evidence/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(portal)/evidence/new/page.tsx')]: { page: () => ({}) },
  [P('(portal)/evidence/import/page.tsx')]: { page: () => ({}) },
  [A('lib/evidence/actions.ts', 'previewEvidenceCsvAction')]: { action: () => ({ csv: evidenceCsvTemplate(), fileName: 'evidence.csv' }) },
  [A('lib/evidence/actions.ts', 'importEvidenceCsvAction')]: {
    action: () => ({ csv: evidenceCsvTemplate(), fileName: 'evidence.csv', mode: 'valid-only' }),
  },
  [P('(portal)/nominations/page.tsx')]: { page: () => ({}) },
  [P('(portal)/nominations/new/page.tsx')]: { page: () => ({}) },
  [P('(portal)/mct/page.tsx')]: { page: () => ({}) },
  [P('(portal)/mct/certifications/page.tsx')]: { page: () => ({}) },
  [P('(portal)/mct/membership/page.tsx')]: { page: () => ({}) },
  [A('lib/mct/actions.ts', 'addCertificationAction')]: {
    action: (_r, w) => ({
      certificationId: w.catalogueCertificationId,
      credentialId: unique('CRED'),
      earnedOn: '2026-02-01',
      expiresOn: '',
    }),
  },
  [A('lib/mct/actions.ts', 'acceptAgreementAction')]: { action: (_r, w) => ({ agreementId: w.programAgreementId }) },
  [A('lib/mct/actions.ts', 'applyAction')]: { action: () => ({}) },
  [P('(portal)/agreements/page.tsx')]: { page: () => ({}) },
  [L('completions/actions.ts', 'correctCompletionAction')]: {
    // The provider's waiting application relies on it: its staff get in and are told to cancel that first.
    action: (r) => ({
      completionId: r.completionId,
      version: 0,
      candidateName: 'Corrected Name',
      candidateEmail: 'corrected@example.test',
      completedOn: '2026-05-01',
      certificateId: unique('ISC'),
    }),
  },
  [L('completions/actions.ts', 'withdrawCompletionAction')]: {
    action: (r) => ({ completionId: r.completionId, version: 0, reason: 'Confirmed for the wrong person.' }),
  },
  [L('completions/actions.ts', 'cancelProviderApplicationAction')]: { action: (r) => ({ applicationId: r.applicationId, version: 0 }) },
  [L('certifications/actions.ts', 'updateHeldCertificationAction')]: {
    action: (r) => ({ id: r.heldCertificationId, earnedOn: '2026-01-10', expiresOn: '2028-06-30' }),
  },
  [L('agreements/actions.ts', 'acceptAgreementsAction')]: { action: (_r, w) => ({ agreementIds: [w.codeOfConductId], accept: true }) },

  // MVP
  [A('lib/nominations/actions.ts', 'nominateAction')]: {
    action: (_r, w) => ({
      nomineeName: 'Nina Newcomer',
      nomineeEmail: uniqueEmail('nominee', 'newcomers.test'),
      categoryId: w.categoryId,
      focusAreaId: '',
      statement: STATEMENT,
      relationship: 'COMMUNITY_PEER',
      relationshipDetail: '',
    }),
  },
  [A('lib/nominations/actions.ts', 'endorseAction')]: { action: (r) => ({ nominationId: r.nominationId, statement: STATEMENT }) },
  [P('(portal)/nominations/[id]/endorse/page.tsx')]: { page: (r) => ({ params: { id: r.nominationId } }) },
  [A('lib/nominations/actions.ts', 'respondAction')]: {
    prepare: (w) => setNominationStatus(w, 'INVITED'),
    action: (r) => ({ nominationId: r.nominationId, response: 'DECLINE', declineReason: '' }),
  },
  [A('lib/nominations/actions.ts', 'submitEvidenceAction')]: {
    prepare: (w) => setNominationStatus(w, 'ACCEPTED'),
    action: (r) => ({ nominationId: r.nominationId, itemIds: [r.evidenceId] }),
  },
  [A('lib/nominations/actions.ts', 'withdrawAction')]: {
    // Under review: the nominee and the nominator get in and are told it is too late (who may withdraw
    // also depends on the state: the nominator before the nominee accepted, the nominee after).
    action: (r) => ({ nominationId: r.nominationId, reason: '' }),
  },
  [P('(portal)/nominations/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.nominationId }, searchParams: {} }) },
  [P('(portal)/nominations/[id]/submit/page.tsx')]: { page: (r) => ({ params: { id: r.nominationId } }) },
  [A('lib/evidence/actions.ts', 'saveEvidenceAction')]: {
    action: (r) => ({
      id: r.evidenceId,
      type: 'BLOG',
      role: 'AUTHOR',
      title: 'Edited title',
      description: 'An in-depth article on running workloads in production.',
      startDate: '2026-06-10',
      endDate: '',
      url: '',
      audience: 'DEVELOPERS',
      categoryId: '',
      focusAreaId: '',
      metrics: { VIEWS: '1200' },
      isPaid: false,
      isFullTimeJob: false,
      isHighImpact: false,
      privateNote: '',
    }),
  },
  [A('lib/evidence/actions.ts', 'deleteEvidenceAction')]: { action: (r) => ({ id: r.evidenceId }) },
  [P('(portal)/evidence/[id]/edit/page.tsx')]: { page: (r) => ({ params: { id: r.evidenceId } }) },
  [P('(portal)/outcomes/[submissionId]/page.tsx')]: { page: (r) => ({ params: { submissionId: r.outcomeSubmissionId } }) },
  [P('(portal)/awards/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.awardId } }) },
  [LA('certificates/actions.ts', 'issueCertificateAction')]: { action: (r) => ({ kind: 'MVP', recordId: r.awardId }) },
  [P('(portal)/awards/[id]/renew/page.tsx')]: { page: (r) => ({ params: { id: r.awardId } }) },
  [A('lib/awards/actions.ts', 'acceptAwardAction')]: {
    action: (r, w) => ({
      awardId: r.awardId,
      codeOfConductId: w.codeOfConductId,
      ndaId: w.ndaId,
      acceptCodeOfConduct: true,
      acceptNda: true,
    }),
  },
  [A('lib/awards/actions.ts', 'submitRenewalAction')]: { action: (r) => ({ awardId: r.awardId }) },
  [L('awards/actions.ts', 'withdrawRenewalAction')]: {
    // Each side's award has a renewal its window opened.
    prepare: (w) =>
      prisma.mvpRenewal.createMany({
        data: [w.a, w.b].map((r) => ({
          awardId: r.awardId,
          userId: r.ownerId,
          cycleId: w.cycleId,
          categoryId: w.categoryId,
          status: 'OPEN' as const,
          deadline: new Date(Date.now() + 30 * 86_400_000),
        })),
      }),
    action: (r) => ({ awardId: r.awardId }),
  },

  // Review
  [P('(portal)/reviews/page.tsx')]: { page: () => ({}) },
  [P('(portal)/reviews/[submissionId]/page.tsx')]: { page: (r) => ({ params: { submissionId: r.submissionId } }) },
  [A('lib/reviews/actions.ts', 'saveReviewAction')]: {
    action: (r, w) => ({
      assignmentId: r.assignmentId,
      version: 0,
      intent: 'draft',
      scores: flatScores(w.criteria, 4),
      confidence: '3',
      committeeComment: 'Strong and steady.',
      candidateFeedback: 'Keep going.',
    }),
  },
  [A('lib/reviews/actions.ts', 'reopenReviewAction')]: {
    prepare: (w) =>
      prisma.reviewAssignment.updateMany({
        where: { id: { in: [w.a.assignmentId, w.b.assignmentId] } },
        data: { status: 'SUBMITTED', submittedAt: new Date(), confidence: 3 },
      }),
    action: (r) => ({ assignmentId: r.assignmentId, version: 0 }),
  },
  [A('lib/reviews/actions.ts', 'declareConflictAction')]: {
    action: (r) => ({ submissionId: r.submissionId, reason: 'We work together.' }),
  },

  // The reviewers' discussion
  [LA('discussions/actions.ts', 'postDiscussionCommentAction')]: {
    prepare: submitReviews,
    action: (r) => ({ submissionId: r.submissionId, body: 'I scored consistency low; what did the others see?' }),
  },
  [LA('discussions/actions.ts', 'editDiscussionCommentAction')]: {
    prepare: submitReviews,
    action: (r) => ({ commentId: r.commentId, version: 0, body: 'What did you make of the talks, as a series?' }),
  },
  [LA('discussions/actions.ts', 'hideDiscussionCommentAction')]: {
    action: (r) => ({ commentId: r.commentId, reason: 'Names a third party.' }),
  },
  [LA('discussions/actions.ts', 'markDiscussionReadAction')]: {
    prepare: submitReviews,
    action: (r) => ({ submissionId: r.submissionId, upToCommentId: r.commentId }),
  },

  // The API and its tokens
  [R('api/v1/openapi.json/route.ts', 'GET')]: { route: () => ({ url: api('/openapi.json') }) },
  [P('(public)/developers/page.tsx')]: { page: () => ({}) },
  [P('(portal)/provider/api-tokens/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(admin)/admin/api-tokens/page.tsx')]: { page: () => ({}) },
  [LA('api-tokens/actions.ts', 'createProviderTokenAction')]: {
    action: (r) => ({ providerId: r.providerId, name: 'Learning system', scopes: ['completions:read'], expiresInDays: '90' }),
  },
  [LA('api-tokens/actions.ts', 'createExportTokenAction')]: { action: () => ({ name: 'Quarterly report', expiresInDays: '30' }) },
  [LA('api-tokens/actions.ts', 'revokeApiTokenAction')]: { action: (r) => ({ tokenId: r.apiTokenId }) },
  [R('api/v1/providers/[providerId]/completions/route.ts', 'POST')]: {
    route: (r, w, caller) => ({
      url: api(`/providers/${r.providerId}/completions`),
      params: { providerId: r.providerId },
      init: {
        method: 'POST',
        headers: { ...bearerOf(w, caller), 'Content-Type': 'application/json', 'Idempotency-Key': unique('key') },
        body: JSON.stringify({
          completions: [
            { candidateName: 'Ada Lovelace', candidateEmail: uniqueEmail('ada'), completedOn: '2026-01-15', certificateId: unique('CERT') },
          ],
        }),
      },
    }),
  },
  [R('api/v1/providers/[providerId]/completions/route.ts', 'GET')]: {
    route: (r, w, caller) => ({
      url: api(`/providers/${r.providerId}/completions`),
      params: { providerId: r.providerId },
      init: { headers: bearerOf(w, caller) },
    }),
  },
  [R('api/v1/providers/[providerId]/applications/route.ts', 'GET')]: {
    route: (r, w, caller) => ({
      url: api(`/providers/${r.providerId}/applications`),
      params: { providerId: r.providerId },
      init: { headers: bearerOf(w, caller) },
    }),
  },
  [R('api/v1/exports/[dataset]/route.ts', 'GET')]: {
    route: (_r, w, caller) => ({
      url: api('/exports/nominations?limit=5'),
      params: { dataset: 'nominations' },
      init: { headers: bearerOf(w, caller) },
    }),
  },
  // MCT, the candidate's own
  [P('(portal)/mct/applications/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.applicationId } }) },
  [A('lib/mct/actions.ts', 'submitProviderApplicationAction')]: {
    action: (r, w) => ({ applicationId: r.applicationId, agreementId: w.programAgreementId, acceptAgreement: true }),
  },
  [A('lib/mct/actions.ts', 'withdrawApplicationAction')]: { action: (r) => ({ applicationId: r.applicationId }) },
  [A('lib/mct/actions.ts', 'removeCertificationAction')]: { action: (r) => ({ id: r.heldCertificationId }) },
  [A('lib/memberships/actions.ts', 'addDeliveryAction')]: {
    action: () => ({
      courseCode: 'AZ-305T00',
      courseTitle: 'Designing Azure Infrastructure Solutions',
      startDate: '2026-09-07',
      endDate: '2026-09-10',
      format: 'Virtual',
      studentCount: '14',
      trainingPartner: 'Contoso Learning',
      satisfactionScore: '8.1',
    }),
  },
  [A('lib/memberships/actions.ts', 'removeDeliveryAction')]: { action: (r) => ({ id: r.deliveryId }) },
  [A('lib/memberships/actions.ts', 'submitRenewalAction')]: { action: (r) => ({ termId: r.termId }) },
  [A('lib/memberships/actions.ts', 'switchToAlumniAction')]: {
    // Not the alumni agreement in force: members get in and are asked to read the current one.
    action: (_r, w) => ({ version: 0, confirm: true, alumniAgreementId: w.programAgreementId, acceptAgreement: true }),
  },
  [A('lib/memberships/actions.ts', 'requestLoungeAction')]: { action: () => ({}) },
  [R('api/memberships/deliveries/route.ts', 'POST')]: {
    route: () => ({ url: url('/api/memberships/deliveries'), init: upload(DELIVERIES_CSV_TEMPLATE, 'deliveries.csv') }),
  },

  // ISC providers
  [P('(portal)/provider/page.tsx')]: { page: (r) => ({ searchParams: { provider: r.providerId } }) },
  [A('lib/providers/actions.ts', 'confirmCompletionAction')]: {
    action: (r) => ({
      providerId: r.providerId,
      candidateName: 'Ada Lovelace',
      candidateEmail: uniqueEmail('ada'),
      completedOn: '2026-03-14',
      certificateId: unique('NW-ISC'),
    }),
  },
  [A('lib/providers/actions.ts', 'findCandidateCompletionsAction')]: {
    action: (r, w) => ({ providerId: r.providerId, candidateEmail: r === w.a ? w.people.owner.email : w.people.otherCandidate.email }),
  },
  [A('lib/providers/actions.ts', 'startApplicationAction')]: {
    action: (r, w) => ({
      providerId: r.providerId,
      candidateEmail: r === w.a ? w.people.owner.email : w.people.otherCandidate.email,
      iscCompletionId: r.completionId,
    }),
  },
  [R('api/providers/[providerId]/completions/route.ts', 'POST')]: {
    route: (r) => ({
      url: url(`/api/providers/${r.providerId}/completions`),
      init: upload(COMPLETIONS_CSV_TEMPLATE, 'completions.csv'),
      params: { providerId: r.providerId },
    }),
  },

  // Administration
  [P('(admin)/admin/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/audit/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(admin)/admin/people/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(admin)/admin/people/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.ownerId } }) },
  [A('lib/people/actions.ts', 'changeRoleAction')]: { action: (r) => ({ userId: r.ownerId, role: 'REVIEWER', grant: true }) },
  [A('lib/people/actions.ts', 'setReviewerCategoriesAction')]: {
    action: (_r, w) => ({ userId: w.people.reviewerUnassigned.id, categoryIds: [w.categoryId] }),
  },
  [A('lib/people/actions.ts', 'previewMergeAction')]: {
    action: (r, w) => ({ targetId: r.ownerId, sourceEmail: w.people.otherCandidate.email }),
  },
  [A('lib/people/actions.ts', 'mergeAccountsAction')]: {
    // An account into itself: the admin gets in and is told it cannot be done, so nobody is merged here.
    action: (r) => ({ targetId: r.ownerId, sourceId: r.ownerId }),
  },
  [P('(admin)/admin/cycles/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/cycles/[id]/criteria/page.tsx')]: { page: (_r, w) => ({ params: { id: w.cycleId } }) },
  [A('lib/reviews/actions.ts', 'saveCriteriaAction')]: {
    action: (_r, w) => ({
      cycleId: w.cycleId,
      version: 0,
      criteria: w.criteria.map((c) => ({ id: c.id, label: c.label, description: '', weight: String(c.weight) })),
    }),
  },
  [P('(admin)/admin/reviews/page.tsx')]: { page: (_r, w) => ({ searchParams: { cycle: w.cycleId, category: w.categoryId } }) },
  [A('lib/reviews/actions.ts', 'assignReviewersAction')]: {
    action: (r, w) => ({ submissionIds: [r.submissionId], reviewerIds: [w.people.reviewerUnassigned.id] }),
  },
  [A('lib/reviews/actions.ts', 'autoAssignAction')]: { action: (_r, w) => ({ cycleId: w.cycleId, categoryId: w.categoryId }) },
  [A('lib/reviews/actions.ts', 'removeAssignmentAction')]: { action: (r) => ({ assignmentId: r.assignmentId, version: 0 }) },
  [A('lib/reviews/actions.ts', 'sendRemindersAction')]: { action: () => ({}) },
  [P('(admin)/admin/decisions/page.tsx')]: { page: (_r, w) => ({ searchParams: { cycle: w.cycleId, category: w.categoryId } }) },
  [P('(admin)/admin/decisions/[submissionId]/page.tsx')]: { page: (r) => ({ params: { submissionId: r.submissionId } }) },
  [A('lib/decisions/actions.ts', 'closeReviewAction')]: { action: (_r, w) => ({ cycleId: w.cycleId, version: 0 }) },
  [A('lib/decisions/actions.ts', 'decideAction')]: {
    action: (r) => ({
      submissionId: r.submissionId,
      version: null,
      outcome: 'NO_AWARD',
      feedback: 'Keep building on this; apply again next year.',
    }),
  },
  [A('lib/decisions/actions.ts', 'releaseDecisionsAction')]: {
    action: (r, w) => ({ cycleId: w.cycleId, submissionIds: [r.submissionId], confirm: true }),
  },
  [R('api/exports/decisions/route.ts', 'GET')]: {
    route: (_r, w) => ({ url: url(`/api/exports/decisions?cycle=${w.cycleId}&category=${w.categoryId}`) }),
  },
  [P('(admin)/admin/mct/applications/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(admin)/admin/mct/applications/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.applicationId } }) },
  [A('lib/mct/actions.ts', 'decideApplicationAction')]: {
    action: (r) => ({
      applicationId: r.applicationId,
      version: 0,
      decision: 'REJECT',
      reason: 'The ISC completion could not be verified.',
    }),
  },
  [P('(admin)/admin/mct/enrollment/page.tsx')]: { page: () => ({}) },
  [A('lib/mct/actions.ts', 'saveEnrollmentSettingsAction')]: {
    // A stale version: refused for the state, so the program's settings stay as other tests expect.
    action: () => ({
      version: 999_999,
      selfServiceEnabled: true,
      selfServiceOffReason: '',
      mctFeeWaived: true,
      mctFee: '',
      mctFeeCurrency: 'USD',
      mctFeeWaiverNote: '',
    }),
  },
  [A('lib/mct/actions.ts', 'addPauseAction')]: {
    action: () => ({ startsOn: '2035-05-20', endsOn: '2035-06-01', reason: 'A pause far in the future.' }),
  },
  [A('lib/mct/actions.ts', 'updatePauseAction')]: {
    action: (_r, w) => ({ id: w.pauseId, version: 0, startsOn: '2031-05-21', endsOn: '2031-10-01', reason: 'Program year change-over.' }),
  },
  [A('lib/mct/actions.ts', 'removePauseAction')]: { action: (_r, w) => ({ id: w.pauseId, version: 0 }) },
  [P('(admin)/admin/mct/certifications/page.tsx')]: { page: () => ({}) },
  [A('lib/mct/actions.ts', 'saveCertificationAction')]: {
    action: () => ({
      id: '',
      version: 0,
      code: unique('AZ').toUpperCase(),
      name: 'Azure Something',
      level: 'ASSOCIATE',
      isEligible: true,
      validityMonths: '12',
      retiredOn: '',
    }),
  },
  [A('lib/mct/actions.ts', 'removeCertificationFromCatalogueAction')]: {
    action: (_r, w) => ({ id: w.catalogueCertificationId }),
  },
  [P('(admin)/admin/mct/providers/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/mct/providers/[id]/page.tsx')]: { page: (r) => ({ params: { id: r.providerId } }) },
  [A('lib/providers/actions.ts', 'saveProviderAction')]: {
    action: () => ({
      id: '',
      version: 0,
      country: 'Ireland',
      name: `Provider ${unique('p')}`,
      contactEmail: uniqueEmail('contact'),
      website: '',
      approvedFrom: '2026-01-01',
      approvedUntil: '2027-12-31',
    }),
  },
  [A('lib/providers/actions.ts', 'addProviderStaffAction')]: {
    action: (r, w) => ({ providerId: r.providerId, email: w.people.candidate.email }),
  },
  [A('lib/providers/actions.ts', 'removeProviderStaffAction')]: {
    action: (r, w) => ({ providerId: r.providerId, userId: w.people.providerStaff.id }),
  },
  [P('(admin)/admin/nominations/page.tsx')]: { page: (_r, w) => ({ searchParams: { cycle: w.cycleId } }) },
  [R('api/exports/nominations/route.ts', 'GET')]: { route: (_r, w) => ({ url: url(`/api/exports/nominations?cycle=${w.cycleId}`) }) },
  [P('(admin)/admin/reviews/all/page.tsx')]: { page: (_r, w) => ({ searchParams: { cycle: w.cycleId } }) },
  [R('api/exports/reviews/route.ts', 'GET')]: { route: (_r, w) => ({ url: url(`/api/exports/reviews?cycle=${w.cycleId}`) }) },
  [P('(admin)/admin/awards/page.tsx')]: { page: () => ({ searchParams: { year: '2026' } }) },
  [R('api/exports/awards/route.ts', 'GET')]: { route: () => ({ url: url('/api/exports/awards?year=2026') }) },
  [R('api/exports/mct-applications/route.ts', 'GET')]: { route: () => ({ url: url('/api/exports/mct-applications?channel=PROVIDER') }) },
  [P('(admin)/admin/mct/members/page.tsx')]: { page: () => ({ searchParams: { status: 'ACTIVE' } }) },
  [R('api/exports/members/route.ts', 'GET')]: { route: () => ({ url: url('/api/exports/members?status=ACTIVE') }) },
  [P('(admin)/admin/mct/deliveries/page.tsx')]: { page: () => ({ searchParams: { format: 'IN_PERSON' } }) },
  [R('api/exports/deliveries/route.ts', 'GET')]: { route: () => ({ url: url('/api/exports/deliveries?format=IN_PERSON') }) },
  [P('(admin)/admin/notifications/page.tsx')]: { page: () => ({ searchParams: {} }) },
  [P('(admin)/admin/notifications/[id]/page.tsx')]: { page: (_r, w) => ({ params: { id: w.notificationId } }) },
  [P('(admin)/admin/notifications/templates/page.tsx')]: { page: () => ({}) },
  [A('lib/admin/actions.ts', 'resendNotificationAction')]: { action: (_r, w) => ({ id: w.notificationId }) },
  [A('lib/admin/actions.ts', 'refreshDashboardAction')]: { action: () => ({ cycle: 'all', from: '2026-01-01', to: '2026-03-31' }) },
  [P('(admin)/admin/privacy/page.tsx')]: { page: () => ({}) },
  [A('lib/privacy/actions.ts', 'confirmErasureAction')]: {
    // A wrong confirmation address: the admin gets in and is asked to type it again, so nobody is erased here.
    action: (_r, w) => ({ requestId: w.erasureRequestId, confirmEmail: 'not-the-address@example.test' }),
  },
  [A('lib/privacy/actions.ts', 'rejectErasureAction')]: {
    action: (_r, w) => ({ requestId: w.erasureRequestId, reason: 'We must keep award records for the program year.' }),
  },
  [P('(admin)/admin/mct/renewals/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/cycles/new/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/cycles/[id]/page.tsx')]: { page: (_r, w) => ({ params: { id: w.cycleId } }) },
  [L('cycles/actions.ts', 'saveCycleAction')]: {
    action: (_r, w) => ({
      version: 0,
      name: unique('Cycle'),
      nominationsOpenOn: '2031-09-01',
      nominationsCloseOn: '2032-03-31',
      submissionDeadlineOn: '2032-04-15',
      reviewDueOn: '2032-05-15',
      decisionsReleaseOn: '2032-06-01',
      renewalOpensOn: '2032-03-01',
      renewalDeadlineOn: '2032-04-30',
      awardStartsOn: '2032-07-01',
      categoryIds: [w.categoryId],
      reviewersPerSubmission: '2',
      scoreMin: '1',
      scoreMax: '5',
      changeNote: '',
    }),
  },
  [L('cycles/actions.ts', 'moveCycleAction')]: {
    // In review with submissions waiting: the admin gets in and is told what must happen first.
    action: (_r, w) => ({ cycleId: w.cycleId, version: 0, to: 'CLOSED' }),
  },
  [L('cycles/actions.ts', 'copyCycleAction')]: { action: (_r, w) => ({ cycleId: w.cycleId }) },
  [P('(admin)/admin/categories/page.tsx')]: { page: () => ({}) },
  [L('categories/actions.ts', 'saveCategoryAction')]: { action: () => ({ version: 0, name: unique('Category'), description: '' }) },
  [L('categories/actions.ts', 'saveFocusAreaAction')]: {
    action: (_r, w) => ({ categoryId: w.categoryId, version: 0, name: unique('Focus') }),
  },
  [L('categories/actions.ts', 'reorderCatalogueAction')]: {
    action: (_r, w) => ({ kind: 'category', id: w.categoryId, version: 0, direction: 'up' }),
  },
  [L('categories/actions.ts', 'retireCatalogueEntryAction')]: {
    action: (_r, w) => ({ kind: 'category', id: w.categoryId, version: 0, retired: true }),
  },
  [P('(admin)/admin/agreements/page.tsx')]: { page: () => ({}) },
  [P('(admin)/admin/agreements/[id]/page.tsx')]: { page: (_r, w) => ({ params: { id: w.codeOfConductId }, searchParams: {} }) },
  [L('agreements/actions.ts', 'saveAgreementAction')]: {
    action: () => ({
      revision: 0,
      kind: 'MVP_CODE_OF_CONDUCT',
      version: unique('v'),
      title: 'Microsoft MVP Code of Conduct',
      body: 'MVPs are respectful, inclusive and honest in every community they serve.',
      effectiveFrom: '2090-01-01',
    }),
  },
  [A('lib/memberships/actions.ts', 'decideRenewalAction')]: {
    action: (_r, w) => ({
      renewalId: w.mctRenewalId,
      version: 0,
      decision: 'ASK_FOR_MORE',
      note: 'Add the deliveries of the autumn term.',
    }),
  },
};

/** Doors with a policy row whose calls the matrix does not make yet, and why. */
const NOT_EXERCISED: Record<string, string> = {
  [R('api/auth/[...nextauth]/route.ts', 'GET')]: 'Auth.js’s own endpoints: public by design, exercised by the e2e sign-in journeys',
  [R('api/auth/[...nextauth]/route.ts', 'POST')]: 'Auth.js’s own endpoints: public by design, exercised by the e2e sign-in journeys',
};

// ── Calling a door ────────────────────────────────────────────────────────────────────────────────

type Outcome =
  | { kind: 'ok'; detail: string; data: unknown }
  | { kind: 'state'; detail: string; data: unknown } // refused for the record's state, not for who asks
  | { kind: 'refused'; detail: string; data: unknown }
  | { kind: 'broken'; detail: string; data: unknown }; // the call itself is wrong (bad input, crash)

const REFUSAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
const modules = new Map<string, Record<string, unknown>>();
async function exportOf(file: string, name: string): Promise<(...args: unknown[]) => Promise<unknown>> {
  let mod = modules.get(file);
  if (!mod) {
    mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    modules.set(file, mod);
  }
  return mod[name] as (...args: unknown[]) => Promise<unknown>;
}

function fromThrown(error: unknown): Outcome {
  const flow = controlFlowOf(error);
  if (flow?.kind === 'redirect') {
    return flow.to.startsWith('/sign-in')
      ? { kind: 'refused', detail: `redirect ${flow.to}`, data: null }
      : { kind: 'ok', detail: `redirect ${flow.to}`, data: null };
  }
  if (flow?.kind === 'http') return { kind: 'refused', detail: `http ${flow.status}`, data: null };
  return { kind: 'broken', detail: `threw ${error instanceof Error ? error.stack : String(error)}`, data: null };
}

/** The layout.tsx files a page renders inside, outermost first (as Next.js renders a request for it),
 * below the root one (the document shell and its fonts, which guards nothing). */
function layoutsAbove(pageFile: string): string[] {
  const dirs: string[] = [];
  for (let dir = path.dirname(pageFile); dir.startsWith('app/'); dir = path.dirname(dir)) dirs.unshift(dir);
  return dirs.map((dir) => path.join(dir, 'layout.tsx')).filter((file) => existsSync(path.join(ROOT, file)));
}

async function callDoor(
  policy: DoorPolicy,
  call: Call,
  r: Records,
  w: World,
  caller: CallerKind,
  { withoutLayouts = false } = {},
): Promise<Outcome> {
  const [, ref] = policy.door.split(' ') as [string, string];
  const [file, name = 'default'] = ref.split('#') as [string, string?];
  signInAs(caller === 'signedOut' ? null : w.people[caller].id);
  seen.codes.length = 0;
  const fn = await exportOf(file, name);
  try {
    if ('action' in call) {
      const result = (await fn(call.action(r, w))) as { ok: boolean; error?: string } | undefined;
      if (result === undefined) return { kind: 'ok', detail: 'returned', data: null };
      if (result.ok) return { kind: 'ok', detail: 'ok', data: result };
      const code = seen.codes.at(-1);
      if (code && REFUSAL_CODES.has(code)) return { kind: 'refused', detail: `${code}: ${result.error}`, data: result };
      if (code) return { kind: 'state', detail: `${code}: ${result.error}`, data: result };
      return { kind: 'broken', detail: `${result.error} ${JSON.stringify(result)}`, data: result };
    }
    if ('page' in call) {
      const { params = {}, searchParams = {} } = call.page(r, w);
      // The area's guard is its layout (app/(admin)/layout.tsx, app/(portal)/layout.tsx).
      const layouts = withoutLayouts ? [] : layoutsAbove(file);
      for (const layout of layouts) await (await exportOf(layout, 'default'))({ children: null, params: Promise.resolve(params) });
      const element = await fn({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
      // The rendered tree holds the props the page hands its components: the data it read.
      return { kind: 'ok', detail: 'rendered', data: plainTree(element) };
    }
    const { url: target, init, params = {} } = call.route(r, w, caller);
    const response = (await fn(new NextRequest(target, init), { params: Promise.resolve(params) })) as Response;
    const body = await response.text();
    if ([401, 403, 404].includes(response.status)) return { kind: 'refused', detail: `${response.status} ${body}`, data: body };
    if (response.status >= 500) return { kind: 'broken', detail: `${response.status} ${body}`, data: body };
    return { kind: response.ok ? 'ok' : 'state', detail: `${response.status} ${body.slice(0, 200)}`, data: body };
  } catch (error) {
    return fromThrown(error);
  } finally {
    signInAs(null);
  }
}

// ── "Nothing changed": a fingerprint of every table ───────────────────────────────────────────────
// PostgreSQL gives a transaction an id only when it writes (or locks a row), so when the next id
// to be handed out has not moved, nothing was written anywhere. Only when it moved are the tables
// themselves compared, row by row. Rate-limit buckets are left out: they count attempts before
// anyone is identified, refused ones too. So is the dashboard's snapshot: a cache of aggregates that
// the admin dashboard's read stores for the other server processes (lib/admin/dashboard-snapshot.ts).

type Fingerprint = { nextXid: string; tables: Map<string, string> };
let tablesSql = '';
const ROW = `(to_jsonb(x) - 'lastUsedAt')::text`;

async function nextXid(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ xid: string }[]>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid`;
  return row!.xid;
}

async function tableHashes(): Promise<Map<string, string>> {
  if (!tablesSql) {
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('_prisma_migrations', 'RateLimitBucket') ORDER BY 1`;
    tablesSql = tables
      .map(({ name }) => `SELECT '${name}' AS t, md5(coalesce(string_agg(md5(${ROW}), '' ORDER BY md5(${ROW})), '')) AS h FROM "${name}" x`)
      .join(' UNION ALL ');
  }
  const rows = await prisma.$queryRawUnsafe<{ t: string; h: string }[]>(tablesSql);
  return new Map(rows.map((row) => [row.t, row.h]));
}

async function fingerprint(): Promise<Fingerprint> {
  const tables = await tableHashes();
  return { nextXid: await nextXid(), tables };
}

/** The tables whose rows differ from the fingerprint's (compared row by row only after a write). */
async function changedTables(before: Fingerprint): Promise<string[]> {
  if ((await nextXid()) === before.nextXid) return [];
  const after = await tableHashes();
  return [...after].filter(([t, h]) => before.tables.get(t) !== h).map(([t]) => t);
}

/** What a refused caller must never see: the names and addresses of the people behind record A. */
function leaks(outcome: Outcome, w: World, whose: ('owner' | 'otherCandidate')[] = ['owner', 'otherCandidate']): string[] {
  const text = typeof outcome.data === 'string' ? outcome.data : JSON.stringify(outcome.data ?? '');
  const secrets = whose.flatMap((k) => [w.people[k].email, w.people[k].name]);
  return secrets.filter((s) => s && text.includes(s));
}

/** A page's React element tree as plain data (props only; functions, cycles and owners dropped). */
function plainTree(node: unknown): unknown {
  const seenObjects = new WeakSet<object>();
  const walk = (value: unknown, depth: number): unknown => {
    if (depth > 60 || typeof value === 'function' || typeof value === 'symbol') return null;
    if (value === null || typeof value !== 'object') return value;
    if (seenObjects.has(value)) return null;
    seenObjects.add(value);
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '_owner' && k !== '_store' && k !== '_debugInfo') out[k] = walk(v, depth + 1);
    return out;
  };
  return walk(node, 0);
}

/** Callers with no tie to record A's people: where they get in, they must not see them. */
const STRANGERS_TO_A: readonly CallerKind[] = ['signedOut', 'candidate', 'otherProviderStaff'];

// ── The tests ─────────────────────────────────────────────────────────────────────────────────────

const policyByDoor = new Map(ACCESS_POLICY.map((p) => [p.door, p]));

describe('the access policy covers every door of the app', () => {
  let doors: Door[] = [];
  beforeAll(async () => {
    doors = await doorsInCode();
  });

  it('finds the doors in the code (a sanity check on the scan)', () => {
    expect(doors.length).toBeGreaterThan(90);
    expect(doors.map((d) => d.key)).toContain('action lib/nominations/actions.ts#nominateAction');
    expect(doors.map((d) => d.key)).toContain('action lib/people/actions.ts#mergeAccountsAction');
    expect(doors.map((d) => d.key)).toContain('route app/api/exports/decisions/route.ts#GET');
    expect(doors.map((d) => d.key)).toContain('page app/(portal)/reviews/[submissionId]/page.tsx');
  });

  it('has a row for every door, and no row for a door that no longer exists', () => {
    const inCode = new Set(doors.map((d) => d.key));
    expect(
      doors.map((d) => d.key).filter((k) => !policyByDoor.has(k)),
      'doors without a policy row',
    ).toEqual([]);
    expect(
      ACCESS_POLICY.map((p) => p.door).filter((k) => !inCode.has(k)),
      'policy rows without a door',
    ).toEqual([]);
    expect(ACCESS_POLICY.length, 'one row per door').toBe(policyByDoor.size);
  });

  it('knows how to call every door, or says why not', () => {
    const uncovered = ACCESS_POLICY.map((p) => p.door).filter((d) => !CALLS[d] && !NOT_EXERCISED[d]);
    expect(uncovered, 'doors the matrix cannot call yet').toEqual([]);
    expect(
      Object.keys(CALLS).filter((d) => !policyByDoor.has(d)),
      'calls of doors without a row',
    ).toEqual([]);
    if (Object.keys(NOT_EXERCISED).length > 0)
      console.info(
        'Doors not exercised by the matrix:\n' +
          Object.entries(NOT_EXERCISED)
            .map(([d, why]) => `  ${d}: ${why}`)
            .join('\n'),
      );
  });
});

/** The order callers are tried: refused ones first (nothing may change), then the allowed ones. */
function callersFor(policy: DoorPolicy): { refused: CallerKind[]; allowed: CallerKind[] } {
  const refused = CALLER_KINDS.filter((k) => !isAllowed(policy, k));
  // Admins last: an admin's change (removing staff, deciding) must not stand in others' way.
  const allowed = CALLER_KINDS.filter((k) => isAllowed(policy, k)).sort((x, y) => Number(x === 'admin') - Number(y === 'admin'));
  return { refused, allowed };
}

const exercised = ACCESS_POLICY.filter((p) => CALLS[p.door]);

describe('the "nothing changed" check', () => {
  it('notices a write, and only a write', async () => {
    const someone = await createUser();
    const before = await fingerprint();
    await prisma.user.findMany({ where: { id: someone.id } });
    expect(await changedTables(before)).toEqual([]);
    await prisma.user.update({ where: { id: someone.id }, data: { name: 'Changed Name' } });
    expect(await changedTables(before)).toEqual(['User']);
  });
});

describe('every door, called as every kind of caller', () => {
  it.each(exercised.map((p) => [p.door, p] as const))('%s', async (_door, policy) => {
    const call = CALLS[policy.door]!;
    const w = await buildWorld();
    await call.prepare?.(w);
    const { refused, allowed } = callersFor(policy);
    const problems: string[] = [];
    const before = await fingerprint();
    for (const caller of refused) {
      const outcome = await callDoor(policy, call, w.a, w, caller);
      if (process.env.AUTHZ_LOG)
        (await import('node:fs')).appendFileSync(
          process.env.AUTHZ_LOG,
          `REFUSED ${policy.door} | ${caller} | ${outcome.kind} | ${outcome.detail.slice(0, 160)}\n`,
        );
      if (outcome.kind !== 'refused') problems.push(`${caller} should be refused, got ${outcome.kind}: ${outcome.detail}`);
      const leaked = leaks(outcome, w);
      if (leaked.length > 0) problems.push(`${caller} was refused but saw ${leaked.join(', ')}`);
      if (policy.door.startsWith('page ')) {
        // Without its layout too (Next.js does not render a layout again on navigation between the
        // pages below it): the page's own reads still show a refused caller nothing.
        const alone = await callDoor(policy, call, w.a, w, caller, { withoutLayouts: true });
        const leakedAlone = leaks(alone, w);
        if (leakedAlone.length > 0) problems.push(`${caller} saw ${leakedAlone.join(', ')} on the page without its layout`);
      }
      const changed = await changedTables(before);
      if (changed.length > 0) problems.push(`${caller} was refused but changed ${changed.join(', ')}`);
    }
    for (const caller of allowed) {
      const outcome = await callDoor(policy, call, w.a, w, caller);
      if (process.env.AUTHZ_LOG)
        (await import('node:fs')).appendFileSync(
          process.env.AUTHZ_LOG,
          `${policy.door} | ${caller} | ${outcome.kind} | ${outcome.detail.slice(0, 160)}\n`,
        );
      if (outcome.kind !== 'ok' && outcome.kind !== 'state')
        problems.push(`${caller} should get in, got ${outcome.kind}: ${outcome.detail}`);
      const leaked = STRANGERS_TO_A.includes(caller) ? leaks(outcome, w, ['owner']) : [];
      if (leaked.length > 0) problems.push(`${caller} got in and saw ${leaked.join(', ')}, who is nothing to them`);
    }
    // A GET never writes: a page or a GET route changes nothing, whoever reads it.
    if (policy.door.startsWith('page ') || policy.door.endsWith('#GET')) {
      const changed = await changedTables(before);
      if (changed.length > 0) problems.push(`reading it changed ${changed.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

const swappable = exercised.filter((p) => idSwapperFor(p));

describe('record ids cannot be swapped into someone else’s data', () => {
  it('covers every door that takes the id of a record someone owns', () => {
    expect(swappable.length).toBeGreaterThan(20);
  });

  it.each(swappable.map((p) => [p.door, p] as const))('%s', async (_door, policy) => {
    const call = CALLS[policy.door]!;
    const swapper = idSwapperFor(policy)!;
    const w = await buildWorld();
    await call.prepare?.(w);
    const before = await fingerprint();
    const theirs = await callDoor(policy, call, w.a, w, swapper);
    expect(theirs.kind, `${swapper} with another person's ${policy.record} id: ${theirs.detail}`).toBe('refused');
    expect(leaks(theirs, w)).toEqual([]);
    expect(await changedTables(before)).toEqual([]);
    // The same caller, with the id of their own record, gets in: the refusal was about the id.
    const own = await callDoor(policy, call, w.b, w, swapper);
    expect(['ok', 'state'], `${swapper} with their own ${policy.record} id: ${own.detail}`).toContain(own.kind);
  });
});

describe('doors that take no id answer about the caller only', () => {
  it('"download my data" holds the caller’s own data and nobody else’s', async () => {
    const w = await buildWorld();
    const policy = policyByDoor.get(R('api/me/data-export/route.ts', 'POST'))!;
    const outcome = await callDoor(policy, CALLS[policy.door]!, w.b, w, 'otherCandidate');
    expect(outcome.kind).toBe('ok');
    const body = String(outcome.data);
    expect(body).toContain(w.people.otherCandidate.email);
    expect(body).not.toContain(w.people.owner.email);
    expect(body).not.toContain(w.people.owner.name);
  });
});
