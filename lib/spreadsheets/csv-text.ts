// The text of an uploaded CSV file, and its delimiter: shared by every upload that takes CSV (ISC
// completions, training deliveries, evidence). Size limits are each upload's own.
import { AppError } from '@/lib/errors';

/** The file's text: refuses empty, binary, UTF-16 and other non-UTF-8 files (and workbooks saved
 * with a .csv name) with a message that says what to do. TextDecoder drops a UTF-8 byte-order mark. */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new AppError('INVALID', 'The file is empty. Download the template, fill it in and upload it.');
  const kind = binaryKindOf(bytes);
  if (kind) {
    throw new AppError(
      'INVALID',
      `This is not a CSV file: it is ${kind}, whatever its name says. Upload a CSV file (download the template to start from one). Nothing was saved.`,
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new AppError(
      'INVALID',
      'This is a spreadsheet workbook (such as .xlsx), not a CSV file. In Excel choose File › Save As › “CSV UTF-8 (Comma delimited)” and upload that file.',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('INVALID', 'The file is saved as UTF-16 text. Save it as “CSV UTF-8” and upload it again.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (looksBinary(bytes))
      throw new AppError('INVALID', 'This is not a CSV file: it holds binary data, not text. Upload a CSV file. Nothing was saved.');
    throw new AppError(
      'INVALID',
      'The file is not UTF-8 text (it may be saved in an older encoding such as Windows-1252). Save it as “CSV UTF-8” and upload it again. Nothing was saved.',
    );
  }
  if (text.includes('\u0000')) throw new AppError('INVALID', 'The file contains binary data; it is not a CSV text file.');
  return text;
}

/** The delimiter of a CSV file, read from its first non-blank line (the column names): a comma, a
 * semicolon (what Excel writes in many European locales) or a tab. Papa's own guess weighs every
 * row and is misled by commas inside the unquoted values of a semicolon file. */
export function csvDelimiterOf(text: string): ',' | ';' | '\t' {
  const first = (text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  let best: ',' | ';' | '\t' = ',';
  let most = 0;
  for (const delimiter of [',', ';', '\t'] as const) {
    const count = first.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** Files people pick by mistake, by their first bytes (a renamed image, a PDF, an old Excel workbook). */
const SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'an old-style Excel (.xls) or Word file', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'a compressed (gzip) file', bytes: [0x1f, 0x8b] },
];

function binaryKindOf(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.kind ?? null;
}

/** Text has few control characters other than tab, line feed and carriage return; binary data has many. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control += 1;
  return control > sample.length / 100;
}
