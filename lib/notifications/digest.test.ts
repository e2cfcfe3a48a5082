import { describe, expect, it } from 'vitest';
import { isDigestDue } from './digest';

describe('isDigestDue', () => {
  it('lets the digest go from 08:00 in the person’s own time zone', () => {
    const at = new Date('2026-11-22T07:30:00Z');
    expect(isDigestDue('UTC', at)).toBe(false);
    expect(isDigestDue('UTC', new Date('2026-11-22T08:00:00Z'))).toBe(true);
    expect(isDigestDue('UTC', new Date('2026-11-22T23:59:00Z'))).toBe(true);
    // 08:30 in Berlin (UTC+1 in November), 23:30 the day before in Los Angeles.
    expect(isDigestDue('Europe/Berlin', at)).toBe(true);
    expect(isDigestDue('America/Los_Angeles', at)).toBe(true);
    expect(isDigestDue('Asia/Tokyo', new Date('2026-11-22T22:30:00Z'))).toBe(false);
  });
});
