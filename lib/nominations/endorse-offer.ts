import 'server-only';
// When a nominator names someone who already has an open nomination in the category (made by
// someone else), nothing on the page says so (lib/nominations/service.ts nominateWithinLimit): the
// offer to endorse the open nomination goes to the nominator by email, and what they typed waits as
// the endorsement page's draft.
import type { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { prisma, type Tx } from '@/lib/db';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import { queueEmail } from '@/lib/notifications/outbox';
import type { Viewer } from '@/lib/auth/viewer';
import type { NominationStatus } from '@/lib/generated/prisma/enums';
import { checkEndorsement } from './rules';
import type { nominationSchema } from './schema';

/** The draft the endorsement page starts from: what the nominator typed when they nominated. */
export const endorsementDraftKey = (nominationId: string) => `nomination.endorse.${nominationId}`;

/** Emails the nominator the offer to endorse the open nomination instead, keeping their statement as
 * the endorsement page's draft. */
export async function offerEndorsement(
  tx: Tx,
  viewer: Viewer,
  input: z.output<typeof nominationSchema>,
  open: { id: string; categoryName: string },
): Promise<void> {
  const data = { statement: input.statement } as Prisma.InputJsonObject;
  const formKey = endorsementDraftKey(open.id);
  await tx.formDraft.upsert({
    where: { userId_formKey: { userId: viewer.id, formKey } },
    create: { userId: viewer.id, formKey, data },
    update: { data },
  });
  await queueEmail(tx, {
    to: viewer.email,
    userId: viewer.id,
    template: 'mvp.nomination-endorse-offer',
    // The name the nominator typed, not the one on record.
    data: {
      recipientName: viewer.name,
      nomineeName: input.nomineeName,
      categoryName: open.categoryName,
      url: `${env().APP_URL}/nominations/${open.id}/endorse`,
    },
    urgency: 'IMMEDIATE',
  });
  await recordAudit(tx, {
    actor: { id: viewer.id, label: viewer.email },
    action: 'nomination.endorsement-offered',
    entityType: 'Nomination',
    entityId: open.id,
  });
}

/** checkEndorsement with the facts it needs from the database (whether the viewer reviews it). */
export async function checkEndorsementBy(
  db: Tx | typeof prisma,
  viewer: Viewer,
  n: {
    id: string;
    status: NominationStatus;
    nominatorId: string;
    nomineeEmail: string;
    nomineeId: string | null;
    endorserIds: readonly string[];
  },
): Promise<ReturnType<typeof checkEndorsement>> {
  const reviewing = await db.reviewAssignment.count({
    where: { reviewerId: viewer.id, status: { not: 'REMOVED' }, submission: { nominationId: n.id } },
  });
  return checkEndorsement({
    endorser: { id: viewer.id, email: viewer.email, canNominate: viewer.canNominate },
    nomination: n,
    isAssignedReviewer: reviewing > 0,
  });
}
