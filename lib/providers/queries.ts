import { clampedPage } from '@/lib/paging';
import 'server-only';
import { assertProviderStaff, assertRole } from '@/lib/auth/policy';
import { prisma } from '@/lib/db';
import { dateKey, dbDay, isWithin, todayIn } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { describeClosure, pauseCovering } from '@/lib/mct/enrollment-window';
import { heldNotice } from '@/lib/mct/held-applications';
import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';
import { loadEnrollmentState } from '@/lib/mct/loaders';
import { iscValidFrom } from '@/lib/mct/requirements';
import { readProgramSettings, readProgramTimeZone } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';

/** The ISC providers the viewer is staff of, with their approval period and counts. Only their own. */
export async function listMyProviders(viewer: Viewer) {
  return prisma.iscProvider.findMany({
    where: { id: { in: viewer.providerIds } },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      approvedFrom: true,
      approvedUntil: true,
      _count: { select: { completions: true, applications: true } },
      staff: { select: { user: { select: { name: true, email: true } } } },
    },
  });
}

export const COMPLETIONS_PAGE_SIZE = 25;
/** The provider's started applications a page (newest first). */
export const PROVIDER_APPLICATIONS_PAGE_SIZE = 20;

/** A provider's completions matching a search by name, email or certificate id. */
function completionsWhere(providerId: string, search: string): Prisma.IscCompletionWhereInput {
  return {
    providerId,
    ...(search
      ? {
          OR: [
            { candidateEmail: { contains: search.toLowerCase() } },
            { candidateName: { contains: search, mode: 'insensitive' } },
            { certificateId: { contains: search } },
          ],
        }
      : {}),
  };
}

/** One page of completions, latest first (a page past the end shows the last one). */
async function readCompletionsPage(where: Prisma.IscCompletionWhereInput, requestedPage: number | undefined) {
  const totalMatching = await prisma.iscCompletion.count({ where });
  const { page, pageCount, skip, take } = clampedPage(requestedPage, totalMatching, COMPLETIONS_PAGE_SIZE);
  const completions = await prisma.iscCompletion.findMany({
    where,
    orderBy: [{ completedOn: 'desc' }, { id: 'desc' }],
    skip,
    take,
    select: {
      id: true,
      candidateName: true,
      candidateEmail: true,
      completedOn: true,
      certificateId: true,
      confirmedAt: true,
      importBatchId: true,
      withdrawnAt: true,
      withdrawnReason: true,
      version: true,
    },
  });
  return { completions, totalMatching, page, pageCount };
}

/** How many completions the provider confirmed in all, a page of the applications it started (a page
 * past the end shows the last one) and its recent uploads. */
