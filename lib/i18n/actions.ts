'use server';

import { definePublicAction } from '@/lib/actions/define-action';
import { chooseLanguageSchema } from './schema';
import { chooseLanguage } from './service';

const chooseLanguageParsed = definePublicAction(chooseLanguageSchema, chooseLanguage);

/** The header's language switch (a plain form: it works before any script has loaded). Setting the
 * cookie in an action makes Next.js render the page again, in the chosen language. */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  await chooseLanguageParsed({ locale: String(formData.get('locale') ?? '') as never });
}
