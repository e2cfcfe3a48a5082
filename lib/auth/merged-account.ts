import { prisma } from '@/lib/db';

/** The account a sign-in lands in: the remaining account when this one was merged away. */
export async function resolveMergedUserId(userId: string): Promise<string> {
  let id = userId;
  // Merges repoint earlier merges, so one hop is the rule; the bound only guards against a loop.
  for (let hop = 0; hop < 5; hop++) {
    const row = await prisma.user.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!row?.mergedIntoId) return id;
    id = row.mergedIntoId;
  }
  return id;
}
