// The profile form's words in the reader's language, read on the server and passed to the form (a
// client component: no message file reaches the browser).
import 'server-only';
import { getTranslations } from 'next-intl/server';

const WORDS = [
  'saved',
  'fullName',
  'timeZone',
  'timeZoneHint',
  'emails',
  'IMMEDIATE',
  'DAILY_DIGEST',
  'OFF',
  'alwaysArrive',
  'saving',
  'save',
] as const;

export type ProfileFormCopy = Record<(typeof WORDS)[number], string>;

export async function profileFormCopy(): Promise<ProfileFormCopy> {
  const t = await getTranslations('profile.form');
  return Object.fromEntries(WORDS.map((key) => [key, t(key)])) as ProfileFormCopy;
}
