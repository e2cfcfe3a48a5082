import { describe, expect, it } from 'vitest';
import { daysBetween } from '@/lib/dates';
import { canNominate, deriveMctStanding, deriveMvpStatus, isMicrosoftEmployee, MCT_RENEWAL_WINDOW_DAYS, type AwardRecord } from './status';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function award(overrides: Partial<AwardRecord> = {}): AwardRecord {
  return {
    id: 'award-1',
    categoryId: 'azure',
    categoryName: 'Azure',
    startsOn: day('2026-07-01'),
    endsOn: day('2027-06-30'),
    acceptedAt: new Date('2026-07-03T09:00:00Z'),
    revokedAt: null,
    ...overrides,
  };
}

describe('deriveMvpStatus', () => {
  it('is not yet an MVP the day before the award year starts', () => {
    const s = deriveMvpStatus([award()], '2026-06-30');
    expect(s.isActiveMvp).toBe(false);
    expect(s.isFormerMvp).toBe(false);
    expect(s.active).toEqual([]);
  });

  it('is an active MVP from the first day of the award year', () => {
    const s = deriveMvpStatus([award()], '2026-07-01');
    expect(s.isActiveMvp).toBe(true);
    expect(s.active.map((a) => a.categoryName)).toEqual(['Azure']);
  });

  it('is still an active MVP on the last day: an end date includes its whole day', () => {
    const s = deriveMvpStatus([award()], '2027-06-30');
    expect(s.isActiveMvp).toBe(true);
    expect(s.isFormerMvp).toBe(false);
  });

  it('is a former MVP the day after the award year ends', () => {
    const s = deriveMvpStatus([award()], '2027-07-01');
    expect(s.isActiveMvp).toBe(false);
    expect(s.isFormerMvp).toBe(true);
  });

  it('stays active across a renewal into a new award year', () => {
    const renewed = award({ id: 'award-2', startsOn: day('2027-07-01'), endsOn: day('2028-06-30') });
    const s = deriveMvpStatus([award(), renewed], '2027-07-01');
    expect(s.isActiveMvp).toBe(true);
    expect(s.isFormerMvp).toBe(false);
    expect(s.active.map((a) => a.id)).toEqual(['award-2']);
  });

  it('waits for the code of conduct and NDA: an unaccepted award is not active', () => {
    const pending = award({ acceptedAt: null });
    const s = deriveMvpStatus([pending], '2026-07-15');
    expect(s.isActiveMvp).toBe(false);
    expect(s.awaitingAcceptance.map((a) => a.id)).toEqual(['award-1']);
  });

  it('offers acceptance before the year starts, and no longer once it has ended', () => {
    const pending = award({ acceptedAt: null });
    expect(deriveMvpStatus([pending], '2026-06-15').awaitingAcceptance).toHaveLength(1);
    expect(deriveMvpStatus([pending], '2027-06-30').awaitingAcceptance).toHaveLength(1);
    expect(deriveMvpStatus([pending], '2027-07-01').awaitingAcceptance).toHaveLength(0);
    // Never accepted, so never an MVP: not "former" either.
    expect(deriveMvpStatus([pending], '2027-07-01').isFormerMvp).toBe(false);
  });

  it('ignores a revoked award entirely', () => {
    const revoked = award({ revokedAt: new Date('2026-09-01T00:00:00Z') });
    const during = deriveMvpStatus([revoked], '2026-10-01');
    expect(during.isActiveMvp).toBe(false);
    expect(during.active).toEqual([]);
    expect(deriveMvpStatus([award({ acceptedAt: null, revokedAt: new Date() })], '2026-10-01').awaitingAcceptance).toEqual([]);
  });

  it('has nothing to say about someone without awards', () => {
    expect(deriveMvpStatus([], '2026-11-22')).toEqual({ active: [], awaitingAcceptance: [], isActiveMvp: false, isFormerMvp: false });
  });
});

