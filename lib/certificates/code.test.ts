import { describe, expect, it } from 'vitest';
import { newCertificateCode, normalizeCertificateCode } from './code';

describe('certificate codes', () => {
  it('are four groups of four unambiguous characters, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newCertificateCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(newCertificateCode(new Uint8Array(10))).toBe('0000-0000-0000-0000');
    expect(newCertificateCode(new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('are read back however a person types them', () => {
    expect(normalizeCertificateCode('k3rt 9qwx m2hd 7vbn')).toBe('K3RT-9QWX-M2HD-7VBN');
    expect(normalizeCertificateCode('O0IL-0000-0000-0000')).toBe('0011-0000-0000-0000');
    expect(normalizeCertificateCode('K3RT-9QWX-M2HD')).toBeNull();
    expect(normalizeCertificateCode('K3RT-9QWX-M2HD-7VBU')).toBeNull();
    expect(normalizeCertificateCode('../../etc/passwd')).toBeNull();
  });
});
