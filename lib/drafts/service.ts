import 'server-only';
import type { z } from 'zod';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Viewer } from '@/lib/auth/viewer';
import { DRAFTS_PER_PERSON, type clearDraftSchema, type saveDraftSchema } from './schema';

// Drafts are not audited: they are a person's unsent typing, saved every few seconds, not a change
// to any record anyone else sees.

/** Keeps what the viewer typed in one of their forms; returns when it was saved. A person keeps at
 * most DRAFTS_PER_PERSON drafts (each at most DRAFT_MAX_CHARS): saving one more forgets the least
 * recently saved, never the one just typed. */
export async function saveFormDraft(viewer: Viewer, input: z.output<typeof saveDraftSchema>): Promise<{ savedAt: string }> {
  const data = input.data as Prisma.InputJsonObject;
  const row = await prisma.formDraft.upsert({
    where: { userId_formKey: { userId: viewer.id, formKey: input.formKey } },
    create: { userId: viewer.id, formKey: input.formKey, data },
    update: { data },
    select: { updatedAt: true },
  });
  await prisma.$executeRaw`
    DELETE FROM "FormDraft" WHERE "userId" = ${viewer.id}::uuid AND "formKey" IN (
      SELECT "formKey" FROM "FormDraft" WHERE "userId" = ${viewer.id}::uuid AND "formKey" <> ${input.formKey}
      ORDER BY "updatedAt" DESC, "formKey" OFFSET ${DRAFTS_PER_PERSON - 1})`;
  return { savedAt: row.updatedAt.toISOString() };
}

/** Forgets the viewer's draft of a form (after it was submitted, or when they discard it). */
export async function clearFormDraft(viewer: Viewer, input: z.output<typeof clearDraftSchema>): Promise<void> {
  await prisma.formDraft.deleteMany({ where: { userId: viewer.id, formKey: input.formKey } });
}
