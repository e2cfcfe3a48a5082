import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

export type AuditActor = { id: string | null; label: string };

/** The actor of a signed-in person's change: their id, labelled with their address. */
export function actorOf(person: { id: string; email: string }): AuditActor {
  return { id: person.id, label: person.email };
}

/** The actor of scheduled jobs and other work nobody asked for in person. */
export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };

type AuditEntry = {
  actor: AuditActor;
  /** dotted, past tense: "nomination.accepted", "role.granted". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Appends an entry to the audit log inside the caller's transaction, so a change and its record
 * are committed together or not at all. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor.id,
      actorLabel: entry.actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
