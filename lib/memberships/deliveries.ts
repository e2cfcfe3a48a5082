import 'server-only';
// A member's training deliveries: logged one by one or by spreadsheet (previewed, then saved in one
// statement), and removed, while the year's renewal is still open to changes.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { addYears, type Clock, type DateKey, dateKey, dbDay } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { readSpreadsheet } from '@/lib/spreadsheets/read';
import { uuid7 } from '@/lib/uuid7';
import { deliveryDateProblem, parseDeliveriesTable, type DeliveryRow, type RowIssue } from './deliveries-file';
import type { DeliveryValues, removeDeliverySchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertRenewalEditable, membershipToday, requireActiveMembership } from './membership-state';
import { RESUBMITTABLE_MCT_RENEWAL } from './lifecycle';

const deliveryData = (userId: string, membershipId: string, v: DeliveryValues, importBatchId: string | null = null) => ({
  userId,
  membershipId,
  courseCode: v.courseCode,
  courseTitle: v.courseTitle,
  startDate: dbDay(v.startDate),
  endDate: dbDay(v.endDate),
  format: v.format,
  studentCount: v.studentCount,
  trainingPartner: v.trainingPartner,
  satisfactionScore: v.satisfactionScore,
  importBatchId,
});

const deliveryKey = (v: { courseCode: string; startDate: DateKey; trainingPartner: string }) =>
  `${v.courseCode.toLowerCase()}|${v.startDate}|${v.trainingPartner.toLowerCase()}`;

// ───────────────────────────── Deliveries ─────────────────────────────

/** Logs one training delivery on the viewer's own membership. */
export async function addDelivery(viewer: Viewer, input: DeliveryValues, clock: Clock = {}): Promise<{ id: string }> {
  const now = clock.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const today = await membershipToday(tx, now);
    const m = await requireActiveMembership(tx, viewer, today);
    await assertRenewalEditable(tx, m.term.id);
    const problem = deliveryDateProblem(input.endDate, today);
    if (problem) throw new AppError('INVALID', 'Some fields need attention.', { endDate: [problem] });
    // One add at a time per member (the form sent twice at once): the second then sees the first's row
    // below. No unique index can say "same course, start date and partner, case-insensitive".
    await tx.$executeRaw`SELECT 1 FROM "MctMembership" WHERE id = ${m.id}::uuid FOR UPDATE`;
    const duplicate = await tx.trainingDelivery.findFirst({
      where: {
        userId: viewer.id,
        courseCode: { equals: input.courseCode, mode: 'insensitive' },
        startDate: dbDay(input.startDate),
        trainingPartner: { equals: input.trainingPartner, mode: 'insensitive' },
      },
      select: { id: true },
    });
    if (duplicate)
      throw new AppError('CONFLICT', 'Some fields need attention.', {
        courseCode: ['You already logged this course with this partner on that start date'],
      });
    const created = await tx.trainingDelivery.create({ data: deliveryData(viewer.id, m.id, input), select: { id: true } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'training_delivery.added',
      entityType: 'TrainingDelivery',
      entityId: created.id,
      after: input,
    });
    return created;
  });
}

/** Removes one of the viewer's own deliveries while the renewal can still change. */
export async function removeDelivery(viewer: Viewer, input: z.output<typeof removeDeliverySchema>, clock: Clock = {}): Promise<void> {
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const delivery = await tx.trainingDelivery.findFirst({
      where: { id: input.id, userId: viewer.id },
      select: { id: true, courseCode: true, startDate: true, renewal: { select: { status: true } } },
    });
    if (!delivery) throw new AppError('NOT_FOUND', 'That delivery is not in your log (it may have been removed already).');
    if (delivery.renewal && !RESUBMITTABLE_MCT_RENEWAL.includes(delivery.renewal.status)) {
      throw new AppError('CONFLICT', 'This delivery is part of a submitted or approved renewal, so it stays in your log.');
    }
    const today = await membershipToday(tx, now);
    await requireActiveMembership(tx, viewer, today);
    await tx.trainingDelivery.delete({ where: { id: delivery.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'training_delivery.removed',
      entityType: 'TrainingDelivery',
      entityId: delivery.id,
      before: { courseCode: delivery.courseCode, startDate: dateKey(delivery.startDate) },
    });
  });
}

export type DeliveriesImportInput = { fileName: string; bytes: Uint8Array };

/** What the member sees before confirming an upload: nothing is saved yet. */
export type DeliveriesPreview = {
  fileName: string;
  fileHash: string;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  /** The first problems, by row and column. */
  issues: RowIssue[];
  issuesTotal: number;
  /** The first valid rows, as they will be saved. */
  rows: DeliveryRow[];
  formulaCells: number;
  ignoredColumns: string[];
  /** False when the file is refused as a whole (formulas) or has no valid row. */
  canImport: boolean;
};

export type DeliveriesImportResult = { batchId: string; imported: number; rejected: number };

const PREVIEW_ISSUES = 200;

