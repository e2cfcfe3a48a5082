import 'server-only';
import { prisma } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';

export type SavedDraft = { data: unknown; savedAt: string };

/** The viewer's own draft of a form, if they left one. */
export async function getFormDraft(viewer: Viewer, formKey: string): Promise<SavedDraft | null> {
  const row = await prisma.formDraft.findUnique({
    where: { userId_formKey: { userId: viewer.id, formKey } },
    select: { data: true, updatedAt: true },
  });
  return row ? { data: row.data, savedAt: row.updatedAt.toISOString() } : null;
}