async function readProviderActivity(providerId: string, requestedApplicationsPage: number | undefined) {
  const applicationsWhere: Prisma.MctApplicationWhereInput = { providerId, channel: 'PROVIDER' };
  const totalApplications = await prisma.mctApplication.count({ where: applicationsWhere });
  const applicationsWindow = clampedPage(requestedApplicationsPage, totalApplications, PROVIDER_APPLICATIONS_PAGE_SIZE);
  const [totalCompletions, applications, imports] = await Promise.all([
    prisma.iscCompletion.count({ where: { providerId } }),
    prisma.mctApplication.findMany({
      where: applicationsWhere,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: applicationsWindow.skip,
      take: applicationsWindow.take,
      select: {
        id: true,
        status: true,
        version: true,
        createdAt: true,
        submittedAt: true,
        decidedAt: true,
        candidate: { select: { name: true, email: true } },
        initiatedBy: { select: { name: true, email: true } },
      },
    }),
    prisma.importBatch.findMany({
      where: { providerId, kind: 'ISC_COMPLETIONS' },
      orderBy: { createdAt: 'desc' },
      take: 5,
      select: {
        id: true,
        fileName: true,
        rowsTotal: true,
        rowsImported: true,
        rowsRejected: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  return {
    totalCompletions,
    applications,
    totalApplications,
    applicationsPage: applicationsWindow.page,
    applicationsPageCount: applicationsWindow.pageCount,
    imports,
  };
}

/** One provider's workspace for its staff: approval, a page of its confirmed completions (optionally
 * filtered by name or email), the applications it started and its recent uploads. Staff of that
 * provider only. */
export async function getProviderWorkspace(
  viewer: Viewer,
  providerId: string,
  opts: { page?: number; search?: string; applicationsPage?: number } = {},
  now = new Date(),
) {
  assertProviderStaff(viewer, providerId);
  const provider = await prisma.iscProvider.findUnique({
    where: { id: providerId },
    select: {
      id: true,
      name: true,
      contactEmail: true,
      approvedFrom: true,
      approvedUntil: true,
      staff: { orderBy: { addedAt: 'asc' }, select: { user: { select: { name: true, email: true } } } },
    },
  });
  if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
  // Whether candidates can apply themselves today: when self-service is off or paused, the provider's
  // manual applications are the way in, and the page says so with the dates.
  const enrollment = await loadEnrollmentState(prisma, now);
  const settings = enrollment.settings;
  const today = enrollment.today;
  const closure = enrollment.window.isOpen ? null : describeClosure(enrollment.window, settings.timeZone, viewer.timeZone);
  const search = opts.search?.trim().slice(0, 200) ?? '';
  const [completionsPage, activity] = await Promise.all([
    readCompletionsPage(completionsWhere(providerId, search), opts.page),
    readProviderActivity(providerId, opts.applicationsPage),
  ]);
  return {
    provider,
    isApprovedToday: isWithin(today, dateKey(provider.approvedFrom), dateKey(provider.approvedUntil)),
    selfServiceClosure: closure,
    /** Why its held applications are still held, in the viewer's zone (null once enrollment reopens). */
    heldNotice: heldNotice(enrollment.window, settings.timeZone, viewer.timeZone),
    /** The enrollment window and the program's time zone, for a page that says the above in another language. */
    enrollmentWindow: enrollment.window,
    programTimeZone: settings.timeZone,
    /** Whether a pause covers today: applications submitted now are held until enrollment reopens. */
    holdsNewApplications: pauseCovering(enrollment.pauses, today) !== null,
    ...completionsPage,
    search,
    ...activity,
  };
}

/** The provider's completions for one email address that still meet the 3-year requirement: what a
 * manual application can be started with. Staff of that provider only. */
export async function findCandidateCompletions(viewer: Viewer, input: { providerId: string; candidateEmail: string }, now = new Date()) {
  assertProviderStaff(viewer, input.providerId);
  const settings = await readProgramSettings();
  const validFrom = iscValidFrom(todayIn(settings.timeZone, now));
  const rows = await prisma.iscCompletion.findMany({
    where: {
      providerId: input.providerId,
      candidateEmail: input.candidateEmail,
      withdrawnAt: null,
      completedOn: { gte: dbDay(validFrom) },
    },
    orderBy: { completedOn: 'desc' },
    select: { id: true, candidateName: true, completedOn: true, certificateId: true },
  });
  return rows.map((r) => ({
    id: r.id,
    candidateName: r.candidateName,
    completedOn: dateKey(r.completedOn),
    certificateId: r.certificateId,
  }));
}

// ───────────────────────────── Program team ─────────────────────────────

/** Every ISC provider with its approval and counts. Admins only. */
export async function listProvidersForAdmin(viewer: Viewer) {
  assertRole(viewer, 'ADMIN');
  return prisma.iscProvider.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      contactEmail: true,
      approvedFrom: true,
      approvedUntil: true,
      _count: { select: { staff: true, completions: true, applications: true } },
    },
  });
}

/** One ISC provider with its staff, for the admin's edit page. Admins only. */
export async function getProviderForAdmin(viewer: Viewer, providerId: string) {
  assertRole(viewer, 'ADMIN');
  return prisma.iscProvider.findUnique({
    where: { id: providerId },
    select: {
      id: true,
      name: true,
      slug: true,
      country: true,
      version: true,
      contactEmail: true,
      website: true,
      approvedFrom: true,
      approvedUntil: true,
      staff: { orderBy: { addedAt: 'asc' }, select: { addedAt: true, user: { select: { id: true, name: true, email: true } } } },
      _count: { select: { completions: true, applications: true } },
    },
  });
}

// ───────────────────────────── The API (lib/api) ─────────────────────────────

const afterId = (id: string | undefined) => (id ? { id: { gt: id } } : {});

/** A page of the provider's completions in id (confirmation) order after `after`. Staff of that
 * provider only. */
export async function listCompletionsAfter(viewer: Viewer, providerId: string, after: string | undefined, take: number) {
  assertProviderStaff(viewer, providerId);
  const rows = await prisma.iscCompletion.findMany({
    where: { providerId, ...afterId(after) },
    orderBy: { id: 'asc' },
    take,
    select: { id: true, candidateName: true, candidateEmail: true, completedOn: true, certificateId: true, confirmedAt: true },
  });
  return rows.map((r) => ({ ...r, completedOn: dateKey(r.completedOn), confirmedAt: r.confirmedAt.toISOString() }));
}

/** A page of the MCT applications the provider started, in id (creation) order after `after`,
 * optionally of one status. Staff of that provider only. */
export async function listStartedApplicationsAfter(
  viewer: Viewer,
  providerId: string,
  opts: { after: string | undefined; take: number; status?: MctApplicationStatus },
) {
  assertProviderStaff(viewer, providerId);
  const rows = await prisma.mctApplication.findMany({
    where: { providerId, channel: 'PROVIDER', ...(opts.status ? { status: opts.status } : {}), ...afterId(opts.after) },
    orderBy: { id: 'asc' },
    take: opts.take,
    select: {
      id: true,
      status: true,
      iscCompletionId: true,
      createdAt: true,
      submittedAt: true,
      decidedAt: true,
      candidate: { select: { name: true, email: true } },
    },
  });
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return rows.map((a) => ({
    id: a.id,
    status: a.status,
    candidateName: a.candidate.name,
    candidateEmail: a.candidate.email,
    iscCompletionId: a.iscCompletionId,
    createdAt: a.createdAt.toISOString(),
    submittedAt: iso(a.submittedAt),
    decidedAt: iso(a.decidedAt),
  }));
}

/** The ISC providers approved today (program time zone), for the public list: a candidate sees where
 * to take the instructional-skills course. Only what providers publish: name, country, contact. */
export async function listApprovedProviders(now: Date = new Date()) {
  const today = new Date(`${todayIn(await readProgramTimeZone(), now)}T00:00:00Z`);
  return prisma.iscProvider.findMany({
    where: { approvedFrom: { lte: today }, approvedUntil: { gte: today } },
    orderBy: [{ country: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, country: true, contactEmail: true, website: true, approvedUntil: true },
  });
}
