import { describe, expect, it } from 'vitest';
import {
  catalogueExpiry,
  certificationProblem,
  checkAgreement,
  checkCertification,
  checkIscCompletion,
  currentProgramAgreement,
  evaluateRequirements,
  iscValidFrom,
  reinstatementNeedsNewIsc,
  type HeldCertification,
  type IscCompletionRecord,
  type ProgramAgreement,
} from './requirements';
import { mctSpeech } from './speech';

const TODAY = '2026-11-22';

const cert = (overrides: Partial<HeldCertification> = {}): HeldCertification => ({
  id: 'c1',
  code: 'AZ-104',
  name: 'Microsoft Certified: Azure Administrator Associate',
  level: 'ASSOCIATE',
  isEligible: true,
  retiredOn: null,
  credentialId: 'CRED-1',
  earnedOn: '2026-05-01',
  expiresOn: '2027-05-01',
  ...overrides,
});

const completion = (overrides: Partial<IscCompletionRecord> = {}): IscCompletionRecord => ({
  id: 'i1',
  providerName: 'Northwind Learning ISC',
  completedOn: '2025-06-01',
  certificateId: 'NW-1',
  providerApprovedFrom: '2020-01-01',
  providerApprovedUntil: '2030-12-31',
  ...overrides,
});

const agreement2026: ProgramAgreement = { id: 'a2026', title: 'MCT Program Agreement 2026', version: '2026', effectiveFrom: '2026-01-01' };
const agreement2025: ProgramAgreement = { id: 'a2025', title: 'MCT Program Agreement 2025', version: '2025', effectiveFrom: '2025-01-01' };
const agreement2027: ProgramAgreement = { id: 'a2027', title: 'MCT Program Agreement 2027', version: '2027', effectiveFrom: '2027-01-01' };

describe('the certification requirement', () => {
  it('is met by a current associate or expert certification', () => {
    expect(checkCertification([cert()], TODAY)).toMatchObject({ met: true, wayForward: null, qualifying: { code: 'AZ-104' } });
    expect(checkCertification([cert({ code: 'AZ-305', level: 'EXPERT' })], TODAY).met).toBe(true);
  });

  it('is not met by fundamentals, MOS or business-user certifications, and says so by name', () => {
    const held = [
      cert({ code: 'AZ-900', level: 'FUNDAMENTALS', isEligible: false, expiresOn: null }),
      cert({ code: 'MO-200', level: 'MOS', isEligible: false, expiresOn: null }),
      cert({ code: 'MCE', level: 'BUSINESS_USER', isEligible: false, expiresOn: null }),
    ];
    const result = checkCertification(held, TODAY);
    expect(result.met).toBe(false);
    expect(result.detail).toContain('AZ-900 (Fundamentals) does not count');
    expect(result.detail).toContain('MO-200 (Microsoft Office Specialist) does not count');
    expect(result.detail).toContain('MCE (Business user) does not count');
    expect(result.wayForward).toMatch(/associate or expert/);
  });

  it('follows the catalogue’s eligible flag rather than the level', () => {
    expect(certificationProblem(cert({ isEligible: false }), TODAY)).toMatch(/does not count/);
  });

  it('counts on its expiry day and not the day after', () => {
    expect(checkCertification([cert({ expiresOn: TODAY })], TODAY).met).toBe(true);
    const expired = checkCertification([cert({ expiresOn: '2026-11-21' })], TODAY);
    expect(expired.met).toBe(false);
    expect(expired.detail).toBe('AZ-104 expired on 21 November 2026.');
  });

  it('counts from the day it was earned, not before', () => {
    expect(checkCertification([cert({ earnedOn: TODAY })], TODAY).met).toBe(true);
    expect(checkCertification([cert({ earnedOn: '2026-11-23' })], TODAY).met).toBe(false);
  });

  it('does not count once the certification is retired', () => {
    expect(checkCertification([cert({ retiredOn: TODAY })], TODAY).met).toBe(false);
    expect(checkCertification([cert({ retiredOn: '2026-11-23' })], TODAY).met).toBe(true);
  });

  it('counts a certification without an expiry date', () => {
    expect(checkCertification([cert({ expiresOn: null })], TODAY).met).toBe(true);
  });

  it('picks the certification that stays current longest, ignoring ones that do not count', () => {
    const result = checkCertification(
      [
        cert({ id: 'soon', expiresOn: '2026-12-01' }),
        cert({ id: 'fundamentals', level: 'FUNDAMENTALS', isEligible: false, expiresOn: null }),
        cert({ id: 'later', code: 'AZ-305', expiresOn: '2027-10-01' }),
      ],
      TODAY,
    );
    expect(result.qualifying?.id).toBe('later');
  });

  it('says plainly when nothing was added', () => {
    expect(checkCertification([], TODAY)).toMatchObject({ met: false, detail: 'You have not added a certification yet.' });
  });
});

