import { describe, expect, it } from 'vitest';
import type { HeldCertification } from '@/lib/mct/requirements';
import { certificationOutlook, lastCountingDay } from './certification-outlook';

const cert = (over: Partial<HeldCertification>): HeldCertification => ({
  id: over.code ?? 'c1',
  code: 'AZ-104',
  name: 'Azure Administrator Associate',
  level: 'ASSOCIATE',
  isEligible: true,
  retiredOn: null,
  credentialId: 'X1',
  earnedOn: '2025-01-10',
  expiresOn: null,
  ...over,
});

describe('certificationOutlook', () => {
  const termEndsOn = '2027-05-05';
  const today = '2027-01-01';

  it('is fine when one eligible certification counts through the last day of the year, or never expires', () => {
    expect(certificationOutlook([cert({ expiresOn: '2027-05-05' })], termEndsOn, today)).toEqual({ atRisk: false });
    expect(certificationOutlook([cert({ expiresOn: '2027-02-01' }), cert({ code: 'AZ-305', expiresOn: null })], termEndsOn, today)).toEqual(
      {
        atRisk: false,
      },
    );
  });

  it('warns when the longest-counting certification stops before the year ends, naming it and the day', () => {
    const a = cert({ code: 'AZ-104', expiresOn: '2027-02-01' });
    const b = cert({ code: 'AZ-305', expiresOn: '2027-04-30' });
    expect(certificationOutlook([a, b], termEndsOn, today)).toEqual({ atRisk: true, best: b, lastDay: '2027-04-30', termEndsOn });
  });

  it('counts a retirement as the end (the day before it), and ignores certifications that do not count', () => {
    const retiring = cert({ retiredOn: '2027-03-01' });
    expect(lastCountingDay(retiring)).toBe('2027-02-28');
    expect(certificationOutlook([retiring, cert({ code: 'MO-200', isEligible: false })], termEndsOn, today)).toMatchObject({
      atRisk: true,
      lastDay: '2027-02-28',
    });
    expect(certificationOutlook([cert({ expiresOn: '2026-12-31' })], termEndsOn, today)).toEqual({
      atRisk: true,
      best: null,
      lastDay: null,
      termEndsOn,
    });
  });
});
