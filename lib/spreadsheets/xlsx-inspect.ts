// A look inside an .xlsx (a zip of XML parts) for what a cell reader hides: formula cells and merged
// ranges of the first worksheet. Only the central directory and one part are read.
import { inflateRawSync } from 'node:zlib';

/** Whether the bytes start like a zip archive (.xlsx, .docx, ...). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readPart(bytes: Uint8Array, wanted: (name: string) => boolean): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: the last 0x06054b50 signature.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (wanted(name)) {
      // A corrupted directory may point past the end of the file: not a workbook we can look into.
      if (local + 30 > bytes.length) return null;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + compressed);
      try {
        return decoder.decode(method === 0 ? data : inflateRawSync(data));
      } catch {
        return null;
      }
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

export type XlsxInspection = {
  /** References of formula cells, such as "F2". */
  formulaCells: string[];
  /** Merged ranges, such as "A2:A3". */
  mergedRanges: string[];
};

/** Formula cells and merged ranges of the workbook's first worksheet (empty when it cannot be read). */
export function inspectXlsx(bytes: Uint8Array): XlsxInspection {
  const xml = readPart(bytes, (name) => /^xl\/worksheets\/sheet1\.xml$/i.test(name)) ?? '';
  const formulaCells: string[] = [];
  for (const match of xml.matchAll(/<c\b[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>).)*?<f\b/gs)) formulaCells.push(match[1]!);
  const mergedRanges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]!);
  return { formulaCells, mergedRanges };
}

/** Column letters and row number of a cell reference ("AB12" → { column: 28, row: 12 }), 1-based. */
export function parseCellRef(ref: string): { column: number; row: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}
