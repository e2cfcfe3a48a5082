import 'server-only';
// Telling candidates that dates of their cycle changed: nominees and nominators of its open
// nominations and MVPs renewing in it, each once, with the new dates in their own time zone. A
// deadline: sent at once, whatever their digest choice.
import type { Tx } from '@/lib/db';
import { env } from '@/lib/env';
import { formatInstant } from '@/lib/format';
import { queueEmail } from '@/lib/notifications/outbox';
import { OPEN_NOMINATION_STATUSES } from '@/lib/nominations/lifecycle';
import { CYCLE_DATES, type CycleDateColumn, type CycleInstants } from './rules';

type Recipient = { email: string; userId: string | null; name: string | null; timeZone: string; url: string };

export async function notifyDateChange(
  tx: Tx,
  change: { cycleId: string; cycleName: string; changed: readonly CycleDateColumn[]; instants: CycleInstants; note: string },
): Promise<number> {
  const settings = await tx.programSettings.findUnique({ where: { id: 1 }, select: { timeZone: true } });
  const programZone = settings?.timeZone ?? 'UTC';
  const person = { select: { id: true, email: true, name: true, timeZone: true, anonymizedAt: true } } as const;
  const nominations = await tx.nomination.findMany({
    where: { cycleId: change.cycleId, status: { in: [...OPEN_NOMINATION_STATUSES] } },
    select: { id: true, nomineeEmail: true, nomineeName: true, nominee: person, nominator: person },
  });
  const renewals = await tx.mvpRenewal.findMany({
    where: { cycleId: change.cycleId, status: { in: ['OPEN', 'SUBMITTED'] } },
    select: { awardId: true, user: person },
  });
  const recipients = new Map<string, Recipient>();
  const add = (r: Recipient) => {
    if (!recipients.has(r.email)) recipients.set(r.email, r);
  };
  const app = env().APP_URL;
  for (const n of nominations) {
    const url = `${app}/nominations/${n.id}`;
    if (n.nominee && !n.nominee.anonymizedAt)
      add({ email: n.nominee.email, userId: n.nominee.id, name: n.nominee.name, timeZone: n.nominee.timeZone, url });
    else if (!n.nominee) add({ email: n.nomineeEmail, userId: null, name: n.nomineeName, timeZone: programZone, url });
    if (!n.nominator.anonymizedAt)
      add({ email: n.nominator.email, userId: n.nominator.id, name: n.nominator.name, timeZone: n.nominator.timeZone, url });
  }
  for (const r of renewals) {
    if (!r.user.anonymizedAt)
      add({
        email: r.user.email,
        userId: r.user.id,
        name: r.user.name,
        timeZone: r.user.timeZone,
        url: `${app}/awards/${r.awardId}/renew`,
      });
  }
  const dates = CYCLE_DATES.filter((d) => change.changed.includes(d.column));
  for (const r of recipients.values()) {
    await queueEmail(tx, {
      to: r.email,
      userId: r.userId,
      template: 'cycle.dates-changed',
      data: {
        name: r.name,
        cycleName: change.cycleName,
        changes: dates.map((d) => ({ label: d.label, when: formatInstant(change.instants[d.column], r.timeZone) })),
        note: change.note,
        url: r.url,
      },
      urgency: 'IMMEDIATE',
    });
  }
  return recipients.size;
}
