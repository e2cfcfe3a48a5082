import 'server-only';
import { dateKeyOrNull } from '@/lib/dates';
// Award years for the admin (/admin/awards) and their export (/api/exports/awards), filtered by
// category and by the year the award starts in.
import { awardStatusOn, type AwardStatus } from '@/lib/awards/lifecycle';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AwardFilter } from './filters';
import { defineExport, isoInstant, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import { programToday } from '@/lib/program-settings';
import type { Viewer } from '@/lib/auth/viewer';

export const AWARD_STATUS_LABELS: Record<AwardStatus, string> = {
  REVOKED: 'Revoked',
  AWAITING_ACCEPTANCE: 'Waiting for acceptance',
  UPCOMING: 'Accepted, starts later',
  ACTIVE: 'Active',
  ENDED: 'Ended',
};

/** Category, and the calendar year of the award's first day. */
export function awardWhere(filter: AwardFilter): Prisma.AwardWhereInput {
  const where: Prisma.AwardWhereInput = {};
  if (filter.category) where.categoryId = filter.category;
  if (filter.year) where.startsOn = { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) };
  return where;
}

const awardSelect = {
  id: true,
  userId: true,
  startsOn: true,
  endsOn: true,
  acceptedAt: true,
  revokedAt: true,
  renewsId: true,
  submissionId: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  cycle: { select: { name: true } },
} satisfies Prisma.AwardSelect;
type AwardRow = Prisma.AwardGetPayload<{ select: typeof awardSelect }>;

/** One page of award years, latest start first unless sorted otherwise, with each one's status
 * today (in the program's time zone). Admins only. */
export async function listAwards(viewer: Viewer, filter: AwardFilter, now: Date = new Date()) {
  assertAdmin(viewer);
  const where = awardWhere(filter);
  const dir = filter.dir ?? (filter.sort === 'holder' ? 'asc' : 'desc');
  const orderBy: Prisma.AwardOrderByWithRelationInput[] = filter.sort === 'holder' ? [{ user: { name: dir } }] : [{ startsOn: dir }];
  const [page, today] = await Promise.all([
    readTablePage(filter.page, where, orderBy, {
      rows: (args) => prisma.award.findMany({ ...args, select: awardSelect }),
      count: (args) => prisma.award.count(args),
    }),
    programToday(prisma, now),
  ]);
  return { ...page, rows: page.rows.map((r) => ({ ...r, status: awardStatusOn(r, today) })) };
}

/** The awards export, in id (creation) order. Admins only. */
export async function awardsExport(viewer: Viewer, filter: AwardFilter, batchSize?: number, now: Date = new Date()) {
  assertAdmin(viewer);
  const where = awardWhere(filter);
  const today = await programToday(prisma, now);
  // Columns: ids, the holder, category and focus area, the cycle that decided it, the award year's
  // dates (YYYY-MM-DD), its status today, acceptance and revocation (ISO 8601), and whether it
  // came from a renewal.
  const columns: CsvColumn<AwardRow>[] = [
    { header: 'Award id', value: (r) => r.id },
    { header: 'Holder id', value: (r) => r.userId },
    { header: 'Holder name', value: (r) => r.user.name },
    { header: 'Holder email', value: (r) => r.user.email },
    { header: 'Award category', value: (r) => r.category.name },
    { header: 'Focus area', value: (r) => r.focusArea?.name },
    { header: 'Award cycle', value: (r) => r.cycle.name },
    { header: 'Starts on', value: (r) => dateKeyOrNull(r.startsOn) },
    { header: 'Ends on', value: (r) => dateKeyOrNull(r.endsOn) },
    { header: 'Status', value: (r) => AWARD_STATUS_LABELS[awardStatusOn(r, today)] },
    { header: 'Accepted at', value: (r) => isoInstant(r.acceptedAt) },
    { header: 'Revoked at', value: (r) => isoInstant(r.revokedAt) },
    { header: 'Renewal', value: (r) => Boolean(r.renewsId) },
    { header: 'Submission id', value: (r) => r.submissionId },
  ];
  return defineExport(
    'awards',
    columns,
    keysetRead(where, (args) => prisma.award.findMany({ ...args, select: awardSelect })),
    batchSize,
  );
}
