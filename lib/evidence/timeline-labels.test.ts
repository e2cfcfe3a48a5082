import { describe, expect, it } from 'vitest';
import { labelsOf } from './timeline';

describe('the months of the window, named in the reader’s language', () => {
  it('names calendar months and cut months in English and Spanish', () => {
    expect(labelsOf({ start: '2026-11-01', end: '2026-11-30' })).toEqual({ shortLabel: 'Nov 2026', label: 'November 2026' });
    expect(labelsOf({ start: '2026-11-01', end: '2026-11-30' }, 'es').label).toBe('noviembre de 2026');
    expect(labelsOf({ start: '2025-12-05', end: '2026-01-04' }).label).toBe('5 December 2025 – 4 January 2026');
    expect(labelsOf({ start: '2025-12-05', end: '2026-01-04' }, 'es').label).toBe('5 de diciembre de 2025 – 4 de enero de 2026');
  });
});
