// An admin's add or change of a catalogue row (a category, a certification, an ISC provider…) in
// the caller's transaction, audited as done by `viewer`; a change is made only at the version the
// admin read.
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { actorOf, recordAudit } from './record';

/** Creates a row and records it as `action`, with what the admin entered. */
export async function addAudited<T extends { id: string }>(
  tx: Tx,
  viewer: { id: string; email: string },
  added: { entityType: string; action: string; create: () => Promise<T>; after: unknown },
): Promise<T> {
  const created = await added.create();
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: added.action,
    entityType: added.entityType,
    entityId: created.id,
    after: added.after,
  });
  return created;
}

/** Changes a row the admin read at a version: refused as not found when it is gone, and as stale
 * when someone changed it first (`update` matches the version and says how many rows it changed);
 * then recorded as `action` with what it was and what it is. Answers what it was. */
export async function updateAtVersion<B>(
  tx: Tx,
  viewer: { id: string; email: string },
  change: {
    entityType: string;
    entityId: string;
    action: string;
    readBefore: () => Promise<B | null>;
    notFound: string;
    update: () => Promise<{ count: number }>;
    stale: string;
    audit: (before: B) => { before: unknown; after: unknown };
  },
): Promise<B> {
  const before = await change.readBefore();
  if (!before) throw new AppError('NOT_FOUND', change.notFound);
  const { count } = await change.update();
  if (count !== 1) throw new AppError('CONFLICT', change.stale);
  await recordAudit(tx, {
    actor: actorOf(viewer),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    ...change.audit(before),
  });
  return before;
}
