import 'server-only';
// The program team's MCT configuration: the self-service switch and fee, pause windows, and the
// certification catalogue. Admins only; every change audited; settings and pauses refuse an edit
// made on a stale page (optimistic concurrency on `version`).
import type { z } from 'zod';
import { actorOf, recordAudit } from '@/lib/audit/record';
import { addAudited, updateAtVersion } from '@/lib/audit/versioned';
import { announceChange } from '@/lib/cache/shared';
import { assertRole } from '@/lib/auth/policy';
import { isUniqueViolation, prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { formatDayKey } from '@/lib/format';
import { overlappingPause } from './enrollment-window';
import { queueHeldRelease } from './held-applications';
import { loadPauses } from './loaders';
import { programToday } from '@/lib/program-settings';
import type {
  addPauseSchema,
  certificationSchema,
  enrollmentSettingsSchema,
  removeCatalogueEntrySchema,
  removePauseSchema,
  updatePauseSchema,
} from './schema';
import { dbDay } from '@/lib/dates';
import type { Viewer } from '@/lib/auth/viewer';

const STALE = 'Someone else changed this since you opened the page. Reload to see their change, then make yours again.';

/** Saves the self-service switch (with the reason candidates read) and the fee. */
export async function updateEnrollmentSettings(viewer: Viewer, input: z.output<typeof enrollmentSettingsSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  const data = {
    selfServiceEnabled: input.selfServiceEnabled,
    selfServiceOffReason: input.selfServiceOffReason || null,
    mctFeeWaived: input.mctFeeWaived,
    mctFeeCents: input.mctFeeCents,
    mctFeeCurrency: input.mctFeeCurrency,
    mctFeeWaiverNote: input.mctFeeWaiverNote || null,
    updatedById: viewer.id,
  };
  const select = {
    selfServiceEnabled: true,
    selfServiceOffReason: true,
    mctFeeWaived: true,
    mctFeeCents: true,
    mctFeeCurrency: true,
    mctFeeWaiverNote: true,
  } as const;
  try {
    await prisma.$transaction(async (tx) => {
      const before = await tx.programSettings.findUnique({ where: { id: 1 }, select: { ...select, version: true } });
      if (!before) {
        if (input.version !== 0) throw new AppError('CONFLICT', STALE);
        await tx.programSettings.create({ data: { id: 1, ...data, version: 1 } });
      } else {
        const { count } = await tx.programSettings.updateMany({
          where: { id: 1, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count !== 1) throw new AppError('CONFLICT', STALE);
      }
      await announceChange(tx, 'program-settings');
      const after = await tx.programSettings.findUniqueOrThrow({ where: { id: 1 }, select });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: 'mct_enrollment_settings.updated',
        entityType: 'ProgramSettings',
        entityId: '1',
        before: before ? { ...before, version: undefined } : undefined,
        after,
      });
      // Switched on: applications held during a pause may go to their candidates now.
      if (after.selfServiceEnabled) await queueHeldRelease(tx);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('CONFLICT', STALE);
    throw error;
  }
}

async function lockPauses(tx: Tx): Promise<void> {
  // Two admins adding overlapping windows at once: the second waits and then sees the first.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('mct.enrollment-pauses'))`);
}

/** A pause that ended stays as it was: it explains the refusals people met then. */
async function assertNotEnded(tx: Tx, pause: { endsOn: string }): Promise<void> {
  if (pause.endsOn < (await programToday(tx))) {
    throw new AppError(
      'CONFLICT',
      `This pause ended on ${formatDayKey(pause.endsOn)}. Past pauses stay as they were; add a new one for new dates.`,
    );
  }
}

async function assertNoOverlap(tx: Tx, window: { id?: string; startsOn: string; endsOn: string }): Promise<void> {
  const clash = overlappingPause(window, await loadPauses(tx));
  if (clash) {
    throw new AppError('CONFLICT', 'Pause windows cannot overlap.', {
      startsOn: [
        `Overlaps the pause from ${formatDayKey(clash.startsOn)} to ${formatDayKey(clash.endsOn)}. Edit that one instead, or choose other dates.`,
      ],
    });
  }
}

/** Adds a pause window (dates in the program's time zone, both included). */
export async function addPause(viewer: Viewer, input: z.output<typeof addPauseSchema>): Promise<{ id: string }> {
  assertRole(viewer, 'ADMIN');
  return prisma.$transaction(async (tx) => {
    await lockPauses(tx);
    await assertNoOverlap(tx, input);
    const pause = await tx.enrollmentPause.create({
      data: { startsOn: dbDay(input.startsOn), endsOn: dbDay(input.endsOn), reason: input.reason, createdById: viewer.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_enrollment_pause.added',
      entityType: 'EnrollmentPause',
      entityId: pause.id,
      after: input,
    });
    return pause;
  });
}

/** Changes a pause window's dates or reason. */
export async function updatePause(viewer: Viewer, input: z.output<typeof updatePauseSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    await lockPauses(tx);
    const before = (await loadPauses(tx)).find((p) => p.id === input.id);
    if (!before) throw new AppError('NOT_FOUND', 'That pause window was removed meanwhile. Reload the page.');
    if (before.version !== input.version) throw new AppError('CONFLICT', STALE);
    await assertNotEnded(tx, before);
    await assertNoOverlap(tx, input);
    const { count } = await tx.enrollmentPause.updateMany({
      where: { id: input.id, version: input.version },
      data: { startsOn: dbDay(input.startsOn), endsOn: dbDay(input.endsOn), reason: input.reason, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError('CONFLICT', STALE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_enrollment_pause.updated',
      entityType: 'EnrollmentPause',
      entityId: input.id,
      before: { startsOn: before.startsOn, endsOn: before.endsOn, reason: before.reason },
      after: { startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason },
    });
    // A pause shortened to end before today releases the applications held during it now.
    await queueHeldRelease(tx);
  });
}

/** Removes a pause window. */
export async function removePause(viewer: Viewer, input: z.output<typeof removePauseSchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    await lockPauses(tx);
    const before = (await loadPauses(tx)).find((p) => p.id === input.id);
    if (!before) throw new AppError('NOT_FOUND', 'That pause window was already removed.');
    await assertNotEnded(tx, before);
    const { count } = await tx.enrollmentPause.deleteMany({ where: { id: input.id, version: input.version } });
    if (count !== 1) throw new AppError('CONFLICT', STALE);
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'mct_enrollment_pause.removed',
      entityType: 'EnrollmentPause',
      entityId: input.id,
      before: { startsOn: before.startsOn, endsOn: before.endsOn, reason: before.reason },
    });
    // The applications held during it go to their candidates now, unless enrollment stays closed.
    await queueHeldRelease(tx);
  });
}

