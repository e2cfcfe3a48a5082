import { describe, expect, it } from 'vitest';
import { RenewalStatus } from '@/lib/generated/prisma/enums';
import { awardStatusOn, awardYearFrom, canTransitionRenewal, checkRenewal, renewedAwardYear, renewsIn } from './lifecycle';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('award years', () => {
  it('runs twelve months, both days included', () => {
    expect(awardYearFrom('2027-07-01')).toEqual({ startsOn: '2027-07-01', endsOn: '2028-06-30' });
    expect(awardYearFrom('2028-02-29')).toEqual({ startsOn: '2028-02-29', endsOn: '2029-02-27' });
  });
  it('renews from the day after the year ends', () => {
    expect(renewedAwardYear('2028-06-30')).toEqual({ startsOn: '2028-07-01', endsOn: '2029-06-30' });
    expect(renewedAwardYear('2027-12-31')).toEqual({ startsOn: '2028-01-01', endsOn: '2028-12-31' });
  });
});

describe('awardStatusOn', () => {
  const award = { startsOn: day('2027-07-01'), endsOn: day('2028-06-30'), acceptedAt: null, revokedAt: null };
  it('waits for acceptance, then is upcoming, active and ended', () => {
    expect(awardStatusOn(award, '2027-06-01')).toBe('AWAITING_ACCEPTANCE');
    const accepted = { ...award, acceptedAt: new Date('2027-06-02T10:00:00Z') };
    expect(awardStatusOn(accepted, '2027-06-30')).toBe('UPCOMING');
    expect(awardStatusOn(accepted, '2027-07-01')).toBe('ACTIVE');
    expect(awardStatusOn(accepted, '2028-06-30')).toBe('ACTIVE');
    expect(awardStatusOn(accepted, '2028-07-01')).toBe('ENDED');
    expect(awardStatusOn(award, '2028-07-01')).toBe('ENDED');
  });
  it('says revoked whatever the day', () => {
    expect(awardStatusOn({ ...award, revokedAt: new Date() }, '2027-08-01')).toBe('REVOKED');
  });
});

describe('renewal lifecycle', () => {
  const allowed = new Set([
    'OPEN>SUBMITTED',
    'OPEN>WITHDRAWN',
    'OPEN>EXPIRED',
    'SUBMITTED>UNDER_REVIEW',
    'SUBMITTED>WITHDRAWN',
    'UNDER_REVIEW>RENEWED',
    'UNDER_REVIEW>NOT_RENEWED',
  ]);
  const ALL = Object.values(RenewalStatus);
  for (const from of ALL) {
    for (const to of ALL) {
      it(`${allowed.has(`${from}>${to}`) ? 'allows' : 'refuses'} ${from} -> ${to}`, () => {
        expect(canTransitionRenewal(from, to)).toBe(allowed.has(`${from}>${to}`));
      });
    }
  }
});

describe('checkRenewal', () => {
  const now = new Date('2027-03-01T12:00:00Z');
  const cycle = { renewalOpensAt: new Date('2027-02-01T08:00:00Z'), renewalDeadline: new Date('2027-06-01T06:59:59Z') };
  const base = {
    isHolder: true,
    status: 'ACTIVE' as const,
    renewalStatus: null,
    cycle,
    now,
    timeZone: 'America/Los_Angeles',
    agreementsAccepted: true,
    evidenceCount: 3,
  };
  it('lets an active MVP renew before the deadline, and submit the renewal its window opened', () => {
    expect(checkRenewal(base)).toEqual({ ok: true });
    expect(checkRenewal({ ...base, renewalStatus: 'OPEN' })).toEqual({ ok: true });
    // An award whose year ended during the window still renews the renewal that window opened.
    expect(checkRenewal({ ...base, status: 'ENDED', renewalStatus: 'OPEN' })).toEqual({ ok: true });
  });
  it('refuses each case with its reason', () => {
    expect(checkRenewal({ ...base, isHolder: false })).toMatchObject({ ok: false, refusal: 'NOT_YOURS' });
    expect(checkRenewal({ ...base, status: 'AWAITING_ACCEPTANCE' })).toMatchObject({ ok: false, refusal: 'NOT_ACTIVE' });
    expect(checkRenewal({ ...base, renewalStatus: 'SUBMITTED' })).toMatchObject({ ok: false, refusal: 'ALREADY_RENEWING' });
    expect(checkRenewal({ ...base, renewalStatus: 'WITHDRAWN' })).toMatchObject({ ok: false, refusal: 'ALREADY_RENEWING' });
    expect(checkRenewal({ ...base, cycle: null })).toMatchObject({ ok: false, refusal: 'NO_RENEWAL_CYCLE' });
    expect(checkRenewal({ ...base, cycle: { ...cycle, renewalOpensAt: new Date('2027-04-01T07:00:00Z') } })).toMatchObject({
      ok: false,
      refusal: 'NOT_OPEN_YET',
      message: expect.stringMatching(/^Renewal opens on 1 April 2027/),
    });
    expect(checkRenewal({ ...base, agreementsAccepted: false })).toMatchObject({ ok: false, refusal: 'AGREEMENTS_PENDING' });
    expect(checkRenewal({ ...base, cycle: { ...cycle, renewalDeadline: new Date('2027-02-28T00:00:00Z') } })).toMatchObject({
      ok: false,
      refusal: 'NO_RENEWAL_CYCLE',
    });
    expect(checkRenewal({ ...base, evidenceCount: 0 })).toMatchObject({ ok: false, refusal: 'NO_EVIDENCE' });
  });
});

describe('the cycle an award renews in', () => {
  const award = { categoryId: 'azure', endsOn: '2027-06-30' };
  it('takes awards of its categories whose renewed year would start within its award year', () => {
    expect(renewsIn(award, { categoryIds: ['azure'], awardStartsOn: '2027-07-01' })).toBe(true); // the next day
    expect(renewsIn(award, { categoryIds: ['azure'], awardStartsOn: '2026-07-02' })).toBe(true); // the year's last day
    expect(renewsIn(award, { categoryIds: ['azure'], awardStartsOn: '2026-07-01' })).toBe(false); // a year too early
    expect(renewsIn(award, { categoryIds: ['azure'], awardStartsOn: '2027-07-02' })).toBe(false); // a day too late
    expect(renewsIn(award, { categoryIds: ['security'], awardStartsOn: '2027-07-01' })).toBe(false);
  });
});
