import { describe, expect, it } from 'vitest';
import { canTransitionToken, tokenStatusOf, TOKEN_STATUS_COPY, TOKEN_TRANSITIONS } from './rules';
import { API_SCOPES, PROVIDER_SCOPES, scopeName } from './scopes';

describe('an API token’s life', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('is active until it expires (the expiry instant included) or is revoked', () => {
    expect(tokenStatusOf({ revokedAt: null, expiresAt: new Date('2026-12-01T12:00:01Z') }, now)).toBe('ACTIVE');
    expect(tokenStatusOf({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(tokenStatusOf({ revokedAt: new Date('2026-11-01T00:00:00Z'), expiresAt: new Date('2027-01-01T00:00:00Z') }, now)).toBe(
      'REVOKED',
    );
  });

  it('is revoked only while active, and nothing leaves revoked or expired', () => {
    expect(canTransitionToken('ACTIVE', 'REVOKED')).toBe(true);
    expect(canTransitionToken('REVOKED', 'REVOKED')).toBe(false);
    expect(canTransitionToken('EXPIRED', 'REVOKED')).toBe(false);
    for (const status of Object.keys(TOKEN_TRANSITIONS))
      expect(TOKEN_STATUS_COPY[status as keyof typeof TOKEN_STATUS_COPY].next).toBeTruthy();
  });

  it('names every stored scope, and gives providers every scope but the exports', () => {
    for (const [name, s] of Object.entries(API_SCOPES)) expect(scopeName(s.db)).toBe(name);
    expect([...PROVIDER_SCOPES].sort()).toEqual(
      Object.entries(API_SCOPES)
        .filter(([, s]) => s.holder === 'provider')
        .map(([n]) => n)
        .sort(),
    );
  });
});
