import 'server-only';
// An ISC provider's writes: confirming completions one by one, and a CSV of many (previewed, then
// saved in one transaction). Staff act only for their own provider.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { actorOf, recordAudit, type AuditActor } from '@/lib/audit/record';
import { assertProviderStaff } from '@/lib/auth/policy';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { type Clock, dateKey, dbDay, todayIn } from '@/lib/dates';
import { AppError } from '@/lib/errors';
import { uuid7 } from '@/lib/uuid7';
import {
  completionChecker,
  completionDateProblem,
  excludeEarlierCompletions,
  parseCompletionsCsv,
  type ColumnKey,
  type CompletionDateContext,
  type CompletionRow,
  type EarlierCompletions,
  type RowIssue,
} from './completions-csv';
import type { confirmCompletionSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

/** At most this many row problems are sent back to the page; the counts cover all of them. */
export const MAX_ISSUES_SHOWN = 500;

async function providerContext(tx: Tx, providerId: string, now: Date): Promise<CompletionDateContext & { id: string }> {
  const provider = await tx.iscProvider.findUnique({
    where: { id: providerId },
    select: { id: true, name: true, approvedFrom: true, approvedUntil: true },
  });
  if (!provider) throw new AppError('NOT_FOUND', 'That ISC provider does not exist.');
  return {
    id: provider.id,
    providerName: provider.name,
    approvedFrom: dateKey(provider.approvedFrom),
    approvedUntil: dateKey(provider.approvedUntil),
    // Not after today anywhere on Earth: a course finished today in Auckland is not "in the future".
    latestDay: todayIn('Pacific/Kiritimati', now),
  };
}

/** Confirms one ISC completion for the provider. */
export async function confirmCompletion(
  viewer: Viewer,
  input: z.output<typeof confirmCompletionSchema>,
  clock: Clock = {},
): Promise<{ id: string }> {
  assertProviderStaff(viewer, input.providerId);
  const now = clock.now ?? new Date();
  try {
    return await prisma.$transaction(async (tx) => {
      const ctx = await providerContext(tx, input.providerId, now);
      const dateProblem = completionDateProblem(input.completedOn, ctx);
      if (dateProblem) throw new AppError('INVALID', 'Some fields need attention.', { completedOn: [`${dateProblem}.`] });
      const duplicate = await tx.iscCompletion.findFirst({
        where: { providerId: ctx.id, candidateEmail: input.candidateEmail, completedOn: dbDay(input.completedOn) },
        select: { id: true },
      });
      if (duplicate) {
        throw new AppError('CONFLICT', 'Some fields need attention.', {
          candidateEmail: ['You already confirmed a completion for this person on this date'],
        });
      }
      const user = await tx.user.findUnique({ where: { email: input.candidateEmail }, select: { id: true } });
      const completion = await tx.iscCompletion.create({
        data: {
          providerId: ctx.id,
          candidateName: input.candidateName,
          candidateEmail: input.candidateEmail,
          userId: user?.id ?? null,
          completedOn: dbDay(input.completedOn),
          certificateId: input.certificateId,
          confirmedById: viewer.id,
          confirmedAt: now,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'isc_completion.confirmed',
        entityType: 'IscCompletion',
        entityId: completion.id,
        after: {
          providerId: ctx.id,
          candidateEmail: input.candidateEmail,
          completedOn: input.completedOn,
          certificateId: input.certificateId,
        },
      });
      return completion;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', 'Some fields need attention.', {
        certificateId: ['You already confirmed a completion with this certificate ID'],
      });
    }
    throw error;
  }
}

export type ImportPreview = {
  fileName: string;
  /** SHA-256 of the file: the confirm step saves only the file that was previewed. */
  fileHash: string;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  /** Cells that would run as formulas: the file cannot be imported until they are removed. */
  formulaCells: number;
  ignoredColumns: string[];
  issues: RowIssue[];
  issueCount: number;
  /** The first rows that would be saved. */
  sample: CompletionRow[];
};

export type ImportResult = {
  batchId: string;
  fileName: string;
  rowsTotal: number;
  rowsImported: number;
  rowsRejected: number;
  issues: RowIssue[];
  issueCount: number;
};

type ImportInput = { providerId: string; fileName: string; bytes: Uint8Array };

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The certificate IDs and person-days among `rows` that the provider confirmed before: one round
 * trip each, however many rows. */
async function findEarlierCompletions(db: Tx, providerId: string, rows: readonly CompletionRow[]): Promise<EarlierCompletions> {
  const certificateIds = [...new Set(rows.map((r) => r.certificateId))];
  const emails = [...new Set(rows.map((r) => r.candidateEmail))];
  const [byCertificate, byEmail] = await Promise.all([
    certificateIds.length
      ? db.$queryRaw<{ certificateId: string }[]>`
          SELECT "certificateId" FROM "IscCompletion" WHERE "providerId" = ${providerId}::uuid AND "certificateId" = ANY(${certificateIds}::text[])`
      : [],
    emails.length
      ? db.$queryRaw<{ candidateEmail: string; completedOn: Date }[]>`
          SELECT "candidateEmail", "completedOn" FROM "IscCompletion" WHERE "providerId" = ${providerId}::uuid AND "candidateEmail" = ANY(${emails}::text[])`
      : [],
  ]);
  return {
    certificateIds: new Set(byCertificate.map((r) => r.certificateId)),
    personDays: new Set(byEmail.map((r) => `${r.candidateEmail}|${dateKey(r.completedOn)}`)),
  };
}

/** Reads and validates a file against the provider's approval and its earlier completions. */
async function readCompletionsFile(db: Tx, input: ImportInput, now: Date) {
  const ctx = await providerContext(db, input.providerId, now);
  const parsed = parseCompletionsCsv(input.bytes, ctx);
  const checked = excludeEarlierCompletions(parsed, await findEarlierCompletions(db, ctx.id, parsed.rows));
  return { ctx, checked };
}

/** Saves checked completions of one provider as an import batch, in the caller's transaction, with
 * its audit entry; returns the batch and the new completions' ids (in the rows' order). */
async function insertCompletions(
  tx: Tx,
  viewer: Viewer,
  batch: { providerId: string; fileName: string; rowsTotal: number; rowsRejected: number; rows: readonly CompletionRow[] },
  audit: { actor: AuditActor; details?: Record<string, unknown> },
  now: Date,
): Promise<{ batchId: string; ids: string[] }> {
  const { rows } = batch;
  const created = await tx.importBatch.create({
    data: {
      kind: 'ISC_COMPLETIONS',
      userId: viewer.id,
      providerId: batch.providerId,
      fileName: batch.fileName.slice(0, 255),
      rowsTotal: batch.rowsTotal,
      rowsImported: rows.length,
      rowsRejected: batch.rowsRejected,
      createdAt: now,
    },
    select: { id: true },
  });
  const ids = rows.map(() => uuid7());
  // Every row in one statement: the columns travel as arrays, unnest() makes them rows again, and
  // each candidate's account (when they have one) is found by the same statement.
  await tx.$executeRaw`
    INSERT INTO "IscCompletion" (id, "providerId", "candidateName", "candidateEmail", "userId", "completedOn",
      "certificateId", "confirmedById", "importBatchId", "confirmedAt")
    SELECT r.id, ${batch.providerId}::uuid, r.name, r.email, u.id, r.completed, r.certificate, ${viewer.id}::uuid, ${created.id}::uuid, ${now}::timestamptz
    FROM unnest(
      ${ids}::uuid[],
      ${rows.map((r) => r.candidateName)}::text[],
      ${rows.map((r) => r.candidateEmail)}::text[],
      ${rows.map((r) => r.completedOn)}::date[],
      ${rows.map((r) => r.certificateId)}::text[]
    ) AS r(id, name, email, completed, certificate)
    LEFT JOIN "User" u ON u.email = r.email`;
  await recordAudit(tx, {
    actor: audit.actor,
    action: 'isc_completions.imported',
    entityType: 'ImportBatch',
    entityId: created.id,
    after: {
      providerId: batch.providerId,
      fileName: batch.fileName,
      rowsTotal: batch.rowsTotal,
      rowsImported: rows.length,
      rowsRejected: batch.rowsRejected,
      ...audit.details,
    },
  });
  return { batchId: created.id, ids };
}

/** Completions refused by row: nothing was saved. */
export class CompletionRowsError extends AppError {
  constructor(readonly issues: RowIssue[]) {
    super('INVALID', `${new Set(issues.map((i) => i.row)).size} of the completions cannot be confirmed; nothing was saved.`);
    this.name = 'CompletionRowsError';
  }
}

/** Confirms a list of completions given as values (the API), in the caller's transaction: every
 * one checked by the CSV upload's rules (completionChecker, earlier completions) and either all
 * saved as one import batch or none (CompletionRowsError with the problems by position, from 1).
 * Serialised per provider like the CSV import. */
export async function confirmCompletionsIn(
  tx: Tx,
  viewer: Viewer,
  input: { providerId: string; completions: readonly Record<ColumnKey, unknown>[]; source: string; actor: AuditActor },
  now: Date = new Date(),
) {
  assertProviderStaff(viewer, input.providerId);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`isc-import:${input.providerId}`}))`;
  const ctx = await providerContext(tx, input.providerId, now);
  const check = completionChecker(ctx, 'request');
  const issues: RowIssue[] = [];
  const rows: CompletionRow[] = [];
  input.completions.forEach((values, i) => {
    const result = check(i + 1, values);
    if (result.row) rows.push(result.row);
    else issues.push(...result.issues);
  });
  const checked = excludeEarlierCompletions(
    { rowsTotal: input.completions.length, rows, issues, rowsRejected: 0, formulaCells: 0, ignoredColumns: [] },
    await findEarlierCompletions(tx, ctx.id, rows),
  );
  if (checked.issues.length > 0) throw new CompletionRowsError(checked.issues);
  const saved = await insertCompletions(
    tx,
    viewer,
    { providerId: ctx.id, fileName: input.source, rowsTotal: rows.length, rowsRejected: 0, rows },
    { actor: input.actor, details: { source: input.source } },
    now,
  );
  return { batchId: saved.batchId, completions: rows.map((r, i) => ({ id: saved.ids[i]!, ...r })) };
}

/** Validates an uploaded CSV of completions and says what would be saved; saves nothing. */
export async function previewCompletionsImport(viewer: Viewer, input: ImportInput, clock: Clock = {}): Promise<ImportPreview> {
  assertProviderStaff(viewer, input.providerId);
  const { checked } = await readCompletionsFile(prisma, input, clock.now ?? new Date());
  return {
    fileName: input.fileName,
    fileHash: hashOf(input.bytes),
    rowsTotal: checked.rowsTotal,
    rowsValid: checked.rows.length,
    rowsRejected: checked.rowsRejected,
    formulaCells: checked.formulaCells,
    ignoredColumns: checked.ignoredColumns,
    issues: checked.issues.slice(0, MAX_ISSUES_SHOWN),
    issueCount: checked.issues.length,
    sample: checked.rows.slice(0, 10),
  };
}

/** Saves the valid rows of a previewed CSV in one transaction, with an import batch recording the
 * counts. The file is read and validated again; it must be the file that was previewed. */
export async function importCompletions(
  viewer: Viewer,
  input: ImportInput & { fileHash: string },
  clock: Clock = {},
): Promise<ImportResult> {
  assertProviderStaff(viewer, input.providerId);
  const now = clock.now ?? new Date();
  if (hashOf(input.bytes) !== input.fileHash) {
    throw new AppError(
      'CONFLICT',
      'This is not the file you previewed (it changed, or another was chosen). Preview it again before saving. Nothing was saved.',
    );
  }
  return prisma.$transaction(
    async (tx) => {
      // Serialises imports of one provider, so two uploads of the same rows cannot both save them.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`isc-import:${input.providerId}`}))`;
      const { ctx, checked } = await readCompletionsFile(tx, input, now);
      if (checked.formulaCells > 0) {
        throw new AppError(
          'INVALID',
          `The file has ${checked.formulaCells} cell(s) starting with =, +, -, @ or a tab, which spreadsheet programs run as formulas. Remove them and upload again. Nothing was saved.`,
        );
      }
      if (checked.rows.length === 0)
        throw new AppError('INVALID', 'No row of this file can be saved; fix the problems listed and upload it again. Nothing was saved.');

      const { batchId } = await insertCompletions(
        tx,
        viewer,
        {
          providerId: ctx.id,
          fileName: input.fileName,
          rowsTotal: checked.rowsTotal,
          rowsRejected: checked.rowsRejected,
          rows: checked.rows,
        },
        { actor: actorOf(viewer) },
        now,
      );
      return {
        batchId,
        fileName: input.fileName,
        rowsTotal: checked.rowsTotal,
        rowsImported: checked.rows.length,
        rowsRejected: checked.rowsRejected,
        issues: checked.issues.slice(0, MAX_ISSUES_SHOWN),
        issueCount: checked.issues.length,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
