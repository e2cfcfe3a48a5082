import { describe, expect, it } from 'vitest';
import { auditFilterSchema } from './schema';

describe('auditFilterSchema', () => {
  it('keeps well-formed filters, trimmed', () => {
    expect(
      auditFilterSchema.parse({
        person: ' admin@demo.test ',
        entityType: 'User',
        entityId: 'abc',
        action: 'role.granted',
        from: '2026-01-01',
        to: '2026-01-31',
        page: '3',
      }),
    ).toEqual({
      person: 'admin@demo.test',
      entityType: 'User',
      entityId: 'abc',
      action: 'role.granted',
      from: '2026-01-01',
      to: '2026-01-31',
      page: 3,
    });
  });

  it('ignores malformed and empty values instead of failing the page', () => {
    expect(auditFilterSchema.parse({ person: '', from: 'yesterday', to: '2026-13-45', page: '-2' })).toEqual({
      person: undefined,
      entityType: undefined,
      entityId: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });
});
