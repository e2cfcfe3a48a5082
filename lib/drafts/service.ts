import 'server-only';
import type { z } from 'zod';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { clearDraftSchema, saveDraftSchema } from './schema';
import type { Viewer } from '@/lib/auth/viewer';

// Drafts are not audited: they are a person's unsent typing, saved every few seconds, not a change
// to any record anyone else sees.

/** Keeps what the viewer typed in one of their forms; returns when it was saved. */
export async function saveFormDraft(viewer: Viewer, input: z.output<typeof saveDraftSchema>): Promise<{ savedAt: string }> {
  const data = input.data as Prisma.InputJsonObject;
  const row = await prisma.formDraft.upsert({
    where: { userId_formKey: { userId: viewer.id, formKey: input.formKey } },
    create: { userId: viewer.id, formKey: input.formKey, data },
    update: { data },
    select: { updatedAt: true },
  });
  return { savedAt: row.updatedAt.toISOString() };
}

/** Forgets the viewer's draft of a form (after it was submitted, or when they discard it). */
export async function clearFormDraft(viewer: Viewer, input: z.output<typeof clearDraftSchema>): Promise<void> {
  await prisma.formDraft.deleteMany({ where: { userId: viewer.id, formKey: input.formKey } });
}
