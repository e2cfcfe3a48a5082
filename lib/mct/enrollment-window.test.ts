import { describe, expect, it } from 'vitest';
import {
  describeClosure,
  enrollmentWindowAt,
  enrollmentWindowOn,
  overlappingPause,
  pauseInstants,
  reopensOn,
  type EnrollmentSettings,
  type PauseWindow,
} from './enrollment-window';
import { startOfDayIn } from '@/lib/dates';

const LA = 'America/Los_Angeles';
const on: EnrollmentSettings = { selfServiceEnabled: true, selfServiceOffReason: null, timeZone: LA };
const summer: PauseWindow = { id: 'p1', startsOn: '2027-05-20', endsOn: '2027-10-01', reason: 'System and process enhancements.' };

describe('enrollmentWindowOn', () => {
  it('is open on a day no pause covers, and names the next pause', () => {
    expect(enrollmentWindowOn(on, [summer], '2027-05-19')).toEqual({ isOpen: true, today: '2027-05-19', nextPause: summer });
    expect(enrollmentWindowOn(on, [summer], '2027-10-02')).toEqual({ isOpen: true, today: '2027-10-02', nextPause: null });
  });

  it('is paused on both the first and the last day of a pause', () => {
    for (const day of ['2027-05-20', '2027-07-04', '2027-10-01']) {
      expect(enrollmentWindowOn(on, [summer], day)).toMatchObject({
        isOpen: false,
        cause: 'PAUSED',
        pause: summer,
        reopensOn: '2027-10-02',
      });
    }
  });

  it('is offline when the switch is off, whatever the pauses say, with the admin’s reason', () => {
    const off = { ...on, selfServiceEnabled: false, selfServiceOffReason: 'The enrollment tool is temporarily offline.' };
    expect(enrollmentWindowOn(off, [], '2027-01-10')).toMatchObject({
      isOpen: false,
      cause: 'OFFLINE',
      reason: 'The enrollment tool is temporarily offline.',
    });
    expect(enrollmentWindowOn(off, [summer], '2027-06-01')).toMatchObject({ cause: 'OFFLINE', pause: summer });
  });
});

describe('reopensOn', () => {
  it('is the day after the end date', () => {
    expect(reopensOn([summer], summer)).toBe('2027-10-02');
  });

  it('reads adjoining pauses as one', () => {
    const next: PauseWindow = { id: 'p2', startsOn: '2027-10-02', endsOn: '2027-10-15', reason: 'Extended.' };
    expect(reopensOn([summer, next], summer)).toBe('2027-10-16');
  });
});

describe('enrollmentWindowAt: today is taken in the program’s time zone', () => {
  it('starts the pause at midnight Pacific time, not midnight UTC', () => {
    // 20 May 2027 06:59 UTC is still 19 May in Los Angeles (PDT, UTC-7).
    expect(enrollmentWindowAt(on, [summer], new Date('2027-05-20T06:59:59Z')).isOpen).toBe(true);
    expect(enrollmentWindowAt(on, [summer], new Date('2027-05-20T07:00:00Z')).isOpen).toBe(false);
  });

  it('keeps the whole end day paused in the program’s zone', () => {
    // 2 October 2027 06:59 UTC is 1 October, 23:59 in Los Angeles: still paused.
    expect(enrollmentWindowAt(on, [summer], new Date('2027-10-02T06:59:59Z')).isOpen).toBe(false);
    expect(enrollmentWindowAt(on, [summer], new Date('2027-10-02T07:00:00Z')).isOpen).toBe(true);
  });

  it('uses the program’s zone, wherever the server runs: a program in Tokyo pauses 16 hours earlier', () => {
    const tokyo = { ...on, timeZone: 'Asia/Tokyo' };
    expect(enrollmentWindowAt(tokyo, [summer], new Date('2027-05-19T14:59:59Z')).isOpen).toBe(true);
    expect(enrollmentWindowAt(tokyo, [summer], new Date('2027-05-19T15:00:00Z')).isOpen).toBe(false);
  });
});

