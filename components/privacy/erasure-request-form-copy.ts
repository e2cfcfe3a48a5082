// The erasure request form's words in the reader's language, passed to the form as props.
import 'server-only';
import { getTranslations } from 'next-intl/server';

const WORDS = ['reason', 'reasonHint', 'understood', 'understoodError', 'sending', 'submit'] as const;

export type ErasureRequestFormCopy = Record<(typeof WORDS)[number], string>;

export async function erasureRequestFormCopy(): Promise<ErasureRequestFormCopy> {
  const t = await getTranslations('deleteData.form');
  return Object.fromEntries(WORDS.map((key) => [key, t(key)])) as ErasureRequestFormCopy;
}
