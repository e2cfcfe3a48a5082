import 'server-only';
// The program's settings row (ProgramSettings, id 1): self-service enrollment, the MCT fee and the
// program's time zone, read the same way by every page and service.
import { cachedRead } from '@/lib/cache/shared';
import { todayIn, type DateKey } from '@/lib/dates';
import { prisma, type Tx } from '@/lib/db';

export type ProgramSettingsRecord = {
  selfServiceEnabled: boolean;
  selfServiceOffReason: string | null;
  /** The program's IANA time zone: pause dates, award years and agreements are calendar dates in it. */
  timeZone: string;
  mctFeeCents: number;
  mctFeeCurrency: string;
  mctFeeWaived: boolean;
  mctFeeWaiverNote: string | null;
  version: number;
  /** False until an admin saved the settings once. */
  exists: boolean;
};

/** The settings a fresh installation runs with until an admin saves them (the schema's defaults). */
export const DEFAULT_PROGRAM_SETTINGS: ProgramSettingsRecord = {
  selfServiceEnabled: true,
  selfServiceOffReason: null,
  timeZone: 'America/Los_Angeles',
  mctFeeCents: 0,
  mctFeeCurrency: 'USD',
  mctFeeWaived: true,
  mctFeeWaiverNote: null,
  version: 0,
  exists: false,
};

/** The program settings row, or the defaults when none was saved yet. */
export async function loadProgramSettings(db: Tx): Promise<ProgramSettingsRecord> {
  const row = await db.programSettings.findUnique({
    where: { id: 1 },
    select: {
      selfServiceEnabled: true,
      selfServiceOffReason: true,
      timeZone: true,
      mctFeeCents: true,
      mctFeeCurrency: true,
      mctFeeWaived: true,
      mctFeeWaiverNote: true,
      version: true,
    },
  });
  return row ? { ...row, exists: true } : DEFAULT_PROGRAM_SETTINGS;
}

/** The settings as pages read them: kept in each process until an admin changes them
 * (lib/cache/shared.ts). A write reads them in its own transaction with loadProgramSettings(tx). */
export function readProgramSettings(): Promise<ProgramSettingsRecord> {
  return cachedRead('program-settings', 'row', () => loadProgramSettings(prisma));
}

/** The program's time zone for a page's "today": UTC until the settings are saved. */
export async function readProgramTimeZone(): Promise<string> {
  const settings = await readProgramSettings();
  return settings.exists ? settings.timeZone : 'UTC';
}

/** Today in the program's time zone (award years and agreements are calendar dates in it; UTC until
 * the settings are saved). */
export async function programToday(db: Tx, now: Date = new Date()): Promise<DateKey> {
  const settings = await db.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return todayIn(settings?.timeZone ?? 'UTC', now);
}