describe('deriveMctStanding', () => {
  // Approved 2026-03-02: the membership year ends 2027-03-01; renewal opens 90 days before.
  const term = { startsOn: day('2026-03-02'), endsOn: day('2027-03-01') };
  const active = { status: 'ACTIVE' as const, terms: [term] };

  it('is NONE without a membership', () => {
    expect(deriveMctStanding(null, '2026-11-22')).toEqual({ standing: 'NONE', termEndsOn: null });
  });

  it('is ACTIVE during the term, up to the day before renewal opens', () => {
    expect(deriveMctStanding(active, '2026-03-02')).toEqual({ standing: 'ACTIVE', termEndsOn: '2027-03-01' });
    expect(deriveMctStanding(active, '2026-11-30').standing).toBe('ACTIVE');
  });

  it('is IN_RENEWAL from exactly 90 days before the term ends, through its last day', () => {
    expect(MCT_RENEWAL_WINDOW_DAYS).toBe(90);
    expect(daysBetween('2026-12-01', '2027-03-01')).toBe(90);
    expect(deriveMctStanding(active, '2026-12-01').standing).toBe('IN_RENEWAL');
    expect(deriveMctStanding(active, '2027-03-01')).toEqual({ standing: 'IN_RENEWAL', termEndsOn: '2027-03-01' });
  });

  it('is LAPSED the day after the term ends, even before the record says so', () => {
    expect(deriveMctStanding(active, '2027-03-02')).toEqual({ standing: 'LAPSED', termEndsOn: '2027-03-01' });
  });

  it('uses the latest term, whatever order the terms come in', () => {
    const renewed = { status: 'ACTIVE' as const, terms: [{ startsOn: day('2027-03-02'), endsOn: day('2028-03-01') }, term] };
    expect(deriveMctStanding(renewed, '2027-03-02')).toEqual({ standing: 'ACTIVE', termEndsOn: '2028-03-01' });
  });

  it('is ALUMNI for an alumni membership, with or without a current term', () => {
    expect(deriveMctStanding({ status: 'ALUMNI', terms: [term] }, '2026-11-22').standing).toBe('ALUMNI');
    expect(deriveMctStanding({ status: 'ALUMNI', terms: [term] }, '2030-01-01').standing).toBe('ALUMNI');
  });

  it('is LAPSED when the record says so, even inside a term', () => {
    expect(deriveMctStanding({ status: 'LAPSED', terms: [term] }, '2026-06-01').standing).toBe('LAPSED');
  });

  it('is LAPSED for an ACTIVE membership without any term', () => {
    expect(deriveMctStanding({ status: 'ACTIVE', terms: [] }, '2026-06-01')).toEqual({ standing: 'LAPSED', termEndsOn: null });
  });
});

describe('isMicrosoftEmployee', () => {
  const domains = ['microsoft.com'];
  const verified = new Date('2026-01-01T00:00:00Z');

  it('is an employee when an admin granted the role, whatever the email', () => {
    expect(isMicrosoftEmployee({ roles: ['EMPLOYEE'], email: 'emery@gmail.test', emailVerified: null }, domains)).toBe(true);
  });

  it('is an employee with a verified address on an employee domain, in any letter case', () => {
    expect(isMicrosoftEmployee({ roles: [], email: 'emery@microsoft.com', emailVerified: verified }, domains)).toBe(true);
    expect(isMicrosoftEmployee({ roles: [], email: 'Emery@Microsoft.COM', emailVerified: verified }, domains)).toBe(true);
  });

  it('is not an employee with an unverified address on that domain', () => {
    expect(isMicrosoftEmployee({ roles: [], email: 'emery@microsoft.com', emailVerified: null }, domains)).toBe(false);
  });

  it('is not fooled by look-alike domains', () => {
    expect(isMicrosoftEmployee({ roles: [], email: 'emery@microsoft.com.evil.test', emailVerified: verified }, domains)).toBe(false);
    expect(isMicrosoftEmployee({ roles: [], email: 'emery@notmicrosoft.com', emailVerified: verified }, domains)).toBe(false);
  });

  it('is not an employee when no domain is configured', () => {
    expect(isMicrosoftEmployee({ roles: ['REVIEWER'], email: 'emery@microsoft.com', emailVerified: verified }, [])).toBe(false);
  });
});

describe('canNominate', () => {
  it('lets active MVPs and employees nominate, and nobody else', () => {
    expect(canNominate({ isActiveMvp: true, isEmployee: false })).toBe(true);
    expect(canNominate({ isActiveMvp: false, isEmployee: true })).toBe(true);
    expect(canNominate({ isActiveMvp: true, isEmployee: true })).toBe(true);
    expect(canNominate({ isActiveMvp: false, isEmployee: false })).toBe(false);
  });
});
