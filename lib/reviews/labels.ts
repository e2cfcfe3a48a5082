// How reviewers are named to each other: anonymously, by the order they were assigned to the
// submission ("Reviewer A", "Reviewer B", ... / "Revisor A", ...). The review page and the discussion use
// the same labels, in the reader's language (the `reviewerLabels` messages); a mention typed in either
// language (@ReviewerB, @RevisorB) reaches the same person.
import { createTranslator } from 'use-intl/core';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

const REVIEWER_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const wordsIn = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: 'reviewerLabels' });

/** The anonymous label of the reviewer assigned `index`-th (from 0) in a language. */
export function reviewerLabel(index: number, locale: Locale = 'en'): string {
  return wordsIn(locale)('reviewer', { letter: REVIEWER_LETTERS[index] ?? String(index + 1) });
}

/** How a reviewer removed from the submission is shown. */
export const formerReviewerLabel = (locale: Locale = 'en'): string => wordsIn(locale)('former');

/** How a reviewer whose place in the order is unknown is shown. */
export const someReviewerLabel = (locale: Locale = 'en'): string => wordsIn(locale)('unknown');

/** The label of each of a submission's reviewers (assignments in the order they were made, removed ones
 * left out) in a language, keyed by the key `keyOf` gives (the assignment or reviewer id). */
export function anonymousReviewerLabels<T>(assignments: readonly T[], keyOf: (a: T) => string, locale: Locale = 'en'): Map<string, string> {
  return new Map(assignments.map((a, i) => [keyOf(a), reviewerLabel(i, locale)]));
}

/** The same labels in the other languages (for mentions typed in them), keyed the same way. */
export function otherLanguageReviewerLabels<T>(assignments: readonly T[], keyOf: (a: T) => string, locale: Locale = 'en') {
  const others = LOCALES.filter((l) => l !== locale);
  return new Map(assignments.map((a, i) => [keyOf(a), others.map((l) => reviewerLabel(i, l))]));
}
