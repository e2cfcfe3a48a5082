import 'server-only';
// MCT membership writes: training deliveries (one by one or by spreadsheet), the renewal and the
// program team's decision on it, the switch to alumni, the MCT Lounge, and the two scheduled jobs
// (lapse ended memberships, send renewal reminders). Each checks who may do it and the membership's
// state, runs in one transaction with its audit entry and its email, and throws AppError for what
// the person can fix. Nobody touches someone else's membership: every member write is by viewer.id.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { actorOf, type AuditActor, recordAudit, SYSTEM_ACTOR } from '@/lib/audit/record';
import { assertRole } from '@/lib/auth/policy';
import { prisma, type Tx } from '@/lib/db';
import { addDays, addYears, type Clock, type DateKey, dateKey, daysBetween, dbDay, todayIn } from '@/lib/dates';
import { appUrl } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { loadRequirementInputs } from '@/lib/mct/loaders';
import { checkAgreement, checkCertification } from '@/lib/mct/requirements';
import { queueEmail } from '@/lib/notifications/outbox';
import { readSpreadsheet } from '@/lib/spreadsheets/read';
import { uuid7 } from '@/lib/uuid7';
import { deliveryDateProblem, parseDeliveriesTable, type DeliveryRow, type RowIssue } from './deliveries-file';
import { loungeRefusal } from './lounge';
import { canTransitionMembership, nextTermAfter, reminderDue, RENEWAL_REMINDER_DAYS, type ReminderOffset } from './lifecycle';
import type { decideRenewalSchema, DeliveryValues, removeDeliverySchema, submitRenewalSchema, switchToAlumniSchema } from './schema';
import { loadProgramSettings } from '@/lib/program-settings';
import { type Viewer } from '@/lib/auth/viewer';
import { deriveMctStanding, type MctStanding } from '@/lib/auth/status';

const MEMBERSHIP_PATH = '/mct/membership';
const stale = () =>
  new AppError('CONFLICT', 'Your membership changed since you opened this page (perhaps in another tab). Reload the page and try again.');

async function programToday(tx: Tx, now: Date): Promise<DateKey> {
  return todayIn((await loadProgramSettings(tx)).timeZone, now);
}

type MembershipState = {
  id: string;
  status: 'ACTIVE' | 'ALUMNI' | 'LAPSED';
  version: number;
  lapsedOn: DateKey | null;
  standing: MctStanding;
  /** The latest term. */
  term: { id: string; startsOn: DateKey; endsOn: DateKey } | null;
};

async function loadMembership(tx: Tx, userId: string, today: DateKey): Promise<MembershipState | null> {
  const m = await tx.mctMembership.findUnique({
    where: { userId },
    select: {
      id: true,
      status: true,
      version: true,
      lapsedOn: true,
      terms: { orderBy: { startsOn: 'desc' }, select: { id: true, startsOn: true, endsOn: true } },
    },
  });
  if (!m) return null;
  const latest = m.terms[0];
  return {
    id: m.id,
    status: m.status,
    version: m.version,
    lapsedOn: m.lapsedOn ? dateKey(m.lapsedOn) : null,
    standing: deriveMctStanding(m, today).standing,
    term: latest ? { id: latest.id, startsOn: dateKey(latest.startsOn), endsOn: dateKey(latest.endsOn) } : null,
  };
}

/** The viewer's membership, refused unless it is active (deliveries and renewal are for active MCTs). */
async function requireActiveMembership(
  tx: Tx,
  viewer: Viewer,
  today: DateKey,
): Promise<MembershipState & { term: NonNullable<MembershipState['term']> }> {
  const m = await loadMembership(tx, viewer.id, today);
  if (!m || !m.term) throw new AppError('FORBIDDEN', 'You are not an MCT yet. Apply on the MCT page first.');
  if (m.standing === 'LAPSED') {
    throw new AppError(
      'FORBIDDEN',
      'Your membership has lapsed, so it cannot be renewed. Apply for reinstatement on the MCT page to become active again.',
    );
  }
  if (m.standing === 'ALUMNI')
    throw new AppError('FORBIDDEN', 'You are MCT alumni: alumni do not renew. Apply for reinstatement to become an active MCT again.');
  return { ...m, term: m.term };
}

/** A renewal still open to changes by the member (not submitted or decided). */
const EDITABLE_RENEWAL = ['DRAFT', 'MORE_INFO_REQUESTED'] as const;

