// zod's messages in the reader's language. The schemas (shared by the browser and the server) keep
// their English messages, which English readers see unchanged; for another language the common kinds
// of issue (required, too short or long, not an email, URL, number or date, not one of the options)
// are said from that language's `zod` messages, by the issue's kind rather than schema by schema.
// A rule particular to one schema ("Scores run from 1 to 5") is said from `zod.custom`, found by its
// English text: `customEnglish`, English's `zod.custom`, sent along with the messages (zodMessagesFor).
// Safe for the browser: the `zod` messages use plain {placeholders}, filled here.
import type { z } from 'zod';
import type { Messages } from './messages';
import { compileTemplates, fillTemplate } from './template';

export type ZodMessages = Messages['zod'] & { customEnglish?: Record<string, string> };
type ZodKey = Exclude<keyof Messages['zod'], 'custom'>;

const compiled = new WeakMap<Record<string, string>, ReturnType<typeof compileTemplates>>();

function templatesOf(english: Record<string, string>): ReturnType<typeof compileTemplates> {
  let templates = compiled.get(english);
  if (!templates) {
    templates = compileTemplates(english);
    compiled.set(english, templates);
  }
  return templates;
}

/** A zod message the code kept as text (a file's row problem) said from `messages`: a date field's,
 * or a schema's own; null when it is neither. */
export function zodTextMessage(message: string, messages: ZodMessages): string | null {
  const date = DATE_MESSAGES[message];
  return date ? messages[date] : customZodMessage(message, messages.custom, messages.customEnglish);
}

/** A schema's own English message said from `custom` (a language's `zod.custom`; `english`, English's
 * `zod.custom`), or null. */
export function customZodMessage(
  message: string,
  custom: Record<string, string> | undefined,
  english: Record<string, string> | undefined,
): string | null {
  for (const template of english ? templatesOf(english) : []) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const translation = custom?.[template.key];
    return translation ? fillTemplate(translation, new Map(template.names.map((name, i) => [name, match[i + 1] ?? '']))) : null;
  }
  return null;
}

/** The English messages of lib/dates.ts's date fields, said by key in other languages. */
const DATE_MESSAGES: Record<string, ZodKey> = {
  'Write the date as YYYY-MM-DD, for example 2026-03-14': 'dateFormat',
  'Write the date as YYYY-MM-DD, or leave it empty': 'dateFormat',
  'That date does not exist': 'dateMissing',
};

/** Which message says an issue, with its values; null keeps the schema's own (English) message. */
export function issueMessageKey(issue: z.core.$ZodIssue): { key: ZodKey; values?: Record<string, number> } | null {
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
  if (issue.code === 'custom' && !DATE_MESSAGES[issue.message]) {
    return customZodMessage(issue.message, messages.custom, messages.customEnglish) ?? issue.message;
  }
  const found = issueMessageKey(issue);
  if (!found) return issue.message;
  return messages[found.key].replace(/\{(\w+)\}/g, (whole, name: string) => String(found.values?.[name] ?? whole));
}
