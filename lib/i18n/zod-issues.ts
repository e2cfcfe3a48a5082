// zod's messages in the reader's language. The schemas (shared by the browser and the server) keep
// their English messages, which English readers see unchanged; for another language the common kinds
// of issue (required, too short or long, not an email, URL, number or date, not one of the options)
// are said from that language's `zod` messages, by the issue's kind rather than schema by schema.
// Safe for the browser: the `zod` messages use plain {placeholders}, filled here.
import type { z } from 'zod';
import type { Messages } from './messages';

export type ZodMessages = Messages['zod'];

/** The English messages of lib/dates.ts's date fields, said by key in other languages. */
const DATE_MESSAGES: Record<string, keyof ZodMessages> = {
  'Write the date as YYYY-MM-DD, for example 2026-03-14': 'dateFormat',
  'Write the date as YYYY-MM-DD, or leave it empty': 'dateFormat',
  'That date does not exist': 'dateMissing',
};

/** Which message says an issue, with its values; null keeps the schema's own (English) message. */
export function issueMessageKey(issue: z.core.$ZodIssue): { key: keyof ZodMessages; values?: Record<string, number> } | null {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { key: 'required' } : { key: 'tooShort', values: { minimum: Number(issue.minimum) } };
      if (issue.origin === 'number') return { key: 'tooSmallNumber', values: { minimum: Number(issue.minimum) } };
      return null;
    case 'too_big':
      if (issue.origin === 'string') return { key: 'tooLong', values: { maximum: Number(issue.maximum) } };
      if (issue.origin === 'number') return { key: 'tooBigNumber', values: { maximum: Number(issue.maximum) } };
      return null;
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'url') return { key: 'url' };
      return null;
    case 'invalid_type':
      return issue.expected === 'number' ? { key: 'number' } : { key: 'required' };
    case 'invalid_value':
      return { key: 'choose' };
    case 'custom': {
      const key = DATE_MESSAGES[issue.message];
      return key ? { key } : null;
    }
    default:
      return null;
  }
}

/** An issue's message in the language of `messages` (null: English, the schema's own message). */
export function localizeIssue(issue: z.core.$ZodIssue, messages: ZodMessages | null): string {
  if (!messages) return issue.message;
  const found = issueMessageKey(issue);
  if (!found) return issue.message;
  return messages[found.key].replace(/\{(\w+)\}/g, (whole, name: string) => String(found.values?.[name] ?? whole));
}
