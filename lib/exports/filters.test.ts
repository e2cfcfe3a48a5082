import { describe, expect, it } from 'vitest';
import {
  applicationFilterSpec,
  applicationStatusOf,
  awardFilterSpec,
  deliveryFilterSpec,
  exportQuery,
  filterQuery,
  nominationFilterSpec,
  parseFilters,
} from './filters';

const UUID = '019a0000-0000-7000-8000-000000000001';

describe('parseFilters', () => {
  it('reads the URL contract’s parameters and ignores empty and unknown ones', () => {
    const { values, problems } = parseFilters(nominationFilterSpec, {
      cycle: UUID,
      category: '',
      status: 'SUBMITTED',
      from: '2027-01-01',
      to: '2027-01-31',
      page: '3',
      utm: 'x',
    });
    expect(problems).toEqual([]);
    expect(values).toEqual({ cycle: UUID, status: 'SUBMITTED', from: '2027-01-01', to: '2027-01-31', page: 3 });
  });

  it('drops each malformed value with a note naming it, keeping the valid ones', () => {
    const { values, problems } = parseFilters(nominationFilterSpec, {
      cycle: 'not-an-id',
      status: 'PENDING',
      from: '2027-02-30',
      to: '31/01/2027',
      page: '0',
    });
    expect(values).toEqual({});
    expect(problems).toEqual([
      'The award cycle “not-an-id” was ignored: that is not an id of this portal.',
      expect.stringMatching(/^The status “PENDING” was ignored: choose one of INVITED, ACCEPTED/),
      'The from date “2027-02-30” was ignored: that day does not exist.',
      'The to date “31/01/2027” was ignored: use a date like 2027-03-31.',
      'The page “0” was ignored: pages start at 1.',
    ]);
  });

  it('refuses a date range that ends before it starts', () => {
    const { values, problems } = parseFilters(deliveryFilterSpec, new URLSearchParams('format=VIRTUAL&from=2027-05-01&to=2027-04-01'));
    expect(values).toEqual({ format: 'VIRTUAL' });
    expect(problems).toEqual(['The dates were ignored: “from” (2027-05-01) is after “to” (2027-04-01).']);
  });

  it('reads a year as a number and a month as YYYY-MM', () => {
    expect(parseFilters(awardFilterSpec, { year: '2027' }).values).toEqual({ year: 2027 });
    expect(parseFilters(awardFilterSpec, { year: '27' }).problems).toEqual(['The year “27” was ignored: use a year like 2027.']);
    expect(parseFilters(applicationFilterSpec, { month: '2027-13' }).problems).toEqual([
      'The month “2027-13” was ignored: use a month like 2027-03.',
    ]);
    expect(parseFilters(applicationFilterSpec, { month: '2027-03', channel: 'PROVIDER' }).values).toEqual({
      month: '2027-03',
      channel: 'PROVIDER',
    });
  });

  it('takes the first of repeated parameters and shortens long values in notes', () => {
    expect(parseFilters(deliveryFilterSpec, { format: ['HYBRID', 'VIRTUAL'] }).values).toEqual({ format: 'HYBRID' });
    const [note] = parseFilters(deliveryFilterSpec, { format: 'x'.repeat(100) }).problems;
    expect(note).toContain(`“${'x'.repeat(40)}…”`);
  });
});

describe('applicationStatusOf', () => {
  it('shows the submitted queue when nothing is filtered, every status once a channel or month is', () => {
    expect(applicationStatusOf({})).toBe('SUBMITTED');
    expect(applicationStatusOf({ channel: 'PROVIDER' })).toBeUndefined();
    expect(applicationStatusOf({ month: '2027-03' })).toBeUndefined();
    expect(applicationStatusOf({ status: 'ALL' })).toBeUndefined();
    expect(applicationStatusOf({ status: 'APPROVED', channel: 'PROVIDER' })).toBe('APPROVED');
  });
});

describe('filterQuery and exportQuery', () => {
  it('write the filters back as search parameters; an export leaves out page and sort', () => {
    const values = { cycle: UUID, status: 'SUBMITTED', page: 2, sort: 'nominee', dir: 'asc', from: undefined };
    expect(filterQuery(values, { page: 3 })).toBe(`cycle=${UUID}&status=SUBMITTED&page=3&sort=nominee&dir=asc`);
    expect(exportQuery(values)).toBe(`cycle=${UUID}&status=SUBMITTED`);
  });
});
