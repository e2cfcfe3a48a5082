// Who may sign in with Microsoft Entra ID, as a pure rule. Auth.js links an Entra sign-in to the
// account with the same address (allowDangerousEmailAccountLinking), and the portal's default
// issuer is multi-tenant: anyone who runs a tenant can put any address in a token. So an Entra
// identity signs in only from a configured tenant, and joins (or creates) an account by address only
// when Entra vouches for the address: the `xms_edov` claim (the domain's owner verified it), an
// `email_verified` claim, or a domain the configured tenants own. An identity linked before signs in
// by its account id, while its tenant stays configured.
import { emailDomain } from './email';

export type EntraPolicy = { tenantIds: readonly string[]; verifiedDomains: readonly string[] };

export type EntraRefusal = 'tenant' | 'no-email' | 'unverified';

const isTrue = (v: unknown) => v === true || v === 'true' || v === 1 || v === '1';

/** Whether an Entra sign-in with these ID-token claims may go on; `isLinked` when the identity is
 * already linked to an account. */
export function checkEntraSignIn(
  claims: Record<string, unknown>,
  isLinked: boolean,
  policy: EntraPolicy,
): { ok: true } | { ok: false; refusal: EntraRefusal } {
  const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
  const iss = typeof claims.iss === 'string' ? claims.iss.toLowerCase() : '';
  if (!tid || !policy.tenantIds.includes(tid) || (iss && !iss.includes(`/${tid}/`))) return { ok: false, refusal: 'tenant' };
  if (isLinked) return { ok: true };
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email) return { ok: false, refusal: 'no-email' };
  const verified = isTrue(claims.xms_edov) || isTrue(claims.email_verified) || policy.verifiedDomains.includes(emailDomain(email));
  return verified ? { ok: true } : { ok: false, refusal: 'unverified' };
}
