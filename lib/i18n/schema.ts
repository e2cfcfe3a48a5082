import { z } from 'zod';
import { LOCALES } from './locales';

/** The language switch: one of the portal's languages. */
export const chooseLanguageSchema = z.object({ locale: z.enum(LOCALES, 'Choose English or Spanish') });
export type ChooseLanguageInput = z.input<typeof chooseLanguageSchema>;