/** Adds a certification to the catalogue, or changes one (eligibility, validity, retirement). */
export async function saveCertification(viewer: Viewer, input: z.output<typeof certificationSchema>): Promise<{ id: string }> {
  assertRole(viewer, 'ADMIN');
  const data = {
    code: input.code,
    name: input.name,
    level: input.level,
    isEligible: input.isEligible,
    validityMonths: input.validityMonths,
    retiredOn: input.retiredOn ? dbDay(input.retiredOn) : null,
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const id = input.id;
      if (!id) {
        return addAudited(tx, viewer, {
          entityType: 'Certification',
          action: 'certification.added',
          create: () => tx.certification.create({ data, select: { id: true } }),
          after: input,
        });
      }
      await updateAtVersion(tx, viewer, {
        entityType: 'Certification',
        entityId: id,
        action: 'certification.updated',
        readBefore: () =>
          tx.certification.findUnique({
            where: { id },
            select: { code: true, name: true, level: true, isEligible: true, validityMonths: true, retiredOn: true },
          }),
        notFound: 'That certification was removed meanwhile. Reload the page.',
        update: () => tx.certification.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 } } }),
        stale: STALE,
        audit: (before) => ({ before, after: input }),
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'code'))
      throw new AppError('CONFLICT', 'Some fields need attention.', { code: ['Another certification has this code'] });
    if (isUniqueViolation(error, 'name'))
      throw new AppError('CONFLICT', 'Some fields need attention.', { name: ['Another certification has this name'] });
    throw error;
  }
}

/** Removes a certification nobody holds; one that people hold is retired instead. */
export async function removeCatalogueCertification(viewer: Viewer, input: z.output<typeof removeCatalogueEntrySchema>): Promise<void> {
  assertRole(viewer, 'ADMIN');
  await prisma.$transaction(async (tx) => {
    const cert = await tx.certification.findUnique({
      where: { id: input.id },
      select: { id: true, code: true, name: true, _count: { select: { held: true } } },
    });
    if (!cert) throw new AppError('NOT_FOUND', 'That certification was already removed.');
    if (cert._count.held > 0) {
      throw new AppError(
        'CONFLICT',
        `${cert._count.held} ${cert._count.held === 1 ? 'person holds' : 'people hold'} ${cert.code}, so it stays in the catalogue. Set a retirement date instead.`,
      );
    }
    await tx.certification.delete({ where: { id: cert.id } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: 'certification.removed',
      entityType: 'Certification',
      entityId: cert.id,
      before: { code: cert.code, name: cert.name },
    });
  });
}
