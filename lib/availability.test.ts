import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailableError, isRawRead, rawSqlText } from './availability';

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

describe('isRawRead: which raw statements lib/db.ts runs again while the database is away', () => {
  it('takes plain SELECTs, after comments and whitespace', () => {
    expect(isRawRead('SELECT 1')).toBe(true);
    expect(isRawRead('\n    select u.id FROM "User" u WHERE u.id = $1::uuid')).toBe(true);
    expect(isRawRead('-- the viewer\n/* one statement */ SELECT count(*) FROM "Notification"')).toBe(true);
  });

  it('never takes writes, CTEs (which may hide one), locks or session settings', () => {
    expect(isRawRead(`UPDATE "Notification" SET status = 'SENDING' WHERE id = $1 RETURNING id`)).toBe(false);
    expect(isRawRead('INSERT INTO "AuditEvent" (action) VALUES ($1)')).toBe(false);
    expect(isRawRead('WITH moved AS (DELETE FROM x RETURNING *) SELECT * FROM moved')).toBe(false);
    expect(isRawRead(`SELECT set_config('portal.audit_redaction', $1, true)`)).toBe(false);
    expect(isRawRead(`SELECT pg_advisory_xact_lock(hashtext('x'))`)).toBe(false);
    expect(isRawRead('SELECT id FROM "User" WHERE id = $1 FOR UPDATE')).toBe(false);
    expect(isRawRead("SELECT nextval('s')")).toBe(false);
  });

  it('reads the SQL of both raw query shapes Prisma hands to an extension', () => {
    expect(rawSqlText({ strings: ['SELECT ', ' AS a'], values: [1] })).toBe('SELECT $ AS a');
    expect(rawSqlText(['SELECT $1::int', 2])).toBe('SELECT $1::int');
    expect(rawSqlText(null)).toBe('');
  });
});