async function assertRenewalEditable(tx: Tx, termId: string): Promise<void> {
  const renewal = await tx.mctRenewal.findUnique({ where: { termId }, select: { status: true } });
  if (renewal && !(EDITABLE_RENEWAL as readonly string[]).includes(renewal.status)) {
    throw new AppError(
      'CONFLICT',
      renewal.status === 'SUBMITTED'
        ? 'Your renewal is with the program team; deliveries cannot change until they decide or ask for more.'
        : 'This membership year is already renewed; log new deliveries for the next one.',
    );
  }
}

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
    const today = await programToday(tx, now);
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
    if (delivery.renewal && !(EDITABLE_RENEWAL as readonly string[]).includes(delivery.renewal.status)) {
      throw new AppError('CONFLICT', 'This delivery is part of a submitted or approved renewal, so it stays in your log.');
    }
    const today = await programToday(tx, now);
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
  const today = await programToday(prisma, now);
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
      const today = await programToday(tx, now);
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

// ───────────────────────────── Renewal ─────────────────────────────

/** Submits the renewal of the viewer's current membership year: only inside the renewal window, with
 * this year's agreement accepted, an eligible certification current and at least one delivery from
 * the past year. Everything is checked again here, whatever the page showed. */
export async function submitRenewal(
  viewer: Viewer,
  input: z.output<typeof submitRenewalSchema>,
  clock: Clock = {},
): Promise<{ renewalId: string }> {
  const now = clock.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const today = await programToday(tx, now);
    const m = await requireActiveMembership(tx, viewer, today);
    if (m.term.id !== input.termId) throw stale();
    if (m.standing !== 'IN_RENEWAL') {
      throw new AppError('CONFLICT', `Renewal opens on ${addDays(m.term.endsOn, -90)}, 90 days before your membership year ends.`);
    }
    const inputs = await loadRequirementInputs(tx, viewer);
    const agreement = checkAgreement(inputs.agreements, inputs.acceptedAgreementIds, today);
    const certification = checkCertification(inputs.certifications, today);
    const deliveries = await tx.trainingDelivery.findMany({
      where: { userId: viewer.id, endDate: { gte: dbDay(addYears(today, -1)), lte: dbDay(addDays(today, 1)) } },
      select: { id: true },
    });
    const missing = [
      agreement.met ? null : `this year’s agreement (${agreement.detail})`,
      certification.met ? null : `an eligible current certification (${certification.detail})`,
      deliveries.length > 0 ? null : 'at least one training delivery from the past year',
    ].filter((x): x is string => x !== null);
    if (missing.length > 0) throw new AppError('INVALID', `You cannot renew yet. Missing: ${missing.join('; ')}.`);
    const acceptance = await tx.agreementAcceptance.findUniqueOrThrow({
      where: { userId_agreementId: { userId: viewer.id, agreementId: agreement.current!.id } },
      select: { id: true },
    });

    const existing = await tx.mctRenewal.findUnique({ where: { termId: m.term.id }, select: { id: true, status: true, version: true } });
    if (existing && !(EDITABLE_RENEWAL as readonly string[]).includes(existing.status)) {
      throw new AppError(
        'CONFLICT',
        existing.status === 'SUBMITTED'
          ? 'Your renewal is already submitted; the program team will decide.'
          : 'This membership year is already renewed.',
      );
    }
    const data = {
      status: 'SUBMITTED' as const,
      submittedAt: now,
      agreementAcceptanceId: acceptance.id,
      candidateCertificationId: certification.qualifying!.id,
    };
    let renewalId: string;
    if (existing) {
      const { count } = await tx.mctRenewal.updateMany({
        where: { id: existing.id, version: existing.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count !== 1) throw stale();
      renewalId = existing.id;
    } else {
      renewalId = (await tx.mctRenewal.create({ data: { ...data, termId: m.term.id }, select: { id: true } })).id;
    }
    // Deliveries already shown by an earlier renewal stay with it.
    await tx.trainingDelivery.updateMany({
      where: { id: { in: deliveries.map((d) => d.id) }, OR: [{ renewalId: null }, { renewalId }] },
      data: { renewalId },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_renewal.submitted',
      entityType: 'MctRenewal',
      entityId: renewalId,
      before: existing ? { status: existing.status } : undefined,
      after: { status: 'SUBMITTED', termId: m.term.id, deliveries: deliveries.length },
    });
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.renewal-submitted',
      data: { name: viewer.name, deliveries: deliveries.length, url: appUrl(MEMBERSHIP_PATH) },
      urgency: 'DIGESTIBLE',
    });
    return { renewalId };
  });
}

