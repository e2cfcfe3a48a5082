import 'server-only';
// Training deliveries MCTs recorded, for the admin (/admin/mct/deliveries) and their export
// (/api/exports/deliveries): by format and by the delivery's first day (from..to, both included;
// delivery dates are calendar dates, so no time zone applies).
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DELIVERY_FORMAT_LABELS } from '@/lib/memberships/schema';
import type { DeliveryFilter } from './filters';
import { defineExport, isoInstant, type CsvColumn } from './stream';
import { assertAdmin, keysetRead, readTablePage } from './table';
import { dateKeyOrNull, dbDay } from '@/lib/dates';
import type { Viewer } from '@/lib/auth/viewer';

/** Format, and the start date from..to. */
export function deliveryWhere(filter: DeliveryFilter): Prisma.TrainingDeliveryWhereInput {
  const where: Prisma.TrainingDeliveryWhereInput = {};
  if (filter.format) where.format = filter.format;
  if (filter.from || filter.to) {
    where.startDate = {
      ...(filter.from ? { gte: dbDay(filter.from) } : {}),
      ...(filter.to ? { lte: dbDay(filter.to) } : {}),
    };
  }
  return where;
}

const deliverySelect = {
  id: true,
  userId: true,
  renewalId: true,
  courseCode: true,
  courseTitle: true,
  startDate: true,
  endDate: true,
  format: true,
  studentCount: true,
  trainingPartner: true,
  satisfactionScore: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  importBatch: { select: { fileName: true } },
} satisfies Prisma.TrainingDeliverySelect;
type DeliveryRow = Prisma.TrainingDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** One page of deliveries, latest first unless sorted otherwise. Admins only. */
export async function listDeliveries(viewer: Viewer, filter: DeliveryFilter) {
  assertAdmin(viewer);
  const where = deliveryWhere(filter);
  const dir = filter.dir ?? 'desc';
  const orderBy: Prisma.TrainingDeliveryOrderByWithRelationInput[] =
    filter.sort === 'students' ? [{ studentCount: dir }] : [{ startDate: dir }];
  const [page, students] = await Promise.all([
    readTablePage(filter.page, where, orderBy, {
      rows: (args) => prisma.trainingDelivery.findMany({ ...args, select: deliverySelect }),
      count: (args) => prisma.trainingDelivery.count(args),
    }),
    prisma.trainingDelivery.aggregate({ where, _sum: { studentCount: true } }),
  ]);
  return { ...page, students: students._sum.studentCount ?? 0 };
}

// Columns: ids, the trainer, the course, its dates (YYYY-MM-DD), format, students, training
// partner, satisfaction (1–9), the renewal it supports, how it was recorded (file name of an
// upload, or by hand) and when (ISO 8601).
const columns: CsvColumn<DeliveryRow>[] = [
  { header: 'Delivery id', value: (r) => r.id },
  { header: 'Trainer id', value: (r) => r.userId },
  { header: 'Trainer name', value: (r) => r.user.name },
  { header: 'Trainer email', value: (r) => r.user.email },
  { header: 'Course code', value: (r) => r.courseCode },
  { header: 'Course title', value: (r) => r.courseTitle },
  { header: 'Start date', value: (r) => dateKeyOrNull(r.startDate) },
  { header: 'End date', value: (r) => dateKeyOrNull(r.endDate) },
  { header: 'Format', value: (r) => DELIVERY_FORMAT_LABELS[r.format] },
  { header: 'Students', value: (r) => r.studentCount },
  { header: 'Training partner', value: (r) => r.trainingPartner },
  { header: 'Satisfaction', value: (r) => (r.satisfactionScore === null ? null : Number(r.satisfactionScore)) },
  { header: 'Renewal id', value: (r) => r.renewalId },
  { header: 'Recorded from', value: (r) => r.importBatch?.fileName ?? 'Form' },
  { header: 'Recorded at', value: (r) => isoInstant(r.createdAt) },
];

/** The deliveries export, in id order. Admins only. */
export function deliveriesExport(viewer: Viewer, filter: DeliveryFilter, batchSize?: number) {
  assertAdmin(viewer);
  const where = deliveryWhere(filter);
  return defineExport(
    'deliveries',
    columns,
    keysetRead(where, (args) => prisma.trainingDelivery.findMany({ ...args, select: deliverySelect })),
    batchSize,
  );
}
