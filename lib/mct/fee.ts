// The MCT annual fee as the program has set it: an amount, or waived.
import { intlLocale } from '@/lib/i18n/locales';
import { mctSpeech, type MctSpeech } from './speech';

export type FeeSettings = { mctFeeCents: number; mctFeeCurrency: string; mctFeeWaived: boolean; mctFeeWaiverNote: string | null };

/** The fee as people read it: "Waived" or an amount such as "US$400.00" (in Spanish "Exenta", "400,00 US$"). */
export function describeFee(fee: FeeSettings, say: MctSpeech = mctSpeech()): { label: string; note: string | null } {
  if (fee.mctFeeWaived || fee.mctFeeCents === 0) {
    return { label: say.t('fee.waived'), note: fee.mctFeeWaiverNote?.trim() || null };
  }
  return { label: formatMoney(fee.mctFeeCents, fee.mctFeeCurrency, say.locale === 'en' ? 'en-GB' : intlLocale(say.locale)), note: null };
}

/** An amount in minor units of a currency, e.g. 40000 USD as "US$400.00". */
export function formatMoney(cents: number, currency: string, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}
