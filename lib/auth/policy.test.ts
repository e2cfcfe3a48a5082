import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { makeViewer } from '@/tests/support/viewer';
import { assertProviderStaff, assertRole, assertSignedIn, hasRole } from './policy';

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

describe('hasRole', () => {
  it('is true when the viewer holds any of the roles', () => {
    const reviewer = makeViewer({ roles: ['REVIEWER'] });
    expect(hasRole(reviewer, 'REVIEWER')).toBe(true);
    expect(hasRole(reviewer, 'ADMIN', 'REVIEWER')).toBe(true);
    expect(hasRole(reviewer, 'ADMIN')).toBe(false);
  });

  it('is false for a signed-out caller and for no roles asked', () => {
    expect(hasRole(null, 'ADMIN')).toBe(false);
    expect(hasRole(makeViewer({ roles: ['ADMIN'] }))).toBe(false);
  });
});

describe('assertSignedIn', () => {
  it('asks a signed-out caller to sign in again', () => {
    const error = thrown(() => assertSignedIn(null));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/sign in/i);
  });

  it('lets a signed-in caller through', () => {
    expect(() => assertSignedIn(makeViewer())).not.toThrow();
  });
});

describe('assertRole', () => {
  it('refuses a candidate an admin-only operation', () => {
    const error = thrown(() => assertRole(makeViewer(), 'ADMIN'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('You do not have access to this.');
  });

  it('refuses a signed-out caller as signed out, not as forbidden', () => {
    expect(thrown(() => assertRole(null, 'ADMIN')).code).toBe('UNAUTHENTICATED');
  });

  it('lets a holder of any of the roles through', () => {
    expect(() => assertRole(makeViewer({ roles: ['ADMIN'] }), 'ADMIN')).not.toThrow();
    expect(() => assertRole(makeViewer({ roles: ['REVIEWER'] }), 'ADMIN', 'REVIEWER')).not.toThrow();
  });
});

describe('assertProviderStaff', () => {
  it('lets staff act for their own ISC provider', () => {
    expect(() => assertProviderStaff(makeViewer({ providerIds: ['northwind'] }), 'northwind')).not.toThrow();
  });

  it('refuses staff of another ISC provider', () => {
    const error = thrown(() => assertProviderStaff(makeViewer({ providerIds: ['northwind'] }), 'contoso'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/not staff of this ISC provider/);
  });

  it('refuses someone who is staff of no provider, and a signed-out caller', () => {
    expect(thrown(() => assertProviderStaff(makeViewer(), 'northwind')).code).toBe('FORBIDDEN');
    expect(thrown(() => assertProviderStaff(null, 'northwind')).code).toBe('UNAUTHENTICATED');
  });

  it('lets an admin act for any provider', () => {
    expect(() => assertProviderStaff(makeViewer({ roles: ['ADMIN'] }), 'contoso')).not.toThrow();
  });
});
