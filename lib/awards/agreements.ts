import 'server-only';
// The MVP agreements in force on a day.
import { currentAgreement } from '@/lib/agreements/current';
import type { DateKey } from '@/lib/dates';
import type { Tx } from '@/lib/db';

/** The current MVP code of conduct and NDA: of each kind, the latest version in effect on `today`. */
export async function currentMvpAgreements(db: Tx, today: DateKey) {
  // One after the other: db may be a transaction, which runs one query at a time.
  const codeOfConduct = await currentAgreement(db, 'MVP_CODE_OF_CONDUCT', today);
  const nda = await currentAgreement(db, 'MVP_NDA', today);
  return { codeOfConduct, nda };
}
