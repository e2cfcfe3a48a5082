import { describe, expect, it } from 'vitest';
import { describeFee } from './fee';
import { mctSpeech } from './speech';

describe('describeFee', () => {
  it('says the fee is waived, with the program’s note', () => {
    expect(describeFee({ mctFeeCents: 40000, mctFeeCurrency: 'USD', mctFeeWaived: true, mctFeeWaiverNote: 'Waived this year.' })).toEqual({
      label: 'Waived',
      note: 'Waived this year.',
    });
  });

  it('shows the amount in its currency when the fee applies', () => {
    expect(describeFee({ mctFeeCents: 40000, mctFeeCurrency: 'USD', mctFeeWaived: false, mctFeeWaiverNote: null }).label).toBe('US$400.00');
    expect(describeFee({ mctFeeCents: 12550, mctFeeCurrency: 'EUR', mctFeeWaived: false, mctFeeWaiverNote: null }).label).toBe('€125.50');
  });

  it('calls a zero fee waived', () => {
    expect(describeFee({ mctFeeCents: 0, mctFeeCurrency: 'USD', mctFeeWaived: false, mctFeeWaiverNote: null }).label).toBe('Waived');
  });

  it('says the fee in Spanish for a Spanish reader', () => {
    const es = mctSpeech('es');
    expect(describeFee({ mctFeeCents: 0, mctFeeCurrency: 'USD', mctFeeWaived: true, mctFeeWaiverNote: null }, es).label).toBe('Exenta');
    expect(describeFee({ mctFeeCents: 12550, mctFeeCurrency: 'EUR', mctFeeWaived: false, mctFeeWaiverNote: null }, es).label).toMatch(
      /^125,50\s€$/,
    );
  });
});
