import 'server-only';
// Which version of each agreement is in force on a day: of each kind, the latest version whose
// effective date has come (in the program's time zone). One rule for every program's agreements.
import type { DateKey } from '@/lib/dates';
import type { Tx } from '@/lib/db';
import type { AgreementKind } from '@/lib/generated/prisma/enums';

export const agreementSelect = { id: true, kind: true, version: true, title: true, body: true, effectiveFrom: true } as const;

/** The version of an agreement in force on `today`, or null when none is published yet. */
export function currentAgreement(db: Tx, kind: AgreementKind, today: DateKey) {
  return db.agreement.findFirst({
    where: { kind, effectiveFrom: { lte: new Date(`${today}T00:00:00Z`) } },
    orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
    select: agreementSelect,
  });
}
