import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { withSignInLinkCounted } from './sign-in-limits';

/** Creates an account for a new person; for an address that already has one, does nothing, so that
 * sign-up never reveals whether an address is registered (the sign-in link goes out either way). */
export async function createAccount(input: { name: string; email: string; timeZone?: string; locale?: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) return;
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        ...(input.timeZone ? { timeZone: input.timeZone, timeZoneChosenAt: new Date() } : {}),
        ...(input.locale ? { locale: input.locale } : {}),
      },
      select: { id: true, email: true, name: true, timeZone: true },
    });
    await recordAudit(tx, {
      actor: { id: user.id, label: user.email },
      action: 'user.signed_up',
      entityType: 'User',
      entityId: user.id,
      after: user,
    });
  });
}

/** Signs a person up: the sign-in link is counted against the address's and the IP's limits first,
 * so a refused attempt creates nothing; then the account (unless the address has one) and the link,
 * which `sendLink` asks Auth.js for. */
export async function signUpWithLink(
  input: { name: string; email: string; timeZone?: string; locale?: string },
  headers: Headers,
  sendLink: () => Promise<unknown>,
): Promise<void> {
  await withSignInLinkCounted(input.email, headers, async () => {
    await createAccount(input);
    await sendLink();
  });
}
