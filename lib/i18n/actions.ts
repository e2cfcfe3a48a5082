'use server';

import { definePublicAction } from '@/lib/actions/define-action';
import { getViewer } from '@/lib/auth/guards';
import { chooseLanguageSchema } from './schema';
import { chooseLanguage } from './service';

// Public: signed-out visitors switch too; a signed-in person's account remembers it (only their own).
const chooseLanguageParsed = definePublicAction(chooseLanguageSchema, async (input) => chooseLanguage(await getViewer(), input));

/** The header's language switch (a plain form: it works before any script has loaded). Setting the
 * cookie in an action makes Next.js render the page again, in the chosen language. */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  await chooseLanguageParsed({ locale: String(formData.get('locale') ?? '') as never });
}
