import { describe, expect, it } from 'vitest';
import { checkEntraSignIn } from './entra';

const TENANT = '11111111-2222-4333-8444-555555555555';
const policy = { tenantIds: [TENANT], verifiedDomains: ['contoso.example'] };
const claims = (c: Record<string, unknown>) => ({ tid: TENANT, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, ...c });

describe('checkEntraSignIn', () => {
  it('refuses other tenants, a token whose issuer is not its tenant, and tokens without a tenant', () => {
    expect(
      checkEntraSignIn(claims({ tid: '99999999-2222-4333-8444-555555555555', email: 'a@b.example', xms_edov: true }), false, policy),
    ).toEqual({ ok: false, refusal: 'tenant' });
    expect(
      checkEntraSignIn(claims({ iss: 'https://login.microsoftonline.com/other/v2.0', email: 'a@b.example', xms_edov: true }), true, policy),
    ).toEqual({ ok: false, refusal: 'tenant' });
    expect(checkEntraSignIn({ email: 'a@b.example', xms_edov: true }, false, policy)).toEqual({ ok: false, refusal: 'tenant' });
  });

  it('joins or creates an account by address only when the address is verified', () => {
    expect(checkEntraSignIn(claims({ email: 'a@b.example' }), false, policy)).toEqual({ ok: false, refusal: 'unverified' });
    expect(checkEntraSignIn(claims({ email: 'a@b.example', xms_edov: 'false' }), false, policy)).toEqual({
      ok: false,
      refusal: 'unverified',
    });
    expect(checkEntraSignIn(claims({}), false, policy)).toEqual({ ok: false, refusal: 'no-email' });
    expect(checkEntraSignIn(claims({ email: 'a@b.example', xms_edov: true }), false, policy)).toEqual({ ok: true });
    expect(checkEntraSignIn(claims({ email: 'a@b.example', email_verified: '1' }), false, policy)).toEqual({ ok: true });
    expect(checkEntraSignIn(claims({ email: 'Pat@Contoso.example' }), false, policy)).toEqual({ ok: true });
  });

  it('lets a linked identity of a configured tenant in without an address', () => {
    expect(checkEntraSignIn(claims({}), true, policy)).toEqual({ ok: true });
  });
});
