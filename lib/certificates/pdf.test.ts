import { describe, expect, it } from 'vitest';
import { certificatePdfWords, renderCertificatePdf } from './pdf';
import type { VerifiedCertificate } from './queries';

const certificate: VerifiedCertificate = {
  code: 'K3RT-9QWX-M2HD-7VBN',
  kind: 'MVP',
  holderName: 'Ana Pérez',
  category: 'Azure',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  issuedAt: new Date('2027-02-03T10:00:00Z'),
  standing: 'CURRENT',
};

describe('the certificate PDF', () => {
  it('is written in the requester’s language, dates included', async () => {
    const es = certificatePdfWords('es');
    expect(es('heading')).toBe('CERTIFICADO');
    expect(es('awardYear', { from: '1 de enero de 2027', to: '31 de diciembre de 2027' })).toBe(
      'Año del premio: del 1 de enero de 2027 al 31 de diciembre de 2027',
    );
    expect(certificatePdfWords()('awardYear', { from: 'A', to: 'B' })).toBe('Award year: A – B');
    const spanish = (await renderCertificatePdf(certificate, 'https://portal.test/certificates/x', 'es')).toString('latin1');
    const english = (await renderCertificatePdf(certificate, 'https://portal.test/certificates/x')).toString('latin1');
    expect(spanish.startsWith('%PDF-')).toBe(true);
    expect(spanish).toContain('(Certificado)');
    expect(english).toContain('(Certificate)');
  });
});
