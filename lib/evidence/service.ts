import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { AppError, STALE_WRITE_MESSAGE } from '@/lib/errors';
import type { ReachMetric } from '@/lib/generated/prisma/enums';
import { withRateLimit } from '@/lib/security/rate-limit';
import { parseEvidenceCsv, type CsvParseResult, type CsvRow } from './csv';
import {
  evidenceDateProblem,
  type deleteEvidenceItemSchema,
  type EvidenceItemData,
  type evidenceImportSchema,
  type evidencePreviewSchema,
} from './schema';
import { dbDay } from '@/lib/dates';
import type { Viewer } from '@/lib/auth/viewer';

/** The dates again in the candidate's own time zone: the action's first parse only knew that no
 * zone on Earth had reached them yet. */
function assertDatesForViewer(item: EvidenceItemData, viewer: Viewer): void {
  const errors: Record<string, string[]> = {};
  const start = evidenceDateProblem(item.startDate, viewer.timeZone);
  if (start) errors.startDate = [start];
  const end = item.endDate ? evidenceDateProblem(item.endDate, viewer.timeZone, 'end date') : null;
  if (end) errors.endDate = [end];
  if (Object.keys(errors).length > 0) throw new AppError('INVALID', 'Some fields need attention.', errors);
}

async function assertTechnologyArea(tx: Tx, item: EvidenceItemData): Promise<void> {
  if (!item.categoryId) return;
  const category = await tx.awardCategory.findFirst({
    where: { id: item.categoryId, isActive: true },
    select: { focusAreas: { where: { isActive: true }, select: { id: true } } },
  });
  if (!category) throw new AppError('INVALID', 'Some fields need attention.', { categoryId: ['Choose a technology area from the list'] });
  if (item.focusAreaId && !category.focusAreas.some((f) => f.id === item.focusAreaId)) {
    throw new AppError('INVALID', 'Some fields need attention.', { focusAreaId: ['Choose a focus area of this technology area'] });
  }
}

const columnsOf = (item: EvidenceItemData) => ({
  type: item.type,
  role: item.role,
  title: item.title,
  description: item.description,
  startDate: dbDay(item.startDate),
  endDate: item.endDate ? dbDay(item.endDate) : null,
  url: item.url,
  audience: item.audience,
  categoryId: item.categoryId,
  focusAreaId: item.focusAreaId,
  isPaid: item.isPaid,
  isFullTimeJob: item.isFullTimeJob,
  isHighImpact: item.isHighImpact,
  privateNote: item.privateNote,
});

const auditSelect = {
  type: true,
  role: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  url: true,
  audience: true,
  categoryId: true,
  focusAreaId: true,
  isPaid: true,
  isFullTimeJob: true,
  isHighImpact: true,
  privateNote: true,
  metrics: { select: { metric: true, value: true } },
} as const;

const metricRows = (metrics: Partial<Record<ReachMetric, number>>) =>
  Object.entries(metrics).map(([metric, value]) => ({ metric: metric as ReachMetric, value: value! }));

/** Adds an item to the viewer's log, or changes one of their own items (with `id`). Someone else's
 * item is answered as not found. */
export async function saveEvidenceItem(viewer: Viewer, item: EvidenceItemData): Promise<{ id: string }> {
  assertDatesForViewer(item, viewer);
  return prisma.$transaction(async (tx) => {
    await assertTechnologyArea(tx, item);
    if (!item.id) {
      const created = await tx.evidenceItem.create({
        data: { ownerId: viewer.id, ...columnsOf(item), metrics: { create: metricRows(item.metrics) } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'evidence.created',
        entityType: 'EvidenceItem',
        entityId: created.id,
        after: { ...item, id: created.id },
      });
      return created;
    }
    const before = await tx.evidenceItem.findFirst({
      where: { id: item.id, ownerId: viewer.id },
      select: auditSelect,
    });
    if (!before) throw new AppError('NOT_FOUND', 'This contribution does not exist, or it is not yours.');
    // Another tab saved this item since the form was loaded: refused, and the form keeps what was typed.
    const { count } = await tx.evidenceItem.updateMany({
      where: { id: item.id, ownerId: viewer.id, ...(item.version === undefined ? {} : { version: item.version }) },
      data: { version: { increment: 1 } },
    });
    if (count === 0) throw new AppError('CONFLICT', STALE_WRITE_MESSAGE);
    await tx.evidenceMetric.deleteMany({ where: { evidenceItemId: item.id } });
    await tx.evidenceItem.update({
      where: { id: item.id },
      data: { ...columnsOf(item), metrics: { create: metricRows(item.metrics) } },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'evidence.updated',
      entityType: 'EvidenceItem',
      entityId: item.id,
      before,
      after: item,
    });
    return { id: item.id };
  });
}

/** Deletes one of the viewer's own items. What was already submitted keeps its frozen copy. */
export async function deleteEvidenceItem(viewer: Viewer, input: z.output<typeof deleteEvidenceItemSchema>): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.evidenceItem.findFirst({
      where: { id: input.id, ownerId: viewer.id },
      select: { id: true, title: true, type: true },
    });
    if (!before) throw new AppError('NOT_FOUND', 'This contribution does not exist, or it is not yours.');
    await tx.evidenceItem.delete({ where: { id: before.id } });
    await recordAudit(tx, { actor: actorOf(viewer), action: 'evidence.deleted', entityType: 'EvidenceItem', entityId: before.id, before });
  });
}