/** The program team approves a submitted renewal (a new membership year after the current one) or
 * asks the member for more. Nobody decides their own renewal; a stale page is refused. */
export async function decideRenewal(viewer: Viewer, input: z.output<typeof decideRenewalSchema>, clock: Clock = {}): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const renewal = await tx.mctRenewal.findUnique({
      where: { id: input.renewalId },
      select: {
        id: true,
        status: true,
        version: true,
        term: {
          select: {
            id: true,
            endsOn: true,
            membership: { select: { id: true, status: true, user: { select: { id: true, email: true, name: true } } } },
          },
        },
      },
    });
    if (!renewal) throw new AppError('NOT_FOUND', 'That renewal does not exist.');
    const member = renewal.term.membership.user;
    if (member.id === viewer.id) throw new AppError('FORBIDDEN', 'You cannot decide your own renewal; another admin must.');
    if (renewal.version !== input.version || renewal.status !== 'SUBMITTED') {
      throw new AppError(
        'CONFLICT',
        'This renewal changed since you opened it (or is not waiting for a decision). Reload the page to see where it stands.',
      );
    }
    if (renewal.term.membership.status === 'ALUMNI') {
      throw new AppError('CONFLICT', 'This member switched to alumni; there is nothing to renew.');
    }
    const target = input.decision === 'APPROVE' ? 'APPROVED' : 'MORE_INFO_REQUESTED';
    const { count } = await tx.mctRenewal.updateMany({
      where: { id: renewal.id, version: input.version, status: 'SUBMITTED' },
      data: { status: target, decidedAt: now, decidedById: viewer.id, adminNote: input.note || null, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', 'This renewal changed since you opened it. Reload the page to see where it stands.');
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: target === 'APPROVED' ? 'mct_renewal.approved' : 'mct_renewal.more_info_requested',
      entityType: 'MctRenewal',
      entityId: renewal.id,
      before: { status: 'SUBMITTED' },
      after: { status: target, note: input.note || null },
    });
    if (target === 'MORE_INFO_REQUESTED') {
      await queueEmail(tx, {
        to: member.email,
        userId: member.id,
        template: 'mct.renewal-more-info',
        data: { name: member.name, note: input.note ?? '', url: appUrl(MEMBERSHIP_PATH) },
        urgency: 'DIGESTIBLE',
      });
      return;
    }
    const next = nextTermAfter(dateKey(renewal.term.endsOn));
    await tx.mctMembershipTerm.create({
      data: { membershipId: renewal.term.membership.id, startsOn: dbDay(next.startsOn), endsOn: dbDay(next.endsOn), renewalId: renewal.id },
    });
    // Approved after the year ended (before the lapse job ran, or after it): the member is active again.
    if (renewal.term.membership.status === 'LAPSED') {
      await tx.mctMembership.update({
        where: { id: renewal.term.membership.id },
        data: { status: 'ACTIVE', lapsedOn: null, version: { increment: 1 } },
      });
      await restoreLoungeAccess(tx, member.id, actorOf(viewer));
    } else {
      await tx.mctMembership.update({ where: { id: renewal.term.membership.id }, data: { version: { increment: 1 } } });
    }
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_membership.renewed',
      entityType: 'MctMembership',
      entityId: renewal.term.membership.id,
      after: { termStartsOn: next.startsOn, termEndsOn: next.endsOn, renewalId: renewal.id },
    });
    await queueEmail(tx, {
      to: member.email,
      userId: member.id,
      template: 'mct.renewal-approved',
      data: { name: member.name, startsOn: next.startsOn, endsOn: next.endsOn, url: appUrl(MEMBERSHIP_PATH) },
      urgency: 'DIGESTIBLE',
    });
  });
}

// ───────────────────────────── Alumni ─────────────────────────────

