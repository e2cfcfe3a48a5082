// Cross-tenant account takeover through Microsoft Entra ID (issue 15, high): Auth.js links an Entra
// sign-in to the account with the same address. The sign-in callback decides whether that happens:
// only people of the configured tenants, and only addresses Entra vouches for (xms_edov /
// email_verified, or a domain the tenants own), join or create an account by address. No Entra
// tenant is reachable offline, so the callback gets the ID token's claims as Auth.js would pass them.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowSignIn, type EntraPolicy } from '@/lib/auth/sign-in-callback';
import { prisma } from '@/lib/db';
import { createUser, uniqueEmail } from '@/tests/support/factories';

const OUR_TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const policy: EntraPolicy = { tenantIds: [OUR_TENANT], verifiedDomains: ['contoso-staff.example'] };

/** What Auth.js hands the callback for an Entra sign-in that is not linked yet: a fresh random user
 * id, the provider account (the token's sub) and the ID token's claims. */
function entraAttempt(claims: Record<string, unknown>, sub = randomUUID()) {
  return {
    user: { id: randomUUID(), email: String(claims.email ?? '') || null },
    account: { provider: 'microsoft-entra-id', providerAccountId: sub },
    profile: { sub, iss: `https://login.microsoftonline.com/${String(claims.tid)}/v2.0`, ...claims },
  };
}

const refused = (answer: boolean | string) => answer === false || (typeof answer === 'string' && answer.startsWith('/sign-in/error'));

describe('Entra ID sign-in: who may join or create an account by address', () => {
  it('refuses a token from another tenant carrying a victim’s address (the takeover)', async () => {
    const victim = await createUser({ email: uniqueEmail('victim') });
    const answer = await allowSignIn(entraAttempt({ tid: OTHER_TENANT, email: victim.email, xms_edov: true }), policy);
    expect(refused(answer)).toBe(true);
  });

  it('refuses an unverified address from a configured tenant when an account has it', async () => {
    const victim = await createUser({ email: uniqueEmail('victim') });
    const answer = await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: victim.email }), policy);
    expect(refused(answer)).toBe(true);
    expect(refused(await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: victim.email, xms_edov: false }), policy))).toBe(true);
  });

  it('refuses an unverified address for a new account too (it would claim the address)', async () => {
    const answer = await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: uniqueEmail('stranger') }), policy);
    expect(refused(answer)).toBe(true);
  });

  it('refuses a token without an address, and any sign-in when no tenant is configured', async () => {
    expect(refused(await allowSignIn(entraAttempt({ tid: OUR_TENANT }), policy))).toBe(true);
    const email = uniqueEmail('person');
    expect(
      refused(await allowSignIn(entraAttempt({ tid: OUR_TENANT, email, xms_edov: true }), { tenantIds: [], verifiedDomains: [] })),
    ).toBe(true);
  });

  it('lets a verified address of a configured tenant join its account (xms_edov, email_verified or an owned domain)', async () => {
    const a = await createUser({ email: uniqueEmail('linked') });
    expect(await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: a.email, xms_edov: true }), policy)).toBe(true);
    expect(await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: a.email, email_verified: true }), policy)).toBe(true);
    const staff = uniqueEmail('staff', 'contoso-staff.example');
    expect(await allowSignIn(entraAttempt({ tid: OUR_TENANT, email: staff }), policy)).toBe(true);
  });

  it('lets an Entra identity already linked to an account sign in, while its tenant stays configured', async () => {
    const person = await createUser({ email: uniqueEmail('entra') });
    const sub = randomUUID();
    await prisma.account.create({
      data: { userId: person.id, type: 'oidc', provider: 'microsoft-entra-id', providerAccountId: sub },
    });
    const linked = { ...entraAttempt({ tid: OUR_TENANT, email: person.email }, sub), user: { id: person.id, email: person.email } };
    expect(await allowSignIn(linked, policy)).toBe(true);
    expect(refused(await allowSignIn(linked, { tenantIds: [OTHER_TENANT], verifiedDomains: [] }))).toBe(true);
  });

  it('still refuses an erased account and lets email-link sign-ins through', async () => {
    const erased = await createUser({ email: uniqueEmail('erased'), anonymizedAt: new Date() });
    expect(
      await allowSignIn(
        { user: { id: erased.id, email: erased.email }, account: { provider: 'nodemailer', providerAccountId: erased.email } },
        policy,
      ),
    ).toBe(false);
    const person = await createUser({ email: uniqueEmail('link') });
    expect(
      await allowSignIn(
        { user: { id: person.id, email: person.email }, account: { provider: 'nodemailer', providerAccountId: person.email } },
        policy,
      ),
    ).toBe(true);
  });
});
