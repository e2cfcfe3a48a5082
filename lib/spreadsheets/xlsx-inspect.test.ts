import { describe, expect, it } from 'vitest';
import { inspectXlsx, isZip, parseCellRef } from './xlsx-inspect';

describe('parseCellRef', () => {
  it('reads column letters and the row', () => {
    expect(parseCellRef('A1')).toEqual({ column: 1, row: 1 });
    expect(parseCellRef('AB12')).toEqual({ column: 28, row: 12 });
    expect(parseCellRef('a1')).toBeNull();
  });
});

describe('inspectXlsx', () => {
  it('finds nothing in bytes that are not a workbook', () => {
    const bytes = new TextEncoder().encode('course code,course title\n');
    expect(isZip(bytes)).toBe(false);
    expect(inspectXlsx(bytes)).toEqual({ formulaCells: [], mergedRanges: [] });
  });
});
