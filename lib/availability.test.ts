import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError } from './availability';

describe('isDatabaseUnavailableError', () => {
  it('recognises a refused or dropped connection, also when wrapped', () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(
      true,
    );
    expect(isDatabaseUnavailableError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isDatabaseUnavailableError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })),
    ).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    const wrapped = new Error('Invalid `prisma.user.findMany()` invocation', {
      cause: Object.assign(new Error('driver failed'), { cause: Object.assign(new Error('x'), { code: '08006' }) }),
    });
    expect(isDatabaseUnavailableError(wrapped)).toBe(true);
  });

  it('does not mistake a refused query or a bug for an outage', () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(
      false,
    );
    expect(isDatabaseUnavailableError(Object.assign(new Error('the audit log is append-only'), { code: '42501' }))).toBe(false);
    expect(isDatabaseUnavailableError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
    expect(isDatabaseUnavailableError('ECONNREFUSED')).toBe(false);
  });

  it('survives a cause cycle', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailableError(a)).toBe(false);
  });
});