async function parseForViewer(viewer: Viewer, csv: string): Promise<CsvParseResult> {
  const categories = await prisma.awardCategory.findMany({
    where: { isActive: true },
    select: { id: true, name: true, focusAreas: { where: { isActive: true }, select: { id: true, name: true } } },
  });
  return parseEvidenceCsv(csv, { timeZone: viewer.timeZone, categories });
}

export type ImportPreview = {
  rows: (
    | { row: number; ok: true; title: string; type: string; startDate: string; metrics: Partial<Record<ReachMetric, number>> }
    | Extract<CsvRow, { ok: false }>
  )[];
  valid: number;
  invalid: number;
};

/** Checks an evidence CSV row by row without saving anything. */
export async function previewEvidenceImport(viewer: Viewer, input: z.output<typeof evidencePreviewSchema>): Promise<ImportPreview> {
  const result = await parseForViewer(viewer, input.csv);
  if (!result.ok) throw new AppError('INVALID', result.error, { csv: [result.error] });
  return {
    valid: result.valid,
    invalid: result.invalid,
    rows: result.rows.map((r) =>
      r.ok
        ? { row: r.row, ok: true as const, title: r.item.title, type: r.item.type, startDate: r.item.startDate, metrics: r.item.metrics }
        : r,
    ),
  };
}

/** Saves the contributions of an evidence CSV after checking every row again. With mode 'all'
 * nothing is saved unless every row is valid; with 'valid-only' the valid rows are saved and the
 * others skipped (the person chose that after seeing the preview). All or nothing either way:
 * one transaction. */
export async function importEvidence(
  viewer: Viewer,
  input: z.output<typeof evidenceImportSchema>,
): Promise<{ imported: number; skipped: number; batchId: string }> {
  const result = await parseForViewer(viewer, input.csv);
  if (!result.ok) throw new AppError('INVALID', result.error, { csv: [result.error] });
  if (result.invalid > 0 && input.mode === 'all') {
    throw new AppError(
      'INVALID',
      `${result.invalid} row${result.invalid === 1 ? ' needs' : 's need'} attention, so nothing was saved. Correct the file, or import only the valid rows.`,
    );
  }
  const items = result.rows.flatMap((r) => (r.ok ? [r.item] : []));
  if (items.length === 0) throw new AppError('INVALID', 'No row of the file is valid, so there is nothing to import.');
  return prisma.$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: {
          kind: 'EVIDENCE_ITEMS',
          userId: viewer.id,
          fileName: input.fileName.slice(0, 255) || 'pasted.csv',
          rowsTotal: result.rows.length,
          rowsImported: items.length,
          rowsRejected: result.invalid,
        },
        select: { id: true },
      });
      const rows = items.map((item) => ({ id: randomUUID(), item }));
      await tx.evidenceItem.createMany({ data: rows.map(({ id, item }) => ({ id, ownerId: viewer.id, ...columnsOf(item) })) });
      await tx.evidenceMetric.createMany({
        data: rows.flatMap(({ id, item }) => metricRows(item.metrics).map((m) => ({ evidenceItemId: id, ...m }))),
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'evidence.imported',
        entityType: 'ImportBatch',
        entityId: batch.id,
        after: { fileName: input.fileName, rowsTotal: result.rows.length, rowsImported: items.length, rowsRejected: result.invalid },
      });
      return { imported: items.length, skipped: result.invalid, batchId: batch.id };
    },
    { timeout: 30_000 },
  );
}

/** previewEvidenceImport within the person's upload limit. */
export function previewEvidenceImportWithinLimit(viewer: Viewer, input: z.output<typeof evidencePreviewSchema>): Promise<ImportPreview> {
  return withRateLimit('upload:user', viewer.id, () => previewEvidenceImport(viewer, input));
}

/** importEvidence within the person's upload limit. */
export function importEvidenceWithinLimit(
  viewer: Viewer,
  input: z.output<typeof evidenceImportSchema>,
): Promise<{ imported: number; skipped: number; batchId: string }> {
  return withRateLimit('upload:user', viewer.id, () => importEvidence(viewer, input));
}
