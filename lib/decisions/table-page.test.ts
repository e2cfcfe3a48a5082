import { describe, expect, it } from 'vitest';
import { pageOfRows } from './table';

describe('pageOfRows', () => {
  const rows = Array.from({ length: 250 }, (_, i) => i);

  it('cuts the arranged rows into pages in their order', () => {
    expect(pageOfRows(rows, 1, 100)).toMatchObject({ page: 1, pageCount: 3 });
    expect(pageOfRows(rows, 1, 100).rows).toEqual(rows.slice(0, 100));
    expect(pageOfRows(rows, 3, 100).rows).toEqual(rows.slice(200));
  });

  it('shows the last page for a page past the end, and one empty page for no rows', () => {
    expect(pageOfRows(rows, 9, 100)).toMatchObject({ page: 3, rows: rows.slice(200) });
    expect(pageOfRows([], 2, 100)).toEqual({ rows: [], page: 1, pageCount: 1 });
  });
});
