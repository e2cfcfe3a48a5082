import 'server-only';
// The MVP agreements in force on a day, and the program's calendar day.
import { todayIn, type DateKey } from '@/lib/dates';
import { currentAgreement } from '@/lib/agreements/current';
import type { Tx } from '@/lib/db';

/** Today in the program's time zone (award years and agreements are calendar dates in it). */
export async function programToday(db: Tx, now: Date = new Date()): Promise<DateKey> {
  const settings = await db.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return todayIn(settings?.timeZone ?? 'UTC', now);
}

/** The current MVP code of conduct and NDA: of each kind, the latest version in effect on `today`. */
export async function currentMvpAgreements(db: Tx, today: DateKey) {
  // One after the other: db may be a transaction, which runs one query at a time.
  const codeOfConduct = await currentAgreement(db, 'MVP_CODE_OF_CONDUCT', today);
  const nda = await currentAgreement(db, 'MVP_NDA', today);
  return { codeOfConduct, nda };
}
