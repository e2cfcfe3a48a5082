// Limits an .xlsx upload must keep before the workbook reader sees it. An .xlsx is a zip of XML parts:
// a few hundred kilobytes can unpack to gigabytes, and one cell far down or far right makes the
// reader build every row and column up to it (a 500-byte file naming cell ZZ300000 took 12 s and
// 2 GB). So the archive is walked entry by entry as a streaming reader would (local headers, not the
// central directory, which can lie), each entry unpacked with a ceiling on its output, and each
// worksheet's rows and cell references checked; anything over a limit is refused with a message.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '@/lib/errors';
import { parseCellRef } from './xlsx-inspect';

export const XLSX_LIMITS = {
  /** Everything the archive unpacks to. A 10,000-row deliveries workbook unpacks to about 3 MB. */
  inflatedBytes: 32 * 1024 * 1024,
  /** Parts of the archive (a workbook of one sheet has about ten). */
  entries: 500,
  /** Columns a sheet may use (the widest template has 8). */
  columns: 50,
} as const;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;
const MB = 1024 * 1024;

const damaged = () =>
  new AppError(
    'INVALID',
    'The file could not be read as an Excel workbook (.xlsx). Open it in Excel, save it again as .xlsx or “CSV UTF-8”, and upload it. Nothing was saved.',
  );
const tooBig = () =>
  new AppError(
    'INVALID',
    `The workbook unpacks to more than ${XLSX_LIMITS.inflatedBytes / MB} MB, far more than a sheet of rows needs: it may be damaged, or hold images or other sheets. Save just the sheet as a new workbook or as “CSV UTF-8”, or split it. Nothing was saved.`,
  );

/** Compressed sizes from the central directory, by local header offset (for entries whose local
 * header defers its sizes to a data descriptor). */
function centralSizes(bytes: Uint8Array, view: DataView): Map<number, number> {
  const sizes = new Map<number, number>();
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== END) continue;
    let at = view.getUint32(i + 16, true);
    for (let n = view.getUint16(i + 10, true); n > 0 && at + 46 <= bytes.length && view.getUint32(at, true) === CENTRAL; n--) {
      sizes.set(view.getUint32(at + 42, true), view.getUint32(at + 20, true));
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    break;
  }
  return sizes;
}

/** Throws when a worksheet has more rows than `maxRows` or cells beyond the column limit. */
export function checkSheetXml(xml: string, maxRows: number): void {
  let rows = 0;
  let maxRow = 0;
  let maxColumn = 0;
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    rows++;
    const r = /\br="(\d+)"/.exec(m[1]!);
    if (r) maxRow = Math.max(maxRow, Number(r[1]));
  }
  for (const m of xml.matchAll(/<(?:c|dimension|mergeCell)\b[^>]*?\b(?:r|ref)="([A-Z]+\d+)(?::([A-Z]+\d+))?"/g)) {
    for (const ref of [m[1], m[2]]) {
      const cell = ref ? parseCellRef(ref) : null;
      if (!cell) continue;
      maxRow = Math.max(maxRow, cell.row);
      maxColumn = Math.max(maxColumn, cell.column);
    }
  }
  if (Math.max(rows, maxRow) > maxRows) {
    throw new AppError(
      'INVALID',
      `The sheet reaches beyond row ${maxRows.toLocaleString('en-GB')}; the limit is ${maxRows.toLocaleString('en-GB')} rows per file. Delete empty rows below the table, or split it into smaller files. Nothing was saved.`,
    );
  }
  if (maxColumn > XLSX_LIMITS.columns) {
    throw new AppError(
      'INVALID',
      `The sheet uses columns beyond the ${XLSX_LIMITS.columns}th; the template has fewer than ten. Delete the columns to the right of the table, or save it as “CSV UTF-8”. Nothing was saved.`,
    );
  }
}

/** Walks an .xlsx archive as a streaming reader would and throws an AppError with a clear message
 * when it holds too many parts, unpacks to too much, or a worksheet is too long or too wide. */
export function checkXlsxLimits(bytes: Uint8Array, maxRows: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let deferred: Map<number, number> | null = null;
  let total = 0;
  let entries = 0;
  let at = 0;
  while (at + 30 <= bytes.length && view.getUint32(at, true) === LOCAL) {
    if (++entries > XLSX_LIMITS.entries) {
      throw new AppError(
        'INVALID',
        `The workbook holds more than ${XLSX_LIMITS.entries} parts; a sheet of rows needs about ten. Save just the sheet as a new workbook or as “CSV UTF-8”. Nothing was saved.`,
      );
    }
    const flags = view.getUint16(at + 6, true);
    const method = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 30, at + 30 + nameLength));
    let compressed = view.getUint32(at + 18, true);
    if (flags & 0x8) compressed = (deferred ??= centralSizes(bytes, view)).get(at) ?? -1;
    // Encrypted, zip64 or cut short: not a workbook Excel writes.
    if (flags & 0x1 || compressed < 0 || compressed === 0xffffffff || start + compressed > bytes.length) throw damaged();
    const data = bytes.subarray(start, start + compressed);
    let out: Uint8Array;
    if (method === 0) out = data;
    else if (method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: XLSX_LIMITS.inflatedBytes - total + 1 });
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw damaged();
      }
    } else throw damaged();
    total += out.length;
    if (total > XLSX_LIMITS.inflatedBytes) throw tooBig();
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) checkSheetXml(decoder.decode(out), maxRows);
    at = start + compressed;
    if (flags & 0x8) at += at + 4 <= bytes.length && view.getUint32(at, true) === DESCRIPTOR ? 16 : 12;
  }
  if (entries === 0) throw damaged();
}
