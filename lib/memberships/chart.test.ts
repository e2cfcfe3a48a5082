import { describe, expect, it } from 'vitest';
import { deliveriesByMonth } from './chart';

describe('deliveriesByMonth', () => {
  it('counts the twelve months ending this month, by format, by the month a delivery started', () => {
    const months = deliveriesByMonth(
      [
        { startDate: '2026-11-02', format: 'VIRTUAL' },
        { startDate: '2026-11-20', format: 'VIRTUAL' },
        { startDate: '2026-03-30', format: 'HYBRID' },
        { startDate: '2025-12-01', format: 'IN_PERSON' },
        { startDate: '2025-11-30', format: 'IN_PERSON' }, // before the twelve months
      ],
      '2026-11-22',
    );
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2025-12', label: 'Dec 2025', IN_PERSON: 1, VIRTUAL: 0, HYBRID: 0 });
    expect(months.find((m) => m.month === '2026-03')).toMatchObject({ HYBRID: 1 });
    expect(months[11]).toMatchObject({ month: '2026-11', VIRTUAL: 2 });
    expect(months.reduce((n, m) => n + m.IN_PERSON + m.VIRTUAL + m.HYBRID, 0)).toBe(4);
  });

  it('names the months in Spanish for a Spanish reader', () => {
    const months = deliveriesByMonth([], '2026-11-22', 'es');
    expect(months[0]!.label).toBe('dic 2025');
    expect(months[11]!.label).toBe('nov 2026');
  });
});
