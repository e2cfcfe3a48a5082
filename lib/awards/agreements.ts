import 'server-only';
// The MVP agreements in force on a day, and the program's calendar day.
import { todayIn, type DateKey } from '@/lib/dates';
import type { Tx } from '@/lib/db';

/** Today in the program's time zone (award years and agreements are calendar dates in it). */
export async function programToday(db: Tx, now: Date = new Date()): Promise<DateKey> {
  const settings = await db.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  return todayIn(settings?.timeZone ?? 'UTC', now);
}

const agreementSelect = { id: true, kind: true, version: true, title: true, body: true, effectiveFrom: true } as const;

/** The current MVP code of conduct and NDA: of each kind, the latest version in effect on `today`. */
export async function currentMvpAgreements(db: Tx, today: DateKey) {
  const latest = (kind: 'MVP_CODE_OF_CONDUCT' | 'MVP_NDA') =>
    db.agreement.findFirst({
      where: { kind, effectiveFrom: { lte: new Date(`${today}T00:00:00Z`) } },
      orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
      select: agreementSelect,
    });
  // One after the other: db may be a transaction, which runs one query at a time.
  const codeOfConduct = await latest('MVP_CODE_OF_CONDUCT');
  const nda = await latest('MVP_NDA');
  return { codeOfConduct, nda };
}