/** An active MCT becomes alumni: no fee, no renewal, lounge access and the exam discount kept. */
export async function switchToAlumni(viewer: Viewer, input: z.output<typeof switchToAlumniSchema>, clock: Clock = {}): Promise<void> {
  const now = clock.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const today = await programToday(tx, now);
    const m = await loadMembership(tx, viewer.id, today);
    if (!m) throw new AppError('FORBIDDEN', 'Only MCTs can switch to alumni, and you are not an MCT.');
    if (m.standing === 'LAPSED' || !canTransitionMembership(m.status, 'ALUMNI')) {
      throw new AppError(
        'CONFLICT',
        m.status === 'ALUMNI'
          ? 'You are already MCT alumni.'
          : 'Your membership has lapsed; only an active MCT can switch to alumni. Apply for reinstatement first.',
      );
    }
    if (m.version !== input.version) throw stale();
    const { count } = await tx.mctMembership.updateMany({
      where: { id: m.id, version: input.version, status: 'ACTIVE' },
      data: { status: 'ALUMNI', alumniSince: dbDay(today), version: { increment: 1 } },
    });
    if (count !== 1) throw stale();
    // A renewal in progress (also one waiting for the program team) has no purpose any more.
    if (m.term)
      await tx.mctRenewal.deleteMany({ where: { termId: m.term.id, status: { in: ['DRAFT', 'SUBMITTED', 'MORE_INFO_REQUESTED'] } } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_membership.alumni',
      entityType: 'MctMembership',
      entityId: m.id,
      before: { status: 'ACTIVE' },
      after: { status: 'ALUMNI', alumniSince: today },
    });
    await queueEmail(tx, {
      to: viewer.email,
      userId: viewer.id,
      template: 'mct.alumni-switched',
      data: { name: viewer.name, url: appUrl(MEMBERSHIP_PATH) },
      urgency: 'DIGESTIBLE',
    });
  });
}

// ───────────────────────────── MCT Lounge ─────────────────────────────

/** Requests lounge access: granted at once when the viewer's status, read from their records, allows it. */
export async function requestLoungeAccess(viewer: Viewer, _input: unknown = {}, clock: Clock = {}): Promise<{ status: 'GRANTED' }> {
  const now = clock.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const today = await programToday(tx, now);
    const m = await loadMembership(tx, viewer.id, today);
    const refusal = loungeRefusal(m?.standing ?? 'NONE');
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    const existing = await tx.loungeAccess.findUnique({ where: { userId: viewer.id }, select: { status: true } });
    if (existing?.status === 'GRANTED') return { status: 'GRANTED' as const };
    const row = await tx.loungeAccess.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, status: 'GRANTED', grantedAt: now },
      update: { status: 'GRANTED', requestedAt: now, grantedAt: now, revokedAt: null, revokedReason: null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'lounge_access.granted',
      entityType: 'LoungeAccess',
      entityId: row.id,
      before: existing ? { status: existing.status } : undefined,
      after: { status: 'GRANTED', standing: m?.standing },
    });
    return { status: 'GRANTED' as const };
  });
}

/** Gives back lounge access that a lapse removed (on reinstatement or a late renewal). */
export async function restoreLoungeAccess(tx: Tx, userId: string, actor: AuditActor): Promise<void> {
  const row = await tx.loungeAccess.findUnique({ where: { userId }, select: { id: true, status: true } });
  if (!row || row.status !== 'REVOKED') return;
  await tx.loungeAccess.update({
    where: { id: row.id },
    data: { status: 'GRANTED', grantedAt: new Date(), revokedAt: null, revokedReason: null },
  });
  await recordAudit(tx, {
    actor,
    action: 'lounge_access.restored',
    entityType: 'LoungeAccess',
    entityId: row.id,
    before: { status: 'REVOKED' },
    after: { status: 'GRANTED' },
  });
}

// ───────────────────────────── Scheduled jobs ─────────────────────────────

/** The nightly lapse: active memberships whose last year ended before today (program time zone)
 * become lapsed the day after it ended, and lose lounge access. Idempotent: a second run, or a
 * second worker, finds nothing left to do. */