describe('startOfDayIn', () => {
  it('is local midnight as an instant', () => {
    expect(startOfDayIn('2027-05-20', LA).toISOString()).toBe('2027-05-20T07:00:00.000Z');
    expect(startOfDayIn('2027-01-20', LA).toISOString()).toBe('2027-01-20T08:00:00.000Z');
    expect(startOfDayIn('2027-05-20', 'Asia/Kolkata').toISOString()).toBe('2027-05-19T18:30:00.000Z');
    expect(startOfDayIn('2027-05-20', 'UTC').toISOString()).toBe('2027-05-20T00:00:00.000Z');
  });

  it('is right on the days the clocks change', () => {
    // US daylight saving time starts 14 March 2027 at 02:00 and ends 7 November 2027 at 02:00.
    expect(startOfDayIn('2027-03-14', LA).toISOString()).toBe('2027-03-14T08:00:00.000Z');
    expect(startOfDayIn('2027-03-15', LA).toISOString()).toBe('2027-03-15T07:00:00.000Z');
    expect(startOfDayIn('2027-11-07', LA).toISOString()).toBe('2027-11-07T07:00:00.000Z');
    expect(startOfDayIn('2027-11-08', LA).toISOString()).toBe('2027-11-08T08:00:00.000Z');
  });
});

describe('pauseInstants', () => {
  it('runs from the first moment of the start date to the first moment after the end date', () => {
    const { startsAt, reopensAt } = pauseInstants(summer, LA);
    expect(startsAt.toISOString()).toBe('2027-05-20T07:00:00.000Z');
    expect(reopensAt.toISOString()).toBe('2027-10-02T07:00:00.000Z');
  });
});

describe('overlappingPause', () => {
  it('finds a window sharing even one day, ends included', () => {
    expect(overlappingPause({ startsOn: '2027-10-01', endsOn: '2027-10-05' }, [summer])).toBe(summer);
    expect(overlappingPause({ startsOn: '2027-05-01', endsOn: '2027-05-20' }, [summer])).toBe(summer);
    expect(overlappingPause({ startsOn: '2027-06-01', endsOn: '2027-06-02' }, [summer])).toBe(summer);
    expect(overlappingPause({ startsOn: '2027-01-01', endsOn: '2027-12-31' }, [summer])).toBe(summer);
  });

  it('allows adjoining windows and ignores the window being edited', () => {
    expect(overlappingPause({ startsOn: '2027-10-02', endsOn: '2027-10-05' }, [summer])).toBeNull();
    expect(overlappingPause({ startsOn: '2027-05-01', endsOn: '2027-05-19' }, [summer])).toBeNull();
    expect(overlappingPause({ id: 'p1', startsOn: '2027-05-25', endsOn: '2027-10-10' }, [summer])).toBeNull();
  });
});

describe('describeClosure', () => {
  const paused = enrollmentWindowOn(on, [summer], '2027-06-01');
  if (paused.isOpen) throw new Error('expected a pause');

  it('gives the dates as the program set them and the instants in the reader’s zone', () => {
    const berlin = describeClosure(paused, LA, 'Europe/Berlin');
    expect(berlin.title).toBe('Self-service enrollment is paused');
    expect(berlin.lines[0]).toBe(
      'Self-service enrollment is paused from 20 May 2027 to 1 October 2027, both days included, and opens again on 2 October 2027 (program time zone: Pacific Time — Los Angeles).',
    );
    expect(berlin.lines[1]).toBe(
      'In your time zone (Central European Time — Berlin) that is from 20 May 2027 at 09:00 Central European Time until 2 October 2027 at 09:00 Central European Time, when self-service opens again.',
    );
    expect(berlin.lines[2]).toBe('System and process enhancements.');
  });

  it('shows a reader in New Zealand their own clock, across both zones’ daylight-saving changes', () => {
    const auckland = describeClosure(paused, LA, 'Pacific/Auckland');
    expect(auckland.lines[1]).toContain('from 20 May 2027 at 19:00 New Zealand Time until 2 October 2027 at 20:00 New Zealand Time');
  });

  it('says what the admin wrote when self-service is offline', () => {
    const window = enrollmentWindowOn({ ...on, selfServiceEnabled: false, selfServiceOffReason: 'Tool maintenance.' }, [], '2027-01-01');
    if (window.isOpen) throw new Error('expected offline');
    expect(describeClosure(window, LA, 'UTC')).toEqual({ title: 'Self-service enrollment is offline', lines: ['Tool maintenance.'] });
  });
});