const PREVIEW_ROWS = 50;

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function parseUpload(tx: Tx, viewer: Viewer, input: DeliveriesImportInput, today: DateKey) {
  const table = await readSpreadsheet(input.bytes, input.fileName);
  const parsed = parseDeliveriesTable(table, today);
  // Rows the member logged before (by hand or an earlier upload) are not saved twice. One query
  // for the whole file, reading only the member's deliveries that match one of its rows (by the
  // (userId, startDate) index), however long the log is; the keys are compared again below.
  const earlier = parsed.rows.length
    ? await tx.$queryRaw<{ courseCode: string; startDate: Date; trainingPartner: string }[]>`
        SELECT DISTINCT d."courseCode", d."startDate", d."trainingPartner"
        FROM "TrainingDelivery" d
        JOIN unnest(
          ${parsed.rows.map((r) => r.courseCode)}::text[],
          ${parsed.rows.map((r) => r.startDate)}::date[],
          ${parsed.rows.map((r) => r.trainingPartner)}::text[]
        ) AS f("courseCode", "startDate", "trainingPartner")
          ON d."startDate" = f."startDate"
         AND lower(d."courseCode") = lower(f."courseCode")
         AND lower(d."trainingPartner") = lower(f."trainingPartner")
        WHERE d."userId" = ${viewer.id}::uuid AND d."endDate" >= ${addYears(today, -1)}::date`
    : [];
  const known = new Set(earlier.map((d) => deliveryKey({ ...d, startDate: dateKey(d.startDate) })));
  const rows: DeliveryRow[] = [];
  const issues = [...parsed.issues];
  let rejected = parsed.rowsRejected;
  for (const row of parsed.rows) {
    if (known.has(deliveryKey(row))) {
      issues.push({
        row: row.row,
        column: 'course code',
        message: `${row.courseCode} starting ${row.startDate} with ${row.trainingPartner} is already in your log`,
      });
      rejected++;
    } else rows.push(row);
  }
  issues.sort((a, b) => a.row - b.row);
  return { ...parsed, rows, issues, rowsRejected: rejected };
}

/** Reads and checks an uploaded spreadsheet of deliveries; saves nothing. */
export async function previewDeliveriesImport(viewer: Viewer, input: DeliveriesImportInput, clock: Clock = {}): Promise<DeliveriesPreview> {
  const now = clock.now ?? new Date();
  const today = await membershipToday(prisma, now);
  await requireActiveMembership(prisma, viewer, today);
  const parsed = await parseUpload(prisma, viewer, input, today);
  return {
    fileName: input.fileName,
    fileHash: hashOf(input.bytes),
    rowsTotal: parsed.rowsTotal,
    rowsValid: parsed.rows.length,
    rowsRejected: parsed.rowsRejected,
    issues: parsed.issues.slice(0, PREVIEW_ISSUES),
    issuesTotal: parsed.issues.length,
    rows: parsed.rows.slice(0, PREVIEW_ROWS),
    formulaCells: parsed.formulaCells,
    ignoredColumns: parsed.ignoredColumns,
    canImport: parsed.formulaCells === 0 && parsed.rows.length > 0,
  };
}

/** All the rows of an upload in one statement: the columns travel as arrays and unnest() turns
 * them back into rows (createMany of 10,000 rows took seconds; this takes a fraction of one). */
async function insertDeliveries(tx: Tx, userId: string, membershipId: string, batchId: string, rows: DeliveryValues[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "TrainingDelivery" (id, "userId", "membershipId", "courseCode", "courseTitle", "startDate", "endDate",
      format, "studentCount", "trainingPartner", "satisfactionScore", "importBatchId")
    SELECT r.id, ${userId}::uuid, ${membershipId}::uuid, r.code, r.title, r.starts, r.ends,
      r.format::"DeliveryFormat", r.students, r.partner, r.score, ${batchId}::uuid
    FROM unnest(
      ${rows.map(() => uuid7())}::uuid[],
      ${rows.map((r) => r.courseCode)}::text[],
      ${rows.map((r) => r.courseTitle)}::text[],
      ${rows.map((r) => r.startDate)}::date[],
      ${rows.map((r) => r.endDate)}::date[],
      ${rows.map((r) => r.format)}::text[],
      ${rows.map((r) => r.studentCount)}::int[],
      ${rows.map((r) => r.trainingPartner)}::text[],
      ${rows.map((r) => (r.satisfactionScore === null ? null : String(r.satisfactionScore)))}::numeric[]
    ) AS r(id, code, title, starts, ends, format, students, partner, score)`;
}

/** Saves the valid rows of the file the member previewed (the same bytes: the hash must match). */
export async function importDeliveries(
  viewer: Viewer,
  input: DeliveriesImportInput & { fileHash: string },
  clock: Clock = {},
): Promise<DeliveriesImportResult> {
  const now = clock.now ?? new Date();
  if (hashOf(input.bytes) !== input.fileHash)
    throw new AppError('CONFLICT', 'The file changed since you previewed it. Preview it again before saving.');
  return prisma.$transaction(
    async (tx) => {
      const today = await membershipToday(tx, now);
      const m = await requireActiveMembership(tx, viewer, today);
      await assertRenewalEditable(tx, m.term.id);
      const parsed = await parseUpload(tx, viewer, input, today);
      if (parsed.formulaCells > 0) {
        throw new AppError(
          'INVALID',
          `The file has ${parsed.formulaCells} cell(s) with formulas. Replace them with values and upload again. Nothing was saved.`,
        );
      }
      if (parsed.rows.length === 0)
        throw new AppError('INVALID', 'No row of the file can be saved. Fix the rows listed and upload again. Nothing was saved.');
      const batch = await tx.importBatch.create({
        data: {
          kind: 'TRAINING_DELIVERIES',
          userId: viewer.id,
          fileName: input.fileName.slice(0, 255),
          rowsTotal: parsed.rowsTotal,
          rowsImported: parsed.rows.length,
          rowsRejected: parsed.rowsRejected,
        },
        select: { id: true },
      });
      await insertDeliveries(tx, viewer.id, m.id, batch.id, parsed.rows);
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'training_delivery.imported',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { fileName: input.fileName, rowsTotal: parsed.rowsTotal, imported: parsed.rows.length, rejected: parsed.rowsRejected },
      });
      return { batchId: batch.id, imported: parsed.rows.length, rejected: parsed.rowsRejected };
    },
    { timeout: 60_000 },
  );
}
