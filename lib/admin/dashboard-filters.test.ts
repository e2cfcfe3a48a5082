import { describe, expect, it } from 'vitest';
import {
  currentCycleId,
  defaultRange,
  lastDayOf,
  monthLabel,
  monthsOf,
  parseDashboardFilters,
  yearsOf,
  type CycleOption,
} from './dashboard-filters';

const TODAY = '2026-11-22';
const cycles: CycleOption[] = [
  { id: '0196f5e0-0000-7000-8000-000000000001', name: 'Closed', status: 'CLOSED', nominationsOpenAt: new Date('2025-09-01T00:00:00Z') },
  { id: '0196f5e0-0000-7000-8000-000000000002', name: 'Open', status: 'OPEN', nominationsOpenAt: new Date('2026-09-01T00:00:00Z') },
  {
    id: '0196f5e0-0000-7000-8000-000000000003',
    name: 'Mid-year',
    status: 'IN_REVIEW',
    nominationsOpenAt: new Date('2026-10-01T00:00:00Z'),
  },
];
const parse = (search: Record<string, string | string[] | undefined>) => parseDashboardFilters(search, { today: TODAY, cycles });

describe('dashboard filters', () => {
  it('default to the open cycle and the twelve calendar months ending today, without a note', () => {
    expect(parse({})).toEqual({ filters: { cycleId: cycles[1]!.id, from: '2025-12-01', to: TODAY }, notes: [] });
    expect(parse({ cycle: '', from: '', to: '' }).notes).toEqual([]);
    expect(defaultRange('2026-01-31')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('pick the newest cycle not closed when none is open, and "all" means every cycle', () => {
    expect(currentCycleId(cycles.filter((c) => c.status !== 'OPEN'))).toBe(cycles[2]!.id);
    expect(currentCycleId([cycles[0]!])).toBe(cycles[0]!.id);
    expect(currentCycleId([])).toBeNull();
    expect(parse({ cycle: 'all' }).filters.cycleId).toBeNull();
    expect(parse({ cycle: cycles[0]!.id }).filters.cycleId).toBe(cycles[0]!.id);
  });

  it('replace bad values by their defaults and say so', () => {
    const bad = parse({ cycle: 'nope', from: '2026-02-30', to: 'yesterday' });
    expect(bad.filters).toEqual({ cycleId: cycles[1]!.id, from: '2025-12-01', to: TODAY });
    expect(bad.notes).toHaveLength(3);
    expect(bad.notes[1]).toContain('“2026-02-30” is not a date');
    const reversed = parse({ from: '2026-10-01', to: '2026-09-01' });
    expect(reversed.filters).toMatchObject({ from: '2025-12-01', to: TODAY });
    expect(reversed.notes).toEqual(['The start date was after the end date; showing the last 12 months instead.']);
  });

  it('take the first of repeated values and cap the range at five years', () => {
    expect(parse({ from: ['2026-01-01', '2020-01-01'] }).filters.from).toBe('2026-01-01');
    const wide = parse({ from: '1026-01-01', to: '2026-06-30' });
    expect(wide.filters.from).toBe('2021-07-01');
    expect(wide.notes).toEqual(['The dashboard shows at most 5 years; it starts on 2021-07-01 instead.']);
  });
});

describe('month helpers', () => {
  it('list months, last days, labels and years of a range', () => {
    expect(monthsOf('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(yearsOf('2025-12-01', '2027-01-01')).toEqual([2025, 2026, 2027]);
  });
});
