import 'server-only';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { checkEntraSignIn, type EntraPolicy } from './entra';

export type { EntraPolicy } from './entra';

export type SignInAttempt = {
  user: { id?: string; email?: string | null };
  account?: { provider: string; providerAccountId: string } | null;
  profile?: Record<string, unknown>;
};

export const ENTRA_PROVIDER_ID = 'microsoft-entra-id';

/** The tenants and domains of lib/env.ts. */
export function entraPolicyFromEnv(): EntraPolicy {
  const e = env();
  return { tenantIds: e.AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS, verifiedDomains: e.AUTH_MICROSOFT_ENTRA_ID_DOMAINS };
}

/** Auth.js's signIn callback: an erased account never signs in; an Entra ID sign-in goes on only
 * under lib/auth/entra.ts's rule (configured tenant; a verified address to join or create an account
 * by), else the person reads why on the sign-in error page. */
export async function allowSignIn(
  { user, account, profile }: SignInAttempt,
  policy: EntraPolicy = entraPolicyFromEnv(),
): Promise<boolean | string> {
  if (account?.provider === ENTRA_PROVIDER_ID) {
    const linked = await prisma.account.findUnique({
      where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
      select: { user: { select: { anonymizedAt: true } } },
    });
    const check = checkEntraSignIn(profile ?? {}, Boolean(linked), policy);
    if (!check.ok) return `/sign-in/error?error=${check.refusal === 'tenant' ? 'EntraTenant' : 'EntraUnverified'}`;
    if (linked) return !linked.user.anonymizedAt;
  }
  if (!user.id) return true; // first email sign-in: the adapter creates the account
  const record = await prisma.user.findUnique({ where: { id: user.id }, select: { anonymizedAt: true } });
  return !record?.anonymizedAt;
}