export async function lapseEndedMemberships(now: Date = new Date()): Promise<number> {
  const today = await programToday(prisma, now);
  const candidates = await prisma.mctMembership.findMany({
    where: { status: 'ACTIVE', terms: { none: { endsOn: { gte: dbDay(today) } } } },
    select: { id: true },
  });
  let lapsed = 0;
  for (const { id } of candidates) {
    lapsed += await prisma.$transaction(async (tx) => {
      const m = await tx.mctMembership.findUnique({
        where: { id },
        select: {
          id: true,
          status: true,
          version: true,
          terms: { orderBy: { endsOn: 'desc' }, take: 1, select: { endsOn: true } },
          user: { select: { id: true, email: true, name: true } },
        },
      });
      const endedOn = m?.terms[0] ? dateKey(m.terms[0].endsOn) : null;
      if (!m || m.status !== 'ACTIVE' || !endedOn || endedOn >= today) return 0;
      const lapsedOn = addDays(endedOn, 1);
      const { count } = await tx.mctMembership.updateMany({
        where: { id: m.id, status: 'ACTIVE', version: m.version },
        data: { status: 'LAPSED', lapsedOn: dbDay(lapsedOn), version: { increment: 1 } },
      });
      if (count !== 1) return 0;
      await recordAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'mct_membership.lapsed',
        entityType: 'MctMembership',
        entityId: m.id,
        before: { status: 'ACTIVE' },
        after: { status: 'LAPSED', lapsedOn },
      });
      const lounge = await tx.loungeAccess.findUnique({ where: { userId: m.user.id }, select: { id: true, status: true } });
      if (lounge && lounge.status !== 'REVOKED') {
        await tx.loungeAccess.update({
          where: { id: lounge.id },
          data: { status: 'REVOKED', revokedAt: now, revokedReason: 'Membership lapsed' },
        });
        await recordAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'lounge_access.revoked',
          entityType: 'LoungeAccess',
          entityId: lounge.id,
          before: { status: lounge.status },
          after: { status: 'REVOKED', reason: 'Membership lapsed' },
        });
      }
      await queueEmail(tx, {
        to: m.user.email,
        userId: m.user.id,
        template: 'mct.membership-lapsed',
        data: { name: m.user.name, endedOn, url: appUrl('/mct') },
        urgency: 'DIGESTIBLE',
        dedupeKey: `mct-membership-lapsed:${m.id}:${lapsedOn}`,
      });
      return 1;
    });
  }
  return lapsed;
}

/** The dedupe key of a renewal reminder: one email per term and offset, ever. */
export const reminderKey = (termId: string, offset: ReminderOffset) => `mct-renewal-reminder:${termId}:${offset}`;

/** Sends the renewal reminder due today to each active member, once: the offsets already sent are
 * read from the outbox, and the dedupe key stops a concurrent run or a second worker. */
export async function sendRenewalReminders(now: Date = new Date()): Promise<number> {
  const today = await programToday(prisma, now);
  const windowEnd = addDays(today, Math.max(...RENEWAL_REMINDER_DAYS));
  const terms = await prisma.mctMembershipTerm.findMany({
    where: { endsOn: { gte: dbDay(today), lte: dbDay(windowEnd) }, membership: { status: 'ACTIVE' } },
    select: {
      id: true,
      endsOn: true,
      renewalOf: { select: { status: true } },
      membership: { select: { id: true, terms: { select: { endsOn: true } }, user: { select: { id: true, email: true, name: true } } } },
    },
  });
  let sent = 0;
  for (const term of terms) {
    const endsOn = dateKey(term.endsOn);
    // Renewed (approved, or a later year exists), or submitted and waiting for the program team: a
    // reminder to renew would only confuse. Asked for more, the reminders resume.
    const isRenewed =
      term.renewalOf?.status === 'APPROVED' ||
      term.renewalOf?.status === 'SUBMITTED' ||
      term.membership.terms.some((t) => dateKey(t.endsOn) > endsOn);
    const prefix = `mct-renewal-reminder:${term.id}:`;
    const already = await prisma.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { dedupeKey: true } });
    const alreadySent = already.map((n) => Number(n.dedupeKey!.slice(prefix.length)) as ReminderOffset);
    const offset = reminderDue({ endsOn, isRenewed }, today, alreadySent);
    if (offset === null) continue;
    const user = term.membership.user;
    const id = await prisma.$transaction((tx) =>
      queueEmail(tx, {
        to: user.email,
        userId: user.id,
        template: 'mct.renewal-reminder',
        data: { name: user.name, endsOn, daysLeft: daysBetween(today, endsOn), url: appUrl(MEMBERSHIP_PATH) },
        // A reminder (the first comes 90 days ahead): the person's digest or unsubscribe choice applies.
        urgency: 'DIGESTIBLE',
        dedupeKey: reminderKey(term.id, offset),
      }),
    );
    if (id) sent++;
  }
  return sent;
}
