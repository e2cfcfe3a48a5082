import 'server-only';
// "Download my data": everything the portal holds about the signed-in person, as one JSON document.
// Only the person's own records and what the portal already shows them; other people's private data
// (reviewers' names and scores, committee comments, other candidates, other actors' emails) is left
// out. The sections follow lib/people/user-records.ts (exportAs), which a test holds to the schema.
import type { Prisma } from '@/lib/generated/prisma/client';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { type Viewer } from '@/lib/auth/viewer';
import {
  exportAwards,
  exportEndorsements,
  exportEvidence,
  exportNominationsMade,
  exportNominationsReceived,
  exportReviewing,
  exportSubmissions,
} from './export-mvp';
import { exportActivity, exportMctEnrollment, exportMctMembership } from './export-mct';

/** Whose data a section reads: the account's id and its address (unlinked records match by it). */
export type Person = { id: string; email: string };

/** The export document of one person (no write; exportOwnData records the request). Each part is
 * read by its own function below; they run at once. */
export async function buildDataExport(userId: string, now: Date = new Date()) {
  const { user, ...account } = await exportAccount(userId);
  const [
    nominationsMade,
    nominationsReceived,
    endorsements,
    evidence,
    submissions,
    reviewing,
    awards,
    mctEnrollment,
    mctMembership,
    activity,
  ] = await Promise.all([
    exportNominationsMade(user.id),
    exportNominationsReceived(user),
    exportEndorsements(user.id),
    exportEvidence(user.id),
    exportSubmissions(user.id),
    exportReviewing(user.id),
    exportAwards(user.id),
    exportMctEnrollment(user),
    exportMctMembership(user.id),
    exportActivity(user),
  ]);
  return {
    exportedAt: now.toISOString(),
    about:
      'Everything the Community Programs Portal holds about you. Records of other people (reviewers, committee comments, other candidates) are not included. See /privacy for what is kept and why.',
    ...account,
    ...nominationsMade,
    ...nominationsReceived,
    ...endorsements,
    ...evidence,
    ...submissions,
    ...reviewing,
    ...awards,
    ...mctEnrollment,
    ...mctMembership,
    ...activity,
  };
}

/** What the data export reads of the account itself. */
const accountExportSelect = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  image: true,
  timeZone: true,
  notificationMode: true,
  createdAt: true,
  updatedAt: true,
  anonymizedAt: true,
  passwordHash: true,
  mergedFrom: { select: { email: true, mergedAt: true } },
  accounts: { select: { provider: true, type: true, createdAt: true } },
  roles: { select: { role: true, grantedAt: true } },
  reviewerCategories: { select: { category: { select: { name: true } } } },
  providerStaff: { select: { addedAt: true, provider: { select: { name: true } } } },
} satisfies Prisma.UserSelect;

/** The account itself: profile, sign-in methods, roles, reviewer categories, provider staff. */
async function exportAccount(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: accountExportSelect,
  });
  if (!user || user.anonymizedAt) throw new AppError('NOT_FOUND', 'That account does not exist.');
  if (!user || user.anonymizedAt) throw new AppError('NOT_FOUND', 'That account does not exist.');
  return {
    user: { id: user.id, email: user.email },
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      image: user.image,
      timeZone: user.timeZone,
      emailPreference: user.notificationMode,
      hasPassword: Boolean(user.passwordHash),
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      accountsMergedIntoThisOne: user.mergedFrom.map((m) => ({ email: m.email, mergedAt: m.mergedAt })),
    },
    signInMethods: user.accounts,
    roles: user.roles,
    reviewerCategories: user.reviewerCategories.map((c) => c.category.name),
    iscProviderStaff: user.providerStaff.map((s) => ({ provider: s.provider.name, addedAt: s.addedAt })),
  };
}

export type DataExport = Awaited<ReturnType<typeof buildDataExport>>;

/** The viewer's own data export, recorded as a completed EXPORT request and in the audit log. */
export async function exportOwnData(viewer: Viewer, now: Date = new Date()): Promise<{ fileName: string; body: string }> {
  const data = await buildDataExport(viewer.id, now);
  await prisma.$transaction(async (tx) => {
    const request = await tx.privacyRequest.create({
      data: { userId: viewer.id, kind: 'EXPORT', status: 'COMPLETED', handledById: viewer.id, completedAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'privacy.exported',
      entityType: 'User',
      entityId: viewer.id,
      after: { requestId: request.id },
    });
  });
  return { fileName: `my-data-${now.toISOString().slice(0, 10)}.json`, body: JSON.stringify(data, null, 2) };
}
