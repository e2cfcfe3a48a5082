// The MCT annual fee as the program has set it: an amount, or waived.

export type FeeSettings = { mctFeeCents: number; mctFeeCurrency: string; mctFeeWaived: boolean; mctFeeWaiverNote: string | null };

/** The fee as people read it: "Waived" or an amount such as "US$400.00". */
export function describeFee(fee: FeeSettings): { label: string; note: string | null } {
  if (fee.mctFeeWaived || fee.mctFeeCents === 0) {
    return { label: 'Waived', note: fee.mctFeeWaiverNote?.trim() || null };
  }
  return { label: formatMoney(fee.mctFeeCents, fee.mctFeeCurrency), note: null };
}

/** An amount in minor units of a currency, e.g. 40000 USD as "US$400.00". */
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}
