import { describe, expect, it } from 'vitest';
import { isDemoAllowed, parseEnv } from './env';

const base = { DATABASE_URL: 'postgresql://u:p@localhost:5432/db' };
const TENANT = '11111111-2222-4333-8444-555555555555';

describe('parseEnv', () => {
  it('requires the public URL in production, so no email link is built from a request’s Host', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(/APP_URL/);
    expect(parseEnv({ ...base, NODE_ENV: 'production', APP_URL: 'https://portal.example/' }).APP_URL).toBe('https://portal.example');
    expect(parseEnv({ ...base, NODE_ENV: 'production', AUTH_URL: 'https://portal.example/api/auth' }).APP_URL).toBe(
      'https://portal.example',
    );
    expect(parseEnv({ ...base }).APP_URL).toBe('http://localhost:3000');
  });

  it('requires the Entra tenants whose people may sign in, as tenant ids', () => {
    const entra = { ...base, AUTH_MICROSOFT_ENTRA_ID_ID: 'client', AUTH_MICROSOFT_ENTRA_ID_SECRET: 'secret' };
    expect(() => parseEnv(entra)).toThrow(/AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS/);
    expect(() => parseEnv({ ...entra, AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS: 'contoso.example' })).toThrow(/not a tenant id/);
    const parsed = parseEnv({
      ...entra,
      AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS: ` ${TENANT.toUpperCase()} `,
      AUTH_MICROSOFT_ENTRA_ID_DOMAINS: 'Contoso.example',
    });
    expect(parsed.AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS).toEqual([TENANT]);
    expect(parsed.AUTH_MICROSOFT_ENTRA_ID_DOMAINS).toEqual(['contoso.example']);
  });

  it('allows demo data outside production, and in production only with DEMO_MODE=1', () => {
    expect(isDemoAllowed(parseEnv({ ...base, NODE_ENV: 'development' }))).toBe(true);
    expect(isDemoAllowed(parseEnv({ ...base, NODE_ENV: 'production', APP_URL: 'https://p.example' }))).toBe(false);
    expect(isDemoAllowed(parseEnv({ ...base, NODE_ENV: 'production', APP_URL: 'https://p.example', DEMO_MODE: '1' }))).toBe(true);
  });
});
