import { describe, expect, it } from 'vitest';
import { loungeRefusal } from './lounge';

describe('loungeRefusal', () => {
  it('lets active MCTs (also while renewing) and alumni in', () => {
    expect(loungeRefusal('ACTIVE')).toBeNull();
    expect(loungeRefusal('IN_RENEWAL')).toBeNull();
    expect(loungeRefusal('ALUMNI')).toBeNull();
  });

  it('tells lapsed members and non-members why not, and what to do', () => {
    expect(loungeRefusal('LAPSED')).toMatch(/lapsed.*reinstated/);
    expect(loungeRefusal('NONE')).toMatch(/Join the MCT program/);
  });
});
