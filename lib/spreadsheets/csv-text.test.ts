import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { decodeCsvText } from './csv-text';

function refusal(bytes: Uint8Array): string {
  try {
    decodeCsvText(bytes);
  } catch (error) {
    if (isAppError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decodeCsvText', () => {
  it('says a renamed image or document is not a CSV file, and what it is', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe,
    ]);
    expect(refusal(png)).toMatch(/^This is not a CSV file: it is a PNG image/);
    expect(refusal(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3'))).toMatch(/^This is not a CSV file: it is a PDF document/);
    expect(refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatch(/old-style Excel/);
  });

  it('says unknown binary data is not a CSV file, and text in an old encoding is not UTF-8', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(refusal(binary)).toMatch(/^This is not a CSV file: it holds binary data/);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('name,city\nJos'),
      0xe9,
      ...new TextEncoder().encode(',Montr'),
      0xe9,
      0x61,
      0x6c,
      0x0a,
    ]);
    expect(refusal(latin1)).toMatch(/not UTF-8 text/);
  });

  it('reads UTF-8 text, dropping a byte-order mark', () => {
    expect(decodeCsvText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n1,2\n')]))).toBe('a,b\n1,2\n');
  });
});
