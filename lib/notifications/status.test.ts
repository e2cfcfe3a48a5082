import { describe, expect, it } from 'vitest';
import { deliveryState } from './status';

describe('deliveryState', () => {
  it('calls a queued email that already failed once "retrying"', () => {
    expect(deliveryState({ status: 'QUEUED', attempts: 0 })).toBe('QUEUED');
    expect(deliveryState({ status: 'QUEUED', attempts: 2 })).toBe('RETRYING');
  });
  it('keeps every other status as it is', () => {
    for (const status of ['SENDING', 'SENT', 'FAILED', 'DIGESTED', 'SUPPRESSED'] as const) {
      expect(deliveryState({ status, attempts: 3 })).toBe(status);
    }
  });
});
