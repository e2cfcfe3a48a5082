import 'server-only';
// The admin's nominations table (/admin/nominations) and its export (/api/exports/nominations).
import { prisma } from '@/lib/db';
import { endOfDayIn, startOfDayIn } from '@/lib/dates';
import type { Prisma } from '@/lib/generated/prisma/client';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { RELATIONSHIP_LABELS } from '@/lib/nominations/schema';
import type { NominationFilter } from './filters';
import { defineExport, isoInstant, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import type { Viewer } from '@/lib/auth/viewer';

/** Cycle, category, status, and the creation date from..to (both days whole, in the admin's zone). */
export function nominationWhere(filter: NominationFilter, timeZone: string): Prisma.NominationWhereInput {
  const where: Prisma.NominationWhereInput = {};
  if (filter.cycle) where.cycleId = filter.cycle;
  if (filter.category) where.categoryId = filter.category;
  if (filter.status) where.status = filter.status;
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: startOfDayIn(filter.from, timeZone) } : {}),
      ...(filter.to ? { lte: endOfDayIn(filter.to, timeZone) } : {}),
    };
  }
  return where;
}

const nominationSelect = {
  id: true,
  status: true,
  nomineeName: true,
  nomineeEmail: true,
  nomineeId: true,
  relationship: true,
  statement: true,
  createdAt: true,
  inviteExpiresAt: true,
  respondedAt: true,
  closedAt: true,
  cycle: { select: { name: true } },
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  nominator: { select: { name: true, email: true } },
  submission: { select: { submittedAt: true } },
  _count: { select: { endorsements: true } },
} satisfies Prisma.NominationSelect;
type NominationRow = Prisma.NominationGetPayload<{ select: typeof nominationSelect }>;

/** One page of nominations, newest first unless sorted otherwise. Admins only. */
export async function listNominations(viewer: Viewer, filter: NominationFilter) {
  assertAdmin(viewer);
  const where = nominationWhere(filter, viewer.timeZone);
  const dir = filter.dir ?? (filter.sort === 'nominee' ? 'asc' : 'desc');
  const orderBy: Prisma.NominationOrderByWithRelationInput[] =
    filter.sort === 'nominee' ? [{ nomineeName: dir }] : filter.sort === 'status' ? [{ status: dir }] : [{ createdAt: dir }];
  return readTablePage(filter.page, where, orderBy, {
    rows: (args) => prisma.nomination.findMany({ ...args, select: nominationSelect }),
    count: (args) => prisma.nomination.count(args),
  });
}

// Columns: ids first (to join with other exports), then who, what, where it stands, and when; all
// instants in ISO 8601 (UTC). The statement is the nominator's own words, neutralised like every cell.
const columns: CsvColumn<NominationRow>[] = [
  { header: 'Nomination id', value: (r) => r.id },
  { header: 'Award cycle', value: (r) => r.cycle.name },
  { header: 'Award category', value: (r) => r.category.name },
  { header: 'Focus area', value: (r) => r.focusArea?.name },
  { header: 'Status', value: (r) => NOMINATION_STATUS_COPY[r.status].label },
  { header: 'Nominee name', value: (r) => r.nomineeName },
  { header: 'Nominee email', value: (r) => r.nomineeEmail },
  { header: 'Nominee has an account', value: (r) => Boolean(r.nomineeId) },
  { header: 'Nominator name', value: (r) => r.nominator.name },
  { header: 'Nominator email', value: (r) => r.nominator.email },
  { header: 'Relationship', value: (r) => RELATIONSHIP_LABELS[r.relationship] },
  { header: 'Endorsements', value: (r) => r._count.endorsements },
  { header: 'Created at', value: (r) => isoInstant(r.createdAt) },
  { header: 'Invitation expires at', value: (r) => isoInstant(r.inviteExpiresAt) },
  { header: 'Responded at', value: (r) => isoInstant(r.respondedAt) },
  { header: 'Evidence submitted at', value: (r) => isoInstant(r.submission?.submittedAt) },
  { header: 'Closed at', value: (r) => isoInstant(r.closedAt) },
  { header: 'Statement', value: (r) => r.statement },
];

/** The nominations export: every nomination the filter matches, in id (creation) order. Admins only. */
export function nominationsExport(viewer: Viewer, filter: NominationFilter, batchSize?: number) {
  assertAdmin(viewer);
  const where = nominationWhere(filter, viewer.timeZone);
  return defineExport(
    'nominations',
    columns,
    keysetRead(where, (args) => prisma.nomination.findMany({ ...args, select: nominationSelect })),
    batchSize,
  );
}