describe('the ISC requirement', () => {
  it('goes back exactly 3 years, both days included', () => {
    expect(iscValidFrom(TODAY)).toBe('2023-11-22');
    expect(checkIscCompletion([completion({ completedOn: '2023-11-22' })], TODAY).met).toBe(true);
    const tooOld = checkIscCompletion([completion({ completedOn: '2023-11-21' })], TODAY);
    expect(tooOld.met).toBe(false);
    expect(tooOld.detail).toContain('more than 3 years old');
  });

  it('stops counting the day after the third anniversary', () => {
    const c = completion({ completedOn: '2023-11-22' });
    expect(checkIscCompletion([c], '2026-11-22').met).toBe(true);
    expect(checkIscCompletion([c], '2026-11-23').met).toBe(false);
  });

  it('handles a completion on 29 February', () => {
    expect(iscValidFrom('2028-02-29')).toBe('2025-02-28');
    expect(checkIscCompletion([completion({ completedOn: '2025-02-28' })], '2028-02-29').met).toBe(true);
    expect(checkIscCompletion([completion({ completedOn: '2025-02-27' })], '2028-02-29').met).toBe(false);
  });

  it('counts a completion made today and not one dated in the future', () => {
    expect(checkIscCompletion([completion({ completedOn: TODAY })], TODAY).met).toBe(true);
    expect(checkIscCompletion([completion({ completedOn: '2026-11-23' })], TODAY).met).toBe(false);
  });

  it('needs the provider to have been approved on the completion date, both ends of the period included', () => {
    const period = { providerApprovedFrom: '2025-01-01', providerApprovedUntil: '2025-12-31' };
    expect(checkIscCompletion([completion({ ...period, completedOn: '2025-01-01' })], TODAY).met).toBe(true);
    expect(checkIscCompletion([completion({ ...period, completedOn: '2025-12-31' })], TODAY).met).toBe(true);
    const before = checkIscCompletion([completion({ ...period, completedOn: '2024-12-31' })], TODAY);
    expect(before.met).toBe(false);
    expect(before.detail).toContain('was not an approved ISC provider on 31 December 2024');
    expect(checkIscCompletion([completion({ ...period, completedOn: '2026-01-01' })], TODAY).met).toBe(false);
  });

  it('still counts a completion after the provider’s approval has since lapsed', () => {
    const lapsed = completion({ completedOn: '2025-06-01', providerApprovedFrom: '2024-01-01', providerApprovedUntil: '2025-12-31' });
    expect(checkIscCompletion([lapsed], TODAY).met).toBe(true);
  });

  it('uses the most recent counting completion', () => {
    const result = checkIscCompletion(
      [completion({ id: 'old', completedOn: '2024-01-10' }), completion({ id: 'new', completedOn: '2026-02-01' })],
      TODAY,
    );
    expect(result.qualifying?.id).toBe('new');
    expect(result.detail).toContain('counts until 1 February 2029');
  });

  it('explains how to get one when there is none', () => {
    const result = checkIscCompletion([], TODAY);
    expect(result.met).toBe(false);
    expect(result.detail).toMatch(/No approved ISC provider has confirmed/);
    expect(result.wayForward).toMatch(/Instructional Skills Certificate/);
  });
});

describe('the agreement requirement', () => {
  it('is this year’s version: the latest already in effect', () => {
    expect(currentProgramAgreement([agreement2025, agreement2026, agreement2027], TODAY)?.id).toBe('a2026');
    expect(currentProgramAgreement([agreement2027], TODAY)).toBeNull();
  });

  it('is met only by accepting the current version; last year’s does not count', () => {
    expect(checkAgreement([agreement2025, agreement2026], ['a2026'], TODAY).met).toBe(true);
    const stale = checkAgreement([agreement2025, agreement2026], ['a2025'], TODAY);
    expect(stale.met).toBe(false);
    expect(stale.detail).toBe('You have not accepted the MCT Program Agreement 2026 yet.');
  });

  it('asks again when a new year’s agreement takes effect', () => {
    expect(checkAgreement([agreement2026, agreement2027], ['a2026'], '2026-12-31').met).toBe(true);
    expect(checkAgreement([agreement2026, agreement2027], ['a2026'], '2027-01-01').met).toBe(false);
  });

  it('is not met when no agreement is published', () => {
    expect(checkAgreement([], [], TODAY)).toMatchObject({ met: false, current: null });
  });
});

describe('evaluateRequirements', () => {
  it('is met only when all three are', () => {
    const inputs = { certifications: [cert()], completions: [completion()], agreements: [agreement2026], acceptedAgreementIds: ['a2026'] };
    expect(evaluateRequirements(inputs, TODAY).allMet).toBe(true);
    const missing = evaluateRequirements({ ...inputs, acceptedAgreementIds: [] }, TODAY);
    expect(missing.allMet).toBe(false);
    expect(missing.all.filter((r) => !r.met).map((r) => r.key)).toEqual(['agreement']);
  });

  it('lists every requirement in order with a way forward for each one missing', () => {
    const result = evaluateRequirements(
      { certifications: [], completions: [], agreements: [agreement2026], acceptedAgreementIds: [] },
      TODAY,
    );
    expect(result.all.map((r) => r.key)).toEqual(['certification', 'isc', 'agreement']);
    for (const r of result.all) expect(r.wayForward).toBeTruthy();
  });
});

