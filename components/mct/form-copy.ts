// The words of the MCT member's and ISC provider staff's forms in the reader's language, read on the
// server and passed to each form (client components: no message file reaches the browser). Messages
// keep their {placeholders} for the form to fill (lib/i18n/fill.ts).
import 'server-only';
import { getMessages } from 'next-intl/server';
import type { Messages } from '@/lib/i18n/messages';

export type MctFormsCopy = Messages['mctForms'];
export type ProviderFormsCopy = Messages['providerForms'];

/** The member's forms' words (agreement, certification, delivery, alumni switch). */
export async function mctFormsCopy(): Promise<MctFormsCopy> {
  return ((await getMessages()) as Messages).mctForms;
}

/** ISC provider staff's forms' words (confirm, correct or withdraw a completion, start an application). */
export async function providerFormsCopy(): Promise<ProviderFormsCopy> {
  return ((await getMessages()) as Messages).providerForms;
}
