import 'server-only';
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import { queueEmail } from '@/lib/notifications/outbox';
import type { NominationUpdateEvent } from '@/lib/notifications/templates/mvp';

/** The address of a nomination's page, for emails. */
export function nominationUrl(nominationId: string): string {
  return `${env().APP_URL}/nominations/${nominationId}`;
}

/** Appends a step to the nomination's history (what "My nominations" shows). */
export async function recordNominationEvent(
  tx: Tx,
  nominationId: string,
  status: NominationStatus,
  at: Date,
  note: string | null = null,
): Promise<void> {
  await tx.nominationEvent.create({ data: { nominationId, status, at, note } });
}

/** Tells the nominator and every endorser about a step of the nomination, inside the caller's
 * transaction; the person who took the step is not told what they just did. */
export async function notifyNominators(
  tx: Tx,
  nominationId: string,
  event: NominationUpdateEvent,
  opts: { exceptUserId?: string } = {},
): Promise<void> {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      nomineeName: true,
      category: { select: { name: true } },
      nominator: { select: { id: true, email: true, name: true, anonymizedAt: true } },
      endorsements: { select: { endorser: { select: { id: true, email: true, name: true, anonymizedAt: true } } } },
    },
  });
  const recipients = [n.nominator, ...n.endorsements.map((e) => e.endorser)].filter((p) => !p.anonymizedAt && p.id !== opts.exceptUserId);
  for (const person of recipients) {
    await queueEmail(tx, {
      to: person.email,
      userId: person.id,
      template: 'mvp.nomination-update',
      data: {
        recipientName: person.name,
        nomineeName: n.nomineeName,
        categoryName: n.category.name,
        event,
        url: nominationUrl(nominationId),
      },
      urgency: 'DIGESTIBLE',
    });
  }
}
