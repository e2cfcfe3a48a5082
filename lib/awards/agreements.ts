import 'server-only';
// The MVP agreements in force on a day.
import { dbDay, type DateKey } from '@/lib/dates';
import type { Tx } from '@/lib/db';

const agreementSelect = { id: true, kind: true, version: true, title: true, body: true, effectiveFrom: true } as const;

/** The current MVP code of conduct and NDA: of each kind, the latest version in effect on `today`. */
export async function currentMvpAgreements(db: Tx, today: DateKey) {
  const latest = (kind: 'MVP_CODE_OF_CONDUCT' | 'MVP_NDA') =>
    db.agreement.findFirst({
      where: { kind, effectiveFrom: { lte: dbDay(today) } },
      orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
      select: agreementSelect,
    });
  // One after the other: db may be a transaction, which runs one query at a time.
  const codeOfConduct = await latest('MVP_CODE_OF_CONDUCT');
  const nda = await latest('MVP_NDA');
  return { codeOfConduct, nda };
}