describe('reinstatementNeedsNewIsc', () => {
  it('needs a new ISC completion only after more than three years', () => {
    expect(reinstatementNeedsNewIsc('2023-06-01', '2026-06-01')).toBe(false);
    expect(reinstatementNeedsNewIsc('2023-06-01', '2026-06-02')).toBe(true);
  });
});

describe('reinstatement and the ISC requirement', () => {
  const inputs = (leftActiveOn: string | null) => ({
    certifications: [cert()],
    completions: [],
    agreements: [agreement2026],
    acceptedAgreementIds: ['a2026'],
    leftActiveOn,
  });

  it('waives a new ISC completion within 3 years of leaving, and says so', () => {
    const evaluation = evaluateRequirements(inputs('2023-11-22'), TODAY);
    expect(evaluation.allMet).toBe(true);
    expect(evaluation.isc.title).toMatch(/waived for reinstatement/);
    expect(evaluation.isc.detail).toContain('22 November 2023');
  });

  it('asks for a new ISC completion more than 3 years after leaving, and of new applicants', () => {
    const past = evaluateRequirements(inputs('2023-11-21'), TODAY).isc;
    expect(past.met).toBe(false);
    expect(past.detail).toMatch(/more than 3 years ago, so reinstatement needs a new ISC completion/);
    expect(evaluateRequirements(inputs(null), TODAY).isc.met).toBe(false);
    // An active member's year that has not ended yet waives nothing.
    expect(evaluateRequirements(inputs('2027-01-21'), TODAY).isc.met).toBe(false);
  });
});

describe('a certification’s expiry from the catalogue', () => {
  it('is the day before the same date that many months later, the month’s last day where it is shorter', () => {
    expect(catalogueExpiry('2030-06-10', 12)).toBe('2031-06-09');
    expect(catalogueExpiry('2030-01-31', 1)).toBe('2030-02-27');
    expect(catalogueExpiry('2028-02-29', 12)).toBe('2029-02-27');
    expect(catalogueExpiry('2030-11-15', 3)).toBe('2031-02-14');
    expect(catalogueExpiry('2030-06-10', null)).toBeNull();
  });
});

describe('the requirements in Spanish', () => {
  const es = mctSpeech('es');

  it('says each requirement, what was found and the way forward in Spanish, dates included', () => {
    const evaluation = evaluateRequirements(
      { certifications: [cert()], completions: [], agreements: [agreement2026], acceptedAgreementIds: [] },
      TODAY,
      es,
    );
    expect(evaluation.certification.title).toBe('Una certificación válida y vigente');
    expect(evaluation.certification.detail).toBe(
      'AZ-104 Microsoft Certified: Azure Administrator Associate (credencial CRED-1), vigente hasta el 1 de mayo de 2027.',
    );
    expect(evaluation.isc.title).toBe('Una finalización de ISC confirmada por un proveedor aprobado en los últimos 3 años');
    expect(evaluation.isc.detail).toBe('Ningún proveedor de ISC aprobado confirmó una finalización para tu correo electrónico.');
    expect(evaluation.isc.wayForward).toMatch(/^Completa un curso del Instructional Skills Certificate/);
    expect(evaluation.agreement.detail).toBe('Todavía no aceptaste el MCT Program Agreement 2026.');
  });

  it('says why a certification does not count, with its level in Spanish', () => {
    expect(certificationProblem(cert({ code: 'AZ-900', level: 'FUNDAMENTALS', isEligible: false }), TODAY, es)).toMatch(
      /^AZ-900 \(Fundamentos\) no cuenta: solo cuentan/,
    );
    expect(certificationProblem(cert({ expiresOn: '2026-11-21' }), TODAY, es)).toBe('AZ-104 caducó el 21 de noviembre de 2026.');
  });

  it('keeps the English word for word when no language is given', () => {
    expect(checkCertification([cert()], TODAY).detail).toBe(
      'AZ-104 Microsoft Certified: Azure Administrator Associate (credential CRED-1), current until 1 May 2027.',
    );
    expect(checkCertification([cert({ expiresOn: null })], TODAY).detail).toBe(
      'AZ-104 Microsoft Certified: Azure Administrator Associate (credential CRED-1).',
    );
    expect(checkIscCompletion([completion()], TODAY).detail).toBe(
      'Completed with Northwind Learning ISC on 1 June 2025 (certificate NW-1); counts until 1 June 2028.',
    );
    expect(checkAgreement([], [], TODAY).title).toBe('This year’s MCT Program Agreement, accepted');
  });
});
