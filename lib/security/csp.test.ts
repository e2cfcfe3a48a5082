import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, staticSecurityHeaders } from './csp';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('allows only scripts with the nonce, and no inline handlers, eval, plugins or framing', () => {
    const csp = contentSecurityPolicy('abc123');
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive(csp, 'script-src')).not.toContain('unsafe-inline');
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(csp, 'form-action')).toBe("form-action 'self'");
  });

  it("adds 'unsafe-eval' in development only", () => {
    expect(directive(contentSecurityPolicy('n', { isDev: true }), 'script-src')).toContain("'unsafe-eval'");
  });
});

describe('createNonce', () => {
  it('is fresh and unguessable each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('staticSecurityHeaders', () => {
  it('sends HSTS in production only', () => {
    const keys = (isProduction: boolean) => staticSecurityHeaders({ isProduction }).map((h) => h.key);
    expect(keys(true)).toContain('Strict-Transport-Security');
    expect(keys(false)).not.toContain('Strict-Transport-Security');
    expect(keys(false)).toEqual(
      expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy']),
    );
  });
});
