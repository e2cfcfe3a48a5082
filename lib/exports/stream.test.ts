import { describe, expect, it } from 'vitest';
import { columnKey, csvStream, defineExport, keysetBatches } from './stream';

type Row = { id: string; name: string };
const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: String(i).padStart(6, '0'), name: `Row ${i}` }));

/** A fetcher over an in-memory table that records every call. */
function fakeTable(all: Row[]) {
  const calls: (string | undefined)[] = [];
  return {
    calls,
    fetchAfter: async (afterId: string | undefined, take: number) => {
      calls.push(afterId);
      return all.filter((r) => afterId === undefined || r.id > afterId).slice(0, take);
    },
  };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the byte-order mark in the text (a plain decode strips it).
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('keysetBatches', () => {
  it('reads every row once, in batches after the last id, and stops at a short batch', async () => {
    const table = fakeTable(rows(25));
    const sizes: number[] = [];
    for await (const batch of keysetBatches(table.fetchAfter, 10)) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10, 5]);
    expect(table.calls).toEqual([undefined, '000009', '000019']);
  });

  it('asks once more after an exactly full last batch, and yields no empty batch', async () => {
    const table = fakeTable(rows(20));
    const sizes: number[] = [];
    for await (const batch of keysetBatches(table.fetchAfter, 10)) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10]);
    expect(table.calls).toHaveLength(3);
  });
});

describe('csvStream', () => {
  const columns = [
    { header: 'Id', value: (r: Row) => r.id },
    { header: 'Name', value: (r: Row) => r.name },
  ];

  it('writes the byte-order mark, the header and every row with CRLF', async () => {
    const text = await readAll(csvStream(columns, keysetBatches(fakeTable(rows(3)).fetchAfter, 2)));
    expect(text).toBe('\uFEFFId,Name\r\n000000,Row 0\r\n000001,Row 1\r\n000002,Row 2\r\n');
  });

  it('reads nothing before the client asks, and one batch per chunk the client takes', async () => {
    const table = fakeTable(rows(50));
    const stream = csvStream(columns, keysetBatches(table.fetchAfter, 10));
    await new Promise((r) => setTimeout(r, 10));
    expect(table.calls).toHaveLength(0);
    const reader = stream.getReader();
    await reader.read(); // the header
    expect(table.calls).toHaveLength(0);
    await reader.read(); // the first batch
    await new Promise((r) => setTimeout(r, 10));
    expect(table.calls).toHaveLength(1);
    await reader.cancel();
  });

  it('stops reading the table when the client goes away', async () => {
    const table = fakeTable(rows(50));
    const reader = csvStream(columns, keysetBatches(table.fetchAfter, 10)).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    await new Promise((r) => setTimeout(r, 10));
    expect(table.calls).toHaveLength(1);
  });
});

describe('an export read a page at a time (the API)', () => {
  it('names each column by the camelCase of its header', () => {
    expect(columnKey('Nomination id')).toBe('nominationId');
    expect(columnKey('Score: Impact and reach')).toBe('scoreImpactAndReach');
    expect(columnKey('Évidence submitted at')).toBe('evidenceSubmittedAt');
  });

  it('gives the rows after an id as records, with the last id for the next page, values not neutralised', async () => {
    const table = fakeTable([...rows(3), { id: '000003', name: '=SUM(A1)' }]);
    const exp = defineExport(
      'rows',
      [
        { header: 'Row id', value: (r: Row) => r.id },
        { header: 'Name', value: (r: Row) => r.name },
        { header: 'Empty', value: () => undefined },
      ],
      table.fetchAfter,
    );
    expect(await exp.pageAfter(undefined, 2)).toEqual({
      records: [
        { rowId: '000000', name: 'Row 0', empty: null },
        { rowId: '000001', name: 'Row 1', empty: null },
      ],
      lastId: '000001',
    });
    expect((await exp.pageAfter('000001', 5)).records.map((r) => r.name)).toEqual(['Row 2', '=SUM(A1)']);
    expect(await exp.pageAfter('000003', 5)).toEqual({ records: [], lastId: null });
  });
});
