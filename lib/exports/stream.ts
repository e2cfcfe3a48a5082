// The streaming CSV writer every export route uses. Rows are read in keyset batches (by id) and
// each batch is encoded and handed to a pull-based web ReadableStream: the next batch is read only
// when the client has taken the previous one, so a slow download never makes the server buffer and
// memory stays flat however many rows there are (one batch of rows, one encoded chunk at a time).
import { csvLine, UTF8_BOM, type CsvValue } from './csv';

/** Rows read per database round trip. */
export const EXPORT_BATCH_SIZE = 1000;

/** One column of an export: its header and how a row gives its cell. */
export type CsvColumn<T> = { header: string; value: (row: T) => CsvValue };

/** Hooks for tests and logs: called as each batch is read and as each chunk is enqueued. */
export type ExportObserver = { onBatch?: (rows: number) => void; onChunk?: (bytes: number) => void };

/** Reads a table in batches ordered by id: each call of `fetchAfter` returns up to `take` rows with
 * an id greater than `afterId`. Stops at the first short batch. */
export async function* keysetBatches<T extends { id: string }>(
  fetchAfter: (afterId: string | undefined, take: number) => Promise<T[]>,
  batchSize: number = EXPORT_BATCH_SIZE,
): AsyncGenerator<T[], void, undefined> {
  let afterId: string | undefined;
  for (;;) {
    const rows = await fetchAfter(afterId, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** A CSV document as a byte stream: the byte-order mark and the header first, then one chunk per
 * batch. Pull-based (highWaterMark 0): nothing is read from the database before the client asks. */
export function csvStream<T>(
  columns: readonly CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]>,
  observer: ExportObserver = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let iterator: AsyncIterator<readonly T[]> | undefined;
  const enqueue = (controller: ReadableStreamDefaultController<Uint8Array>, text: string) => {
    const bytes = encoder.encode(text);
    observer.onChunk?.(bytes.byteLength);
    controller.enqueue(bytes);
  };
  return new ReadableStream<Uint8Array>(
    {
      pull: async (controller) => {
        if (!iterator) {
          iterator = batches[Symbol.asyncIterator]();
          enqueue(controller, UTF8_BOM + csvLine(columns.map((c) => c.header)));
          return;
        }
        const next = await iterator.next();
        if (next.done) {
          controller.close();
          return;
        }
        observer.onBatch?.(next.value.length);
        let text = '';
        for (const row of next.value) text += csvLine(columns.map((c) => c.value(row)));
        enqueue(controller, text);
      },
      cancel: async () => {
        // The client went away: stop reading (ends the generator, releasing nothing but its cursor).
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** One row of an export as a JSON object: each column under the camelCase of its header
 * ("Nomination id" -> nominationId, "Score: Impact and reach" -> scoreImpactAndReach), values as
 * read (not neutralised: that is for spreadsheets). */
export type ExportRecord = Record<string, string | number | boolean | null>;

/** The JSON key of a column header. */
export function columnKey(header: string): string {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** An export ready to stream as CSV (its file name stem and bytes), or to read a page at a time
 * (the API's cursor paging: rows after an id, in id order, as JSON objects). */
export type CsvExport = {
  name: string;
  stream: (observer?: ExportObserver) => ReadableStream<Uint8Array>;
  pageAfter: (afterId: string | undefined, take: number) => Promise<{ records: ExportRecord[]; lastId: string | null }>;
};

/** Binds an export's columns to the keyset read of its rows (ordered by id; `fetchAfter` returns up
 * to `take` rows after `afterId`). */
export function defineExport<T extends { id: string }>(
  name: string,
  columns: readonly CsvColumn<T>[],
  fetchAfter: (afterId: string | undefined, take: number) => Promise<T[]>,
  batchSize?: number,
): CsvExport {
  const keys = columns.map((c) => columnKey(c.header));
  return {
    name,
    stream: (observer) => csvStream(columns, keysetBatches(fetchAfter, batchSize), observer),
    pageAfter: async (afterId, take) => {
      const rows = await fetchAfter(afterId, take);
      const records = rows.map((row) => Object.fromEntries(columns.map((c, i) => [keys[i]!, c.value(row) ?? null])) as ExportRecord);
      return { records, lastId: rows.at(-1)?.id ?? null };
    },
  };
}

/** The HTTP response of an export: a dated attachment, not cached. */
export function csvResponse(fileName: string, body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A file name safe in a Content-Disposition header: lower-case words joined by hyphens. */
export function fileSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** ISO 8601 for instants, YYYY-MM-DD for calendar dates (PostgreSQL `date`), empty for none. */
export const isoInstant = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);
