import 'server-only';
// MCT applications for the admin (/admin/mct/applications) and their export
// (/api/exports/mct-applications): by channel, by the month the application was started (in the
// admin's time zone) and by status.
import { prisma } from '@/lib/db';
import { dateKeyOrNull, startOfDayIn } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MctApplicationStatus } from '@/lib/generated/prisma/enums';
import { ENROLLMENT_CHANNEL_LABELS, MCT_APPLICATION_STATUS_COPY } from '@/lib/mct/lifecycle';
import { applicationStatusOf, type ApplicationFilter } from './filters';
import { defineExport, isoInstant, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import type { Viewer } from '@/lib/auth/viewer';

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** Channel and month; the status is left to the caller (the page counts every status). */
function baseWhere(filter: ApplicationFilter, timeZone: string): Prisma.MctApplicationWhereInput {
  const where: Prisma.MctApplicationWhereInput = {};
  if (filter.channel) where.channel = filter.channel;
  if (filter.month) {
    where.createdAt = {
      gte: startOfDayIn(`${filter.month}-01`, timeZone),
      lt: startOfDayIn(`${nextMonth(filter.month)}-01`, timeZone),
    };
  }
  return where;
}

/** Channel, month and status (none given: the submitted queue; see applicationStatusOf). */
export function applicationWhere(filter: ApplicationFilter, timeZone: string): Prisma.MctApplicationWhereInput {
  const status = applicationStatusOf(filter);
  return { ...baseWhere(filter, timeZone), ...(status ? { status } : {}) };
}

const applicationSelect = {
  id: true,
  status: true,
  channel: true,
  kind: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  rejectionReason: true,
  feeCents: true,
  feeWaived: true,
  candidate: { select: { id: true, name: true, email: true } },
  provider: { select: { name: true } },
  initiatedBy: { select: { email: true } },
  decidedBy: { select: { email: true } },
  candidateCertification: { select: { credentialId: true, certification: { select: { code: true } } } },
  iscCompletion: { select: { completedOn: true, certificateId: true, provider: { select: { name: true } } } },
  agreementAcceptance: { select: { acceptedAt: true, agreement: { select: { version: true } } } },
} satisfies Prisma.MctApplicationSelect;
type ApplicationRow = Prisma.MctApplicationGetPayload<{ select: typeof applicationSelect }>;

/** One page of applications (the submitted queue oldest first, anything else newest first), with
 * how many of each status match the channel and month. Admins only. */
export async function listApplications(viewer: Viewer, filter: ApplicationFilter) {
  assertAdmin(viewer);
  const where = applicationWhere(filter, viewer.timeZone);
  const status = applicationStatusOf(filter);
  const orderBy: Prisma.MctApplicationOrderByWithRelationInput[] =
    status === 'SUBMITTED' ? [{ submittedAt: 'asc' }] : [{ createdAt: 'desc' }];
  const [page, counts] = await Promise.all([
    readTablePage(filter.page, where, orderBy, {
      rows: (args) => prisma.mctApplication.findMany({ ...args, select: applicationSelect }),
      count: (args) => prisma.mctApplication.count(args),
    }),
    prisma.mctApplication.groupBy({ by: ['status'], where: baseWhere(filter, viewer.timeZone), _count: { _all: true } }),
  ]);
  const count = (s: MctApplicationStatus) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return { ...page, status, count };
}

// Columns: ids, the candidate, channel (and the provider and staff member who started it), kind,
// status, the evidence of each requirement, fee, and dates (instants ISO 8601, days YYYY-MM-DD).
const columns: CsvColumn<ApplicationRow>[] = [
  { header: 'Application id', value: (r) => r.id },
  { header: 'Candidate id', value: (r) => r.candidate.id },
  { header: 'Candidate name', value: (r) => r.candidate.name },
  { header: 'Candidate email', value: (r) => r.candidate.email },
  { header: 'Channel', value: (r) => ENROLLMENT_CHANNEL_LABELS[r.channel] },
  { header: 'ISC provider', value: (r) => r.provider?.name },
  { header: 'Started by', value: (r) => r.initiatedBy?.email },
  { header: 'Kind', value: (r) => (r.kind === 'REINSTATEMENT' ? 'Reinstatement' : 'New') },
  { header: 'Status', value: (r) => MCT_APPLICATION_STATUS_COPY[r.status].label },
  { header: 'Certification', value: (r) => r.candidateCertification?.certification.code },
  { header: 'Credential id', value: (r) => r.candidateCertification?.credentialId },
  { header: 'ISC provider of completion', value: (r) => r.iscCompletion?.provider.name },
  { header: 'ISC certificate id', value: (r) => r.iscCompletion?.certificateId },
  { header: 'ISC completed on', value: (r) => dateKeyOrNull(r.iscCompletion?.completedOn) },
  { header: 'Agreement version', value: (r) => r.agreementAcceptance?.agreement.version },
  { header: 'Agreement accepted at', value: (r) => isoInstant(r.agreementAcceptance?.acceptedAt) },
  { header: 'Fee (cents)', value: (r) => r.feeCents },
  { header: 'Fee waived', value: (r) => r.feeWaived },
  { header: 'Started at', value: (r) => isoInstant(r.createdAt) },
  { header: 'Submitted at', value: (r) => isoInstant(r.submittedAt) },
  { header: 'Decided at', value: (r) => isoInstant(r.decidedAt) },
  { header: 'Decided by', value: (r) => r.decidedBy?.email },
  { header: 'Rejection reason', value: (r) => r.rejectionReason },
];

/** The MCT applications export, in id (creation) order. Admins only. */
export async function mctApplicationsExport(viewer: Viewer, filter: ApplicationFilter, batchSize?: number) {
  assertAdmin(viewer);
  const where = applicationWhere(filter, viewer.timeZone);
  return defineExport(
    'mct-applications',
    columns,
    keysetRead(where, (args) => prisma.mctApplication.findMany({ ...args, select: applicationSelect })),
    batchSize,
  );
}
