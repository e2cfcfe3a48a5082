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

/** An export ready to stream: its file name stem and its rows as CSV bytes. */
export type CsvExport = { name: string; stream: (observer?: ExportObserver) => ReadableStream<Uint8Array> };

/** Binds an export's columns to its batches. */
export function defineExport<T>(name: string, columns: readonly CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): CsvExport {
  return { name, stream: (observer) => csvStream(columns, batches, observer) };
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
